using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public sealed class TrackDwellTests
{
    private static RadarSpec Sector(TrackDwellSpec dwell) =>
        Search(azimuthCoverageDeg: 90, boresightAzimuthDeg: 0, referencePfa: 1e-9, elevationBeamwidthDeg: 1.0, azimuthBeamwidthDeg: 1.0, maxElevationDeg: 80)
            with { TrackDwell = dwell, ScanPeriodS = 1.0 };

    [Theory]
    [InlineData(0.5, 0.2, 0.01, 10)]    // 0.5 × 0.2 / 0.01 = 10 (the 92N6E file)
    [InlineData(0.3, 0.25, 0.02, 3)]    // 0.075 / 0.02 = 3.75 → 3
    [InlineData(0.1, 1.0, 0.1, 1)]      // 0.1 / 0.1 = 1 exactly
    [InlineData(0.0, 0.5, 0.01, 0)]     // no budget, no dwell
    public void MaxDwellsPerRevisit_IsTheBudgetOverTheDwellTime_RoundedDown(double budget, double revisit, double dwellTime, int expected) =>
        Assert.Equal(expected, new TrackDwellSpec(budget, revisit, dwellTime).MaxDwellsPerRevisit);

    [Fact]
    public void TrackDwells_NeverExceedTheBudget_AndStretchTheSearchFrameByWhatTheyUse()
    {
        // Budget 0.3 of the time, revisit 0.25 s, 20 ms per dwell: at most 3 dwells (60 ms of 250 ms,
        // 0.24 ≤ 0.3); the search frame of 1 s then takes 1/(1 − 0.24) = 1.3158 s.
        var dwell = new TrackDwellSpec(0.3, 0.25, 0.02);
        var radar = new Radar("r", 0, Sector(dwell), Ground, MastHeightM, null, new Random(5));
        var frame = AntennaFrame(Ground, MastHeightM);
        var random = new Random(11);
        var output = new List<SensorReport>();
        for (int requests = 0; requests <= 40; requests++)
        {
            var pointings = Enumerable.Range(0, requests)
                .Select(_ => frame.ToEcef(Polar(20_000 + (random.NextDouble() * 100_000), (random.NextDouble() - 0.5) * 80, random.NextDouble() * 30)))
                .ToArray();
            output.Clear();
            int made = radar.TrackDwells(new SimTime(requests), pointings, [], output);

            Assert.Equal(Math.Min(requests, 3), made);
            Assert.True(made * dwell.DwellTimeS <= dwell.BudgetFraction * dwell.RevisitS * (1 + 1e-12));
            Assert.True(radar.DwellLoad <= dwell.BudgetFraction);
            Assert.Equal(1.0 / (1.0 - (made * 0.02 / 0.25)), radar.SearchFrameS, 12);
        }

        Assert.Equal(1.0 / 0.76, radar.SearchFrameS, 12);
    }

    [Fact]
    public void TrackDwell_SeesTheTargetInItsBeam_AndNotOneOutside()
    {
        // 10 m² at 30 km against 1 m² at 100 km (P_d 0.8): SNR 60.9 × 10 × (100/30)⁴ ≈ 75,000, P_d ≈ 1.
        // Target 2 is 5° off in azimuth (the beam is 1° wide): only a search scan sees it.
        var radar = new Radar("r", 0, Sector(new TrackDwellSpec(0.5, 0.2, 0.01)), Ground, MastHeightM, null, new Random(3));
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, Polar(30_000, 10, 5), 10, 1), TargetAtEnu(frame, 2, Polar(30_000, 15, 5), 10, 1)];
        var output = new List<SensorReport>();
        for (int i = 0; i < 20; i++)
        {
            radar.TrackDwells(new SimTime(i), [targets[0].PositionEcef], targets, output);
        }

        Assert.Equal(20, CountTrue(output, 1));
        Assert.Equal(0, CountTrue(output, 2));
    }

    [Fact]
    public void DwellSite_CountsNoMisses()
    {
        var radar = new Radar("r", 0, Sector(new TrackDwellSpec(0.5, 0.2, 0.01)), Ground, MastHeightM, null, new Random(3));
        var frame = AntennaFrame(Ground, MastHeightM);
        Vec3 inCoverage = frame.ToEcef(Polar(30_000, 10, 5));
        Assert.True(radar.Site.FieldOfRegard(inCoverage));
        Assert.False(radar.DwellSite.FieldOfRegard(inCoverage));
        Assert.Equal(radar.Site.Index, radar.DwellSite.Index);
    }

    [Fact]
    public void TrackDwells_WithoutADwellSpec_Throw()
    {
        var radar = new Radar("r", 0, Search(), Ground, MastHeightM, null, new Random(3));
        Assert.Throws<InvalidOperationException>(() => radar.TrackDwells(SimTime.Zero, [], [], []));
    }
}

public sealed class TrackDwellEquipmentTests
{
    [Fact]
    public void The92N6E_ServesTenTracks_AndTheSearchRadarsNone()
    {
        // 92N6E file: budget 0.5, revisit 0.5 s, dwell 25 ms ⇒ 0.5 × 0.5 / 0.025 = 10 tracks per revisit.
        var library = Rampart.Core.Scenario.EquipmentLibrary.LoadDefault();
        Assert.True(library.TryGetRadar("92N6E", out var mfr));
        Assert.Equal(10, mfr.TrackDwell!.MaxDwellsPerRevisit);
        Assert.True(library.TryGetRadar("91N6E", out var search));
        Assert.Null(search.TrackDwell);
    }
}
