using Rampart.Core.Geo;

namespace Rampart.Core.Tests.Geo;

public class EnuFrameTests
{
    private const double A = 6378137.0;
    private const double E2 = 0.00669437999014; // WGS-84 first eccentricity squared (NIMA TR8350.2)

    [Fact]
    public void ToEnu_PointOneKilometreNorthOnTheEquator_DropsBelowTheTangentPlane()
    {
        // Worked by hand. The meridian's radius of curvature at the equator is
        // M = a(1 − e²) = 6,335,439.33 m. One kilometre of arc north (Δφ = 1000/M) at the same
        // height lies d²/(2M) = 10⁶/12,670,878.7 = 0.078921 m below the tangent plane; its
        // northing is the chord, 1000 m less d³/(24M²) ≈ 1e-6 m. M is stationary at the
        // equator, so the neglected terms are below 1e-5 m.
        var origin = new GeodeticPosition(0.0, 25.0, 0.0);
        double m = A * (1 - E2);
        double dLatDeg = 1000.0 / m * 180.0 / Math.PI;
        var enu = new EnuFrame(origin).ToEnu(new GeodeticPosition(dLatDeg, 25.0, 0.0));
        Assert.Equal(0.0, enu.X, 1e-9);
        Assert.Equal(1000.0, enu.Y, 1e-5);
        Assert.Equal(-0.078921, enu.Z, 1e-5);
    }

    [Fact]
    public void ToEnu_PointOneKilometreEastAlongTheParallelAt45N()
    {
        // Worked by hand. The prime-vertical radius at 45° is N = a/sqrt(1 − e²/2) = 6,388,838.29 m;
        // the parallel is a circle of radius N·cos φ. A 1 km arc of it leaves the tangent plane by
        // d²/(2N cos φ) towards the earth's axis, which has components −cos φ (up) and +sin φ
        // (north): up = −d²/(2N) = −0.078261 m, north = +d²·tan φ/(2N) = +0.078261 m, east ≈ 1000 m.
        var origin = new GeodeticPosition(45.0, -70.0, 0.0);
        double n = A / Math.Sqrt(1 - (E2 / 2));
        double dLonDeg = 1000.0 / (n * Math.Cos(Math.PI / 4)) * 180.0 / Math.PI;
        var enu = new EnuFrame(origin).ToEnu(new GeodeticPosition(45.0, -70.0 + dLonDeg, 0.0));
        Assert.Equal(1000.0, enu.X, 1e-5);
        Assert.Equal(0.078261, enu.Y, 1e-5);
        Assert.Equal(-0.078261, enu.Z, 1e-5);
    }

    [Fact]
    public void ToEnu_PointStraightAbove_IsPureUp()
    {
        var origin = new GeodeticPosition(-37.5, 144.9, 120.0);
        var enu = new EnuFrame(origin).ToEnu(origin.WithAltitude(1120.0));
        Assert.Equal(0.0, enu.X, 1e-6);
        Assert.Equal(0.0, enu.Y, 1e-6);
        Assert.Equal(1000.0, enu.Z, 1e-6);
    }

    [Fact]
    public void ToEcef_InvertsToEnu()
    {
        var frame = new EnuFrame(new GeodeticPosition(61.2, 5.3, 40.0));
        var enu = new Vec3(-123_456.7, 98_765.4, 12_345.6);
        var back = frame.ToEnu(frame.ToEcef(enu));
        Assert.True(Vec3.Distance(enu, back) < 1e-6);
        Assert.Equal(frame.OriginEcef, frame.ToEcef(Vec3.Zero));
    }

    [Fact]
    public void RotateToEnu_KeepsLengthAndMapsUpToZ()
    {
        var origin = new GeodeticPosition(33.0, 44.0, 0.0);
        var frame = new EnuFrame(origin);
        var up = frame.RotateToEnu(Wgs84.Up(origin));
        Assert.Equal(0.0, up.X, 1e-12);
        Assert.Equal(0.0, up.Y, 1e-12);
        Assert.Equal(1.0, up.Z, 1e-12);
        var v = new Vec3(120.0, -340.0, 560.0);
        Assert.Equal(v.Length, frame.RotateToEnu(v).Length, 1e-9);
        var r = frame.RotateToEcef(frame.RotateToEnu(v));
        Assert.True(Vec3.Distance(v, r) < 1e-9);
    }
}
