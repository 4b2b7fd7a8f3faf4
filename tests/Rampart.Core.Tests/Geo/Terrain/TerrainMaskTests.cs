using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Geo.Terrain;

/// <summary>
/// Line of sight over the 4/3 earth past a synthetic ridge, against geometry worked by hand with
/// the textbook "flat earth plus bulge" form: a point at ground distance d and height h is seen from
/// an antenna at height hₐ at elevation tan e ≈ (h − hₐ)/d − d/(2kRe), and the earth bulges by
/// d₁·d₂/(2kRe) between two points d₁ + d₂ apart (Skolnik; ITU-R P.834). 2kRe = 2·(4/3)·6,371,008.8 m
/// = 16,989,357 m.
/// </summary>
public sealed class TerrainMaskTests
{
    private const double Deg = Math.PI / 180.0;

    private static Radar RadarAt(GeodeticPosition ground, TerrainGrid grid)
    {
        var spec = Search(minElevationDeg: -3, maxElevationDeg: 60, instrumentedRangeM: 300_000);
        var antenna = ground;
        return new Radar("r", 0, spec, ground, 0.0, null, new Random(1))
        {
            Terrain = grid.MaskFor(antenna, RadarHorizon.StandardK, spec.InstrumentedRangeM),
        };
    }

    private static Vec3 Target(GeodeticPosition from, double bearingDeg, double groundRangeM, double altitudeM) =>
        Wgs84.ToEcef(GreatCircle.Destination(from, bearingDeg * Deg, groundRangeM).WithAltitude(altitudeM));

    [Fact]
    public void Ridge_MasksLowTargetsBehindIt_AndNotHighOnesOrOtherDirections()
    {
        // Antenna 10 m up at 55.5° N, 37.1° E; a 500 m ridge along the meridian 37.3° E, i.e.
        // d = 0.2°·(π/180)·cos 55.5°·Re = 0.2 × 0.0174533 × 0.566406 × 6,371,008.8 = 12,596 m east.
        // Ridge seen at tan e = (500 − 10)/12,596 − 12,596/16,989,357 = 0.038901 − 0.000741 = 0.038159.
        // A target 50 km east is seen above the ridge when (h − 10)/50,000 − 50,000/16,989,357 > 0.038159,
        // i.e. h > 10 + 50,000 × (0.038159 + 0.002943) = 2,065 m.
        var grid = new TerrainGrid([SyntheticTerrain.Ridge(37.3, 500)]);
        var ground = new GeodeticPosition(55.5, 37.1, 10.0);
        var radar = RadarAt(ground, grid);

        Assert.False(radar.Site.FieldOfRegard(Target(ground, 90, 50_000, 1_950)));
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 90, 50_000, 2_180)));
        // Nearer than the ridge, low: clear.
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 90, 10_000, 100)));
        // West, north and south there is no ridge: the smooth-earth horizon for 10 m and 1,950 m is
        // √(16,989,357·10) + √(16,989,357·1,950) = 13.0 + 182.0 = 195 km, so 50 km is clear.
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 270, 50_000, 1_950)));
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 0, 50_000, 1_950)));
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 180, 50_000, 1_950)));
    }

    [Theory]
    [InlineData(250, true)]
    [InlineData(260, false)]
    public void EarthBulge_BetweenAntennaAndTarget_AddsToTheObstacle(short obstacleM, bool visible)
    {
        // Antenna and target both 400 m up, 100 km apart due east; an obstacle half way (50 km).
        // The 4/3 earth bulges by d₁·d₂/(2kRe) = 50,000 × 50,000 / 16,989,357 = 147.15 m there, so
        // the chord passes 400 − 147.15 = 252.85 m above the sea at the obstacle: a 250 m ridge
        // leaves it clear (by 2.85 m), a 260 m ridge blocks it.
        var ground = new GeodeticPosition(55.5, 37.05, 400.0);
        double ridgeLon = GreatCircle.Destination(ground, 90 * Deg, 50_000).LongitudeDeg;
        var grid = new TerrainGrid([SyntheticTerrain.Ridge(ridgeLon, obstacleM)]);
        var radar = RadarAt(ground, grid);

        Assert.Equal(visible, radar.Site.FieldOfRegard(Target(ground, 90, 100_000, 400)));
    }

    [Fact]
    public void NoTerrainNearby_IsTheSmoothEarth()
    {
        // A tile far away (N55E037) and a radar at 40° N: every look agrees with the smooth earth,
        // whose horizon for 10 m and 500 m is 13.0 + 92.2 = 105.2 km.
        var grid = new TerrainGrid([SyntheticTerrain.Ridge(37.5, 3000)]);
        var ground = new GeodeticPosition(40.0, 20.0, 10.0);
        var radar = RadarAt(ground, grid);
        Assert.True(radar.Site.FieldOfRegard(Target(ground, 45, 100_000, 500)));
        Assert.False(radar.Site.FieldOfRegard(Target(ground, 45, 110_000, 500)));
    }

    [Fact]
    public void Mask_IsSharedPerAntenna_AndStopsSamplingOverTheSea()
    {
        var grid = new TerrainGrid([SyntheticTerrain.Ridge(37.3, 500)]);
        var antenna = new GeodeticPosition(55.5, 37.1, 10.0);
        var mask = grid.MaskFor(antenna, RadarHorizon.StandardK, 600_000);
        Assert.Same(mask, grid.MaskFor(antenna, RadarHorizon.StandardK, 600_000));
        _ = mask.IsVisible(90 * Deg, 50_000, 0.0);
        // Past the 500 m ridge nothing lower can rise above it: the eastward profile stops long
        // before the 600 km instrumented range (6,480 samples at 92.6 m).
        Assert.InRange(mask.SamplesTaken, 1, 1_000);
    }
}
