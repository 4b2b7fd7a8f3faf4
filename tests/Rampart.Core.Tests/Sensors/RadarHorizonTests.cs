using Rampart.Core.Geo;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

public class RadarHorizonTests
{
    // Re = WGS-84 mean radius R1 = (2a + b)/3 = (2·6378137 + 6356752.3142)/3 = 6371008.771 m.

    [Fact]
    public void RangeM_TenMetreAntennaAndTarget_Is26Point07Km()
    {
        // By hand: 2·k·Re·h = 2·(4/3)·6371008.771·10 = 169,893,567 m²; sqrt = 13,034.32 m;
        // two equal terms: 26,068.6 m.
        Assert.Equal(26_068.6, RadarHorizon.RangeM(10.0, 10.0), 0.1);
    }

    [Fact]
    public void RangeM_GeometricEarth_HundredMetreAntennaToSurface_Is35Point70Km()
    {
        // By hand, k = 1: sqrt(2·6371008.771·100) = sqrt(1,274,201,754) = 35,695.96 m.
        Assert.Equal(35_695.96, RadarHorizon.RangeM(100.0, 0.0, k: 1.0), 0.01);
    }

    [Fact]
    public void RangeM_NegativeAltitude_IsClampedToSurface()
    {
        // By hand: sqrt(2·(4/3)·6371008.771·10) = 13,034.32 m (the antenna term only).
        Assert.Equal(13_034.32, RadarHorizon.RangeM(10.0, -50.0), 0.01);
    }

    [Theory]
    [InlineData(25_900.0, true)]   // just inside the 26,068.6 m horizon worked above
    [InlineData(26_250.0, false)]  // just beyond it
    public void IsAboveHorizon_TenMetrePointsOnTheEquator_FollowsTheHorizonRange(double groundDistanceM, bool expected)
    {
        // Two points on the equator, ground distance d = Re·Δλ apart (geodetic height is radial on
        // the equator, so the geocentric angle is exactly Δλ).
        double dLonDeg = groundDistanceM / Wgs84.MeanRadius * 180.0 / Math.PI;
        var a = Wgs84.ToEcef(new GeodeticPosition(0.0, 10.0, 10.0));
        var b = Wgs84.ToEcef(new GeodeticPosition(0.0, 10.0 + dLonDeg, 10.0));
        Assert.Equal(expected, RadarHorizon.IsAboveHorizon(a, 10.0, b, 10.0));
    }

    [Fact]
    public void IsAboveHorizon_HighTarget_SeenFarBeyondLowTargetHorizon()
    {
        // 10 m antenna, 10 km target: horizon ≈ 13,034 + sqrt(2·(4/3)·6371008.771·10000)
        // = 13,034 + 412,180 = 425,214 m (small-height form; the exact tangent form is about
        // 0.05 % shorter). 400 km is inside, 440 km outside.
        double Dlon(double d) => d / Wgs84.MeanRadius * 180.0 / Math.PI;
        var radar = Wgs84.ToEcef(new GeodeticPosition(0.0, 0.0, 10.0));
        var near = Wgs84.ToEcef(new GeodeticPosition(0.0, Dlon(400_000.0), 10_000.0));
        var far = Wgs84.ToEcef(new GeodeticPosition(0.0, Dlon(440_000.0), 10_000.0));
        Assert.True(RadarHorizon.IsAboveHorizon(radar, 10.0, near, 10_000.0));
        Assert.False(RadarHorizon.IsAboveHorizon(radar, 10.0, far, 10_000.0));
    }
}
