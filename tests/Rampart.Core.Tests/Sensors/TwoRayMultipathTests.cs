using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

public class TwoRayMultipathTests
{
    // Flat-earth limit: an effective earth radius so large that curvature is nil.
    private const double Flat = 1e15;

    [Theory]
    // Antenna 10 m, target 100 m, λ = 0.1 m, smooth sea, reflection −1. By hand the path difference is
    // ΔR = 2·h_r·h_t/d = 2000/d, and F = 2·|sin(π·ΔR/λ)|:
    // nulls where ΔR = n·λ: d = 2000/(0.1·n) = 20 km (n = 1), 10 km (n = 2);
    // peaks (F = 2, F⁴ = 16) where ΔR = (n + ½)·λ: d = 2000/0.05 = 40 km (n = 0), 2000/0.15 = 13,333.3 m (n = 1).
    [InlineData(20_000.0, 0.0)]
    [InlineData(10_000.0, 0.0)]
    [InlineData(40_000.0, 2.0)]
    [InlineData(13_333.333333, 2.0)]
    public void Lobing_PeaksAndNulls_AtHandPositions(double groundDistanceM, double expectedF)
    {
        double f = TwoRayMultipath.PropagationFactor(10.0, 100.0, groundDistanceM, 0.1, Flat, 0.0, divergence: false);
        Assert.Equal(expectedF, f, 1e-6);
    }

    [Fact]
    public void Lobing_BetweenLobes_MatchesTwoSinFormula()
    {
        // d = 30 km: ΔR = 2000/30000 = 0.0666667 m; F = 2·sin(π·0.666667) = 2·sin(120°) = √3 = 1.7320508.
        double f = TwoRayMultipath.PropagationFactor(10.0, 100.0, 30_000.0, 0.1, Flat, 0.0, divergence: false);
        Assert.Equal(Math.Sqrt(3.0), f, 1e-6);
    }

    [Fact]
    public void CurvedEarth_PathDifference_MatchesFermatReflectionOnTheSphere()
    {
        // Independent reference: on a circle of radius a, antenna A at angle 0 and height 40 m, target
        // B at angle d/a and height 15 m; the reflection point P is where |AP| + |PB| is least (Fermat),
        // found here by golden-section search, and ΔR = |AP| + |PB| − |AB| with exact chords.
        const double a = 4.0 / 3.0 * 6_371_000.0, h1 = 40.0, h2 = 15.0, d = 25_000.0;
        double phi = d / a;
        (double X, double Y) Pt(double angle, double r) => (r * Math.Sin(angle), r * Math.Cos(angle));
        double Dist((double X, double Y) p, (double X, double Y) q) => Math.Sqrt(((p.X - q.X) * (p.X - q.X)) + ((p.Y - q.Y) * (p.Y - q.Y)));
        var pa = Pt(0, a + h1);
        var pb = Pt(phi, a + h2);
        double Path(double t) => Dist(pa, Pt(t, a)) + Dist(Pt(t, a), pb);
        double lo = 0, hi = phi, g = (Math.Sqrt(5) - 1) / 2;
        for (int i = 0; i < 200; i++)
        {
            double m1 = hi - (g * (hi - lo)), m2 = lo + (g * (hi - lo));
            if (Path(m1) < Path(m2))
            {
                hi = m2;
            }
            else
            {
                lo = m1;
            }
        }

        double tRefl = 0.5 * (lo + hi);
        double exact = Path(tRefl) - Dist(pa, pb);
        // Grazing angle at P: between the ray P→A and the tangent at P.
        var p = Pt(tRefl, a);
        (double X, double Y) toA = (pa.X - p.X, pa.Y - p.Y);
        double sinPsi = ((toA.X * p.X) + (toA.Y * p.Y)) / (Dist(pa, p) * a);

        Assert.True(TwoRayMultipath.TryGeometry(h1, h2, d, a, out double d1, out double psi, out double dr));
        Assert.Equal(exact, dr, exact * 0.01);                  // small-angle ΔR within 1 %
        Assert.Equal(Math.Asin(sinPsi), psi, Math.Asin(sinPsi) * 0.01);
        Assert.Equal(d - (tRefl * a), d1, 50.0);                // d₁ from the lower end (the target)
    }

    [Fact]
    public void RoughSea_AndDivergence_FillTheNulls()
    {
        // A rough sea (rms 0.5 m) weakens the reflected ray, so the null is no longer zero; by hand at
        // the flat-earth null d = 20 km: ψ = atan(10/d₁) with d₁ = 20000·10/110 = 1818.18 m: ψ = 0.0054999;
        // g = 2π·0.5·sin ψ/0.1 = 0.172785; ρ_s = exp(−2·g²) = 0.942038; F = 1 − ρ_s = 0.057962.
        double f = TwoRayMultipath.PropagationFactor(10.0, 100.0, 20_000.0, 0.1, Flat, 0.5, divergence: false);
        Assert.Equal(0.057962, f, 1e-5);
        Assert.Equal(1.0, TwoRayMultipath.DivergenceFactor(1818.18, 20_000.0, 0.0055, Flat), 1e-9);
    }
}
