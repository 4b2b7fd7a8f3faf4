using Rampart.Core.Geo;
using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public class VerticalCoverageTests
{
    // 2·k·Re for k = 4/3, Re = 6,371,008.8 m (WGS-84 mean radius): 16,989,356.8 m.
    private const double TwoKRe = 2.0 * (4.0 / 3.0) * 6_371_008.8;

    [Fact]
    public void PowerLimitedRange_ScalesAsFourthRootOfRcs_WorkedByHand()
    {
        // Reference 1 m² at 100 km with P_d 0.8 / P_fa 1e-6 (Swerling 1); asking the same P_d, P_fa
        // and Swerling case for 0.01 m² gives R = 100 km·(0.01)^(1/4) = 31,622.78 m by hand.
        var spec = Search(referencePd: 0.8, referencePfa: 1e-6, referenceRcsM2: 1.0, referenceRangeM: 100_000);
        Assert.Equal(31_622.78, VerticalCoverage.PowerLimitedRangeM(spec, 0.01, 0.8, 1e-6, 1), 0.01);
    }

    [Fact]
    public void PowerLimitedRange_GivesTheRequiredSnr_InTheSimulationsRadar()
    {
        // The diagram and a run use one model: at the diagram's range, Radar.SnrAt is the SNR a
        // Swerling 0 target needs for P_d 0.9 at P_fa 1e-6 (13.18 dB, single pulse).
        var spec = Search();
        var radar = new Radar("r", 0, spec, new GeodeticPosition(0, 0, 0), 10.0, null, new Random(1));
        double range = VerticalCoverage.PowerLimitedRangeM(spec, 2.0, 0.9, 1e-6, 0);
        Assert.Equal(DetectionProbability.RequiredSnr(0.9, 1e-6, 0), radar.SnrAt(2.0, range), 1e-6);
    }

    [Fact]
    public void LowFlyer_IsHorizonLimited_AtTheHandWorkedHorizonRange()
    {
        // Antenna 35 m, target 10 m: √(2kRe·35) + √(2kRe·10) = 24,384.8 + 13,034.3 = 37,419.1 m
        // (small-height formula; the exact tangent geometry differs by ~1e-6 relative).
        var spec = Search(referenceRcsM2: 1.0, referenceRangeM: 300_000, minElevationDeg: -3);
        double power = VerticalCoverage.PowerLimitedRangeM(spec, 1.0, 0.5, 1e-6, 1);
        var row = VerticalCoverage.ByAltitude(spec, 35.0, power, [10.0])[0];
        Assert.Equal(CoverageLimit.Horizon, row.Limit);
        Assert.Equal(Math.Sqrt(TwoKRe * 35) + Math.Sqrt(TwoKRe * 10), row.GroundRangeM, 20.0);
        Assert.Equal(37_419.1, row.RangeM, 25.0);
    }

    [Fact]
    public void HighFlyer_IsPowerLimited_AtTheFreeSpaceRange()
    {
        // 10 km altitude: horizon √(2kRe·10 km) ≈ 412 km ≫ the 31.6 km free-space range.
        var spec = Search();
        double power = VerticalCoverage.PowerLimitedRangeM(spec, 0.01, 0.8, 1e-6, 1);
        var row = VerticalCoverage.ByAltitude(spec, 10.0, power, [10_000.0])[0];
        Assert.Equal(CoverageLimit.Power, row.Limit);
        Assert.Equal(power, row.RangeM, 1e-3);
    }

    [Fact]
    public void LargeTarget_IsCutAtTheInstrumentedRange()
    {
        var spec = Search(instrumentedRangeM: 300_000);
        double power = VerticalCoverage.PowerLimitedRangeM(spec, 1000.0, 0.5, 1e-6, 1); // 100 km·1000^(1/4) = 562 km
        var row = VerticalCoverage.ByAltitude(spec, 10.0, power, [20_000.0])[0];
        Assert.Equal(CoverageLimit.InstrumentedRange, row.Limit);
        Assert.Equal(300_000, row.RangeM, 1e-3);
    }

    [Fact]
    public void TargetAboveTheMaximumElevation_CloseIn_IsNotCovered()
    {
        // Max elevation 30°: a target 30 km up is only seen beyond ~52 km ground range; with a
        // free-space range of 31.6 km it is never seen.
        var spec = Search(maxElevationDeg: 30);
        double power = VerticalCoverage.PowerLimitedRangeM(spec, 0.01, 0.8, 1e-6, 1);
        var row = VerticalCoverage.ByAltitude(spec, 10.0, power, [30_000.0])[0];
        Assert.Equal(CoverageLimit.NotCovered, row.Limit);
        Assert.Equal(0.0, row.RangeM);
    }

    [Fact]
    public void ByElevation_ZeroElevation_ReachesTheCurvatureHeight()
    {
        // Along the horizontal ray from 35 m, at R the ray is hₐ + R²/(2kRe) above the k-earth
        // (to first order): 35 + 31,622.78²/16,989,356.8 = 35 + 58.86 = 93.86 m.
        var spec = Search();
        double power = VerticalCoverage.PowerLimitedRangeM(spec, 0.01, 0.8, 1e-6, 1);
        var row = Assert.Single(VerticalCoverage.ByElevation(spec, 35.0, power, [0.0]));
        Assert.Equal(power, row.RangeM, 1e-6);
        Assert.Equal(93.86, row.AltitudeM, 0.05);
    }
}
