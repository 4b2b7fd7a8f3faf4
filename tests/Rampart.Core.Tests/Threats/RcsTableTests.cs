using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;

namespace Rampart.Core.Tests.Threats;

public class RcsTableTests
{
    // A small table worked by hand below: azimuth 0, 30, 90°; elevation −10, +10°; dBsm.
    //          az 0   az 30   az 90
    // el −10   −20    −10      0
    // el +10   −16     −6      4
    private static RcsTable Table() => new(
        [0.0, 30.0, 90.0],
        [-10.0, 10.0],
        new Dictionary<RadarBand, double[,]>
        {
            [RadarBand.X] = new double[,] { { -20, -10, 0 }, { -16, -6, 4 } },
            [RadarBand.S] = new double[,] { { -10, -10, -10 }, { -10, -10, -10 } },
        });

    [Fact]
    public void RcsTable_Bilinear_InDbsm_MatchesHandInterpolation()
    {
        var t = Table();
        // az 15, el 0: row −10: −20 + ½·10 = −15; row +10: −16 + ½·10 = −11; halfway: −13 dBsm
        // = 10^−1.3 = 0.0501187 m².
        Assert.Equal(-13.0, t.Dbsm(RadarBand.X, 15, 0), 12);
        Assert.Equal(0.0501187, t.RcsM2(RadarBand.X, 15, 0), 6);
        // az 60, el 5: row −10: −10 + ½·10 = −5; row +10: −6 + ½·10 = −1; t_el = 15/20 = 0.75:
        // −5 + 0.75·4 = −2 dBsm.
        Assert.Equal(-2.0, t.Dbsm(RadarBand.X, 60, 5), 12);
    }

    [Fact]
    public void RcsTable_IsSymmetric_AndClampsOutsideTheGrid()
    {
        var t = Table();
        Assert.Equal(t.Dbsm(RadarBand.X, 60, 5), t.Dbsm(RadarBand.X, -60, 5), 12);
        Assert.Equal(t.Dbsm(RadarBand.X, 60, 5), t.Dbsm(RadarBand.X, 300, 5), 12);
        // Beyond the last azimuth (90°) and elevation (+10°) the edge value holds: 4 dBsm.
        Assert.Equal(4.0, t.Dbsm(RadarBand.X, 170, 50), 12);
        Assert.Equal(-20.0, t.Dbsm(RadarBand.X, 0, -60), 12);
    }

    [Fact]
    public void RcsTable_MissingBand_ReadsNearestBand_TiesToLower()
    {
        var t = Table();
        Assert.Equal(RadarBand.X, t.BandFor(RadarBand.X));
        Assert.Equal(RadarBand.S, t.BandFor(RadarBand.L)); // L → S (next band up)
        Assert.Equal(RadarBand.S, t.BandFor(RadarBand.C)); // C is between S and X: tie → S
        Assert.Equal(RadarBand.X, t.BandFor(RadarBand.Ku));
        Assert.Equal(-10.0, t.Dbsm(RadarBand.C, 45, 0), 12);
    }

    [Fact]
    public void AspectOf_TargetFlyingNorth_SeesRadarsAtHandAspects()
    {
        // Target on the equator (geodetic and geocentric vertical coincide), flying north. Radars
        // placed in the target's ENU frame: ahead → 0°, east → 90° (either side reads the same), behind
        // → 180°; ahead and as high as it is far → elevation 45°.
        var frame = new EnuFrame(new GeodeticPosition(0.0, 10.0, 5_000.0));
        Vec3 velocity = frame.RotateToEcef(new Vec3(0, 250, 0));
        (double Az, double El) At(Vec3 enu) => RcsTable.AspectOf(frame.OriginEcef, velocity, frame.ToEcef(enu));

        Assert.Equal(0.0, At(new Vec3(0, 10_000, 0)).Az, 6);
        Assert.Equal(90.0, At(new Vec3(10_000, 0, 0)).Az, 6);
        Assert.Equal(90.0, At(new Vec3(-10_000, 0, 0)).Az, 6);
        Assert.Equal(180.0, At(new Vec3(0, -10_000, 0)).Az, 6);
        var up = At(new Vec3(0, 10_000, 10_000));
        Assert.Equal(0.0, up.Az, 6);
        Assert.Equal(45.0, up.El, 6);
        Assert.Equal(-45.0, At(new Vec3(0, 10_000, -10_000)).El, 6);
    }

    [Fact]
    public void ShippedStealthFighter_IsSmallHeadOn_LargerBroadside_AndShapingBetterAtX()
    {
        ThreatSpec spec = Tests.Scenario.ScenarioText.Library.Value.Threat("stealth-fighter");
        RcsTable t = spec.RcsTable!;
        double headOnX = t.RcsM2(RadarBand.X, 0, 0);
        Assert.InRange(headOnX, 0.001, 0.1); // open estimates, REFERENCE.md and the issue
        Assert.True(t.RcsM2(RadarBand.X, 90, 0) > 10 * headOnX);
        Assert.True(t.RcsM2(RadarBand.X, 180, 0) > headOnX);
        Assert.True(t.RcsM2(RadarBand.S, 0, 0) > headOnX);
        Assert.True(t.RcsM2(RadarBand.L, 0, 0) > t.RcsM2(RadarBand.S, 0, 0));
    }
}
