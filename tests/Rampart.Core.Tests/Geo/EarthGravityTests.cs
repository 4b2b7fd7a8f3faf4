using Rampart.Core.Geo;

namespace Rampart.Core.Tests.Geo;

/// <summary>J2 gravitation and the rotating frame's terms against hand-worked and published values.</summary>
public class EarthGravityTests
{
    [Fact]
    public void Gravity_AtEquatorAndPole_MatchesWgs84NormalGravity()
    {
        // NIMA TR8350.2 (table 3.4): normal gravity on the ellipsoid 9.7803253359 m/s² at the
        // equator and 9.8321849378 m/s² at the poles (gravitation plus centrifugal). Keeping only
        // J2 leaves an error of order J2²·g ≈ 1e-5 g; allowance 2e-4 m/s².
        Vec3 equator = new(Wgs84.SemiMajorAxis, 0, 0);
        Vec3 pole = new(0, 0, Wgs84.SemiMinorAxis);
        double gEquator = (EarthGravity.Gravitation(equator) + EarthGravity.Centrifugal(equator)).Length;
        double gPole = (EarthGravity.Gravitation(pole) + EarthGravity.Centrifugal(pole)).Length;
        Assert.InRange(gEquator, 9.7803253359 - 2e-4, 9.7803253359 + 2e-4);
        Assert.InRange(gPole, 9.8321849378 - 2e-4, 9.8321849378 + 2e-4);
    }

    [Fact]
    public void J2Gravitation_AtEquator_IsWorkedByHand()
    {
        // On the equator (z = 0, r = a): g = μ/a²·(1 + 1.5·J2) = 3.986004418e14 / 6378137² ×
        // 1.0016239447 = 9.798284 × 1.0016239447 = 9.8141974 m/s², pointing to the centre.
        // At the pole (r = b): g = μ/b²·(1 − 3·J2·(a/b)²) = 9.8643214 × (1 − 0.0032698) = 9.8320668.
        Vec3 g = EarthGravity.Gravitation(new Vec3(Wgs84.SemiMajorAxis, 0, 0));
        Assert.Equal(-9.8141974, g.X, 6);
        Assert.Equal(0.0, g.Y, 12);
        Assert.Equal(0.0, g.Z, 12);
        Vec3 gp = EarthGravity.Gravitation(new Vec3(0, 0, Wgs84.SemiMinorAxis));
        Assert.Equal(-9.8320668, gp.Z, 6);
    }

    [Fact]
    public void Centrifugal_AtEquator_IsOmegaSquaredA()
    {
        // ω²a = (7.292115e-5)² × 6378137 = 0.0339157 m/s², outward; zero along the axis.
        Assert.Equal(0.0339157, EarthGravity.Centrifugal(new Vec3(Wgs84.SemiMajorAxis, 0, 0)).X, 6);
        Assert.Equal(0.0, EarthGravity.Centrifugal(new Vec3(0, 0, Wgs84.SemiMinorAxis)).Length, 12);
    }

    [Fact]
    public void Coriolis_At45North_DeflectsNorthboundToTheEastAndEastboundUpAndSouth()
    {
        // In the local ENU frame ω = Ω·(0, cos φ, sin φ). For v = 1000 m/s north:
        // −2ω×v = (2Ω·1000·sin φ, 0, 0) = 2 × 7.292115e-5 × 1000 × 0.7071068 = 0.1031261 m/s² east.
        // For v = 1000 m/s east: −2ω×v = (0, −2Ω·1000·sin φ, 2Ω·1000·cos φ) = (0, −0.1031261, +0.1031261)
        // (to the right, i.e. south, and up: the Eötvös effect).
        var frame = new EnuFrame(new GeodeticPosition(45.0, 30.0, 0.0));
        Vec3 north = frame.RotateToEnu(EarthGravity.Coriolis(frame.RotateToEcef(new Vec3(0, 1000, 0))));
        Assert.Equal(0.1031261, north.X, 6);
        Assert.Equal(0.0, north.Y, 6);
        Assert.Equal(0.0, north.Z, 6);
        Vec3 east = frame.RotateToEnu(EarthGravity.Coriolis(frame.RotateToEcef(new Vec3(1000, 0, 0))));
        Assert.Equal(0.0, east.X, 6);
        Assert.Equal(-0.1031261, east.Y, 6);
        Assert.Equal(0.1031261, east.Z, 6);
    }

    [Fact]
    public void EffectivePotential_GradientIsGravitationPlusCentrifugal()
    {
        // −∇U by central differences (h = 1 m) must equal the analytic accelerations: checks the
        // J2 formula against its own potential, U = −μ/r·[1 − J2(a/r)²P₂] − ½ω²(x²+y²).
        Vec3 r = Wgs84.ToEcef(new GeodeticPosition(37.0, -20.0, 30_000.0));
        const double h = 1.0;
        double dx = (EarthGravity.EffectivePotential(r + new Vec3(h, 0, 0)) - EarthGravity.EffectivePotential(r - new Vec3(h, 0, 0))) / (2 * h);
        double dy = (EarthGravity.EffectivePotential(r + new Vec3(0, h, 0)) - EarthGravity.EffectivePotential(r - new Vec3(0, h, 0))) / (2 * h);
        double dz = (EarthGravity.EffectivePotential(r + new Vec3(0, 0, h)) - EarthGravity.EffectivePotential(r - new Vec3(0, 0, h))) / (2 * h);
        Vec3 a = EarthGravity.Gravitation(r) + EarthGravity.Centrifugal(r);
        Assert.Equal(-dx, a.X, 5);
        Assert.Equal(-dy, a.Y, 5);
        Assert.Equal(-dz, a.Z, 5);
    }
}
