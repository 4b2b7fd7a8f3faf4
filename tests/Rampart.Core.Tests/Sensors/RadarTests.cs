using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public class RadarTests
{
    private const double Deg = Math.PI / 180.0;

    [Fact]
    public void Radar_ReferenceSnr_IsSwerling1RequirementWorkedByHand()
    {
        // Pd 0.8, Pfa 1e-6, Swerling 1: SNR = ln 1e-6 / ln 0.8 − 1 = −13.815511/−0.2231436 − 1 = 60.9131.
        var radar = new Radar("r", 0, Search(referencePd: 0.8, referencePfa: 1e-6), Ground, MastHeightM, null, new Random(1));
        Assert.Equal(60.9131, radar.ReferenceSnr, 1e-3);
        // Radar equation: twice the RCS at twice the range gives 2/16 of the reference SNR.
        Assert.Equal(60.9131 * 2.0 / 16.0, radar.SnrAt(2.0, 200_000.0), 1e-3);
    }

    [Fact]
    public void Radar_DoesNotDetect_TargetBelowHorizon()
    {
        // Antenna 10 m above a sea-level site on the equator; targets at 10 m. By hand the 4/3-earth
        // horizon is 26.07 km (see RadarHorizonTests). A 10 km² target is far above threshold at
        // 20 km and at 40 km, so only the horizon can hide the far one.
        var ground = new GeodeticPosition(0.0, 20.0, 0.0);
        var spec = Search(referencePfa: 1e-9, minElevationDeg: -5.0);
        var radar = new Radar("r", 0, spec, ground, 10.0, null, new Random(7));
        double Dlon(double d) => d / Wgs84.MeanRadius * 180.0 / Math.PI;
        TargetTruth At(int id, double groundDistanceM)
        {
            var p = new GeodeticPosition(0.0, 20.0 + Dlon(groundDistanceM), 10.0);
            return new TargetTruth(new EntityId(id), Wgs84.ToEcef(p), Vec3.Zero, 10.0, 1e4, 1);
        }

        TargetTruth[] targets = [At(1, 20_000.0), At(2, 40_000.0)];
        var reports = new List<SensorReport>();
        for (int scan = 0; scan < 50; scan++)
        {
            radar.Scan(new SimTime(scan * 10.0), targets, reports);
        }

        Assert.Equal(0, CountTrue(reports, 2));
        Assert.Equal(50, CountTrue(reports, 1));
    }

    [Fact]
    public void Radar_EmpiricalPd_AtReferenceRangeAndRcs_MatchesReferencePd()
    {
        // A Swerling 1 target of the reference RCS at the reference slant range must be detected
        // with the reference Pd (0.8). 4,000 scans: binomial standard error sqrt(0.8·0.2/4000) =
        // 0.0063; we allow 4 standard errors (0.025).
        var spec = Search(referencePd: 0.8, referenceRangeM: 100_000.0, referenceRcsM2: 2.0);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(2024));
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, Polar(100_000.0, 120.0, 3.0), 2.0, 1)];
        var reports = new List<SensorReport>();
        const int scans = 4000;
        int detected = 0;
        for (int scan = 0; scan < scans; scan++)
        {
            reports.Clear();
            radar.Scan(new SimTime(scan), targets, reports);
            detected += CountTrue(reports, 1);
        }

        Assert.Equal(0.8, (double)detected / scans, 0.025);
    }

    [Fact]
    public void Radar_FalseAlarmCount_MeanMatchesPfaTimesCells()
    {
        // Cells by hand: range (101 km − 1 km)/100 m = 1000; azimuth 360°/2° = 180; elevation
        // (20° − 0°)/5° = 4: 720,000 cells. Pfa 1e-5 ⇒ 7.2 false alarms per scan. Over 2,000
        // scans the mean's standard error is sqrt(7.2/2000) = 0.06; we allow 4 (0.24).
        var spec = Search(
            referencePfa: 1e-5, minRangeM: 1_000.0, instrumentedRangeM: 101_000.0, rangeResolutionM: 100.0,
            azimuthBeamwidthDeg: 2.0, minElevationDeg: 0.0, maxElevationDeg: 20.0, elevationBeamwidthDeg: 5.0);
        var radar = new Radar("r", 3, spec, Ground, MastHeightM, null, new Random(99));
        Assert.Equal(720_000.0, radar.ResolutionCells, 1e-6);
        Assert.Equal(7.2, radar.ExpectedFalseAlarmsPerScan, 1e-9);

        var reports = new List<SensorReport>();
        const int scans = 2000;
        for (int scan = 0; scan < scans; scan++)
        {
            radar.Scan(new SimTime(scan), ReadOnlySpan<TargetTruth>.Empty, reports);
        }

        Assert.Equal(7.2, (double)reports.Count / scans, 0.24);
        foreach (var r in reports)
        {
            Assert.Null(r.TruthId);
            Assert.Equal(3, r.Detection.SensorIndex);
            Assert.InRange(r.Detection.RangeM, 1_000.0, 101_000.0);
            Assert.InRange(r.Detection.AzimuthRad, 0.0, 2 * Math.PI);
            Assert.InRange(r.Detection.ElevationRad, 0.0, 20.0 * Deg);
            // Threshold SNR: 10·log10(−ln 1e-5) = 10·log10(11.5129) = 10.6119 dB.
            Assert.Equal(10.6119, r.Detection.SnrDb, 1e-3);
        }
    }

    [Fact]
    public void Radar_MeasurementNoise_MatchesSpecSigma()
    {
        // Target at ENU (20, 30, 5) km from the antenna. By hand: range sqrt(20² + 30² + 5²) km =
        // 36,400.55 m; azimuth atan2(20, 30) = 33.6901°; elevation atan2(5, sqrt(1300)) = 7.8951°.
        // RCS 1000 m² ⇒ SNR ≈ 60.9·1000·(100/36.4)⁴ ≈ 3.5e6, so the SNR-dependent term
        // (beamwidth/sqrt(2·SNR) ≈ 0.0006°) is far below the spec σ and σ must be the spec's.
        // 3,000 detections: a sample σ has relative standard error 1/sqrt(2·3000) = 1.3 %; allow 6 %.
        var spec = Search(rangeSigmaM: 50.0, azimuthSigmaDeg: 0.2, elevationSigmaDeg: 0.3, referencePfa: 1e-9);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(5));
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, new Vec3(20_000, 30_000, 5_000), 1000.0, 1)];
        var reports = new List<SensorReport>();
        for (int scan = 0; scan < 3000; scan++)
        {
            radar.Scan(new SimTime(scan), targets, reports);
        }

        var d = reports.Where(r => r.TruthId is not null).Select(r => r.Detection).ToArray();
        Assert.True(d.Length > 2990);
        AssertNoise(d.Select(x => x.RangeM), 36_400.55, 50.0);
        AssertNoise(d.Select(x => x.AzimuthRad), 33.6901 * Deg, 0.2 * Deg);
        AssertNoise(d.Select(x => x.ElevationRad), 7.8951 * Deg, 0.3 * Deg);
        Assert.All(d, x => Assert.Equal(50.0, x.SigmaRangeM, 1e-9));
        Assert.All(d, x => Assert.Equal(0.2 * Deg, x.SigmaAzimuthRad, 1e-12));
        Assert.All(d, x => Assert.Equal(0.3 * Deg, x.SigmaElevationRad, 1e-12));
    }

    [Fact]
    public void Radar_MeasurementNoise_GrowsAtLowSnr()
    {
        // At the reference point SNR = 60.91 (Swerling 1 requirement for Pd 0.8, Pfa 1e-6): the
        // azimuth σ is max(0.2°, 1.5°/sqrt(2·60.91)) = max(0.2°, 0.1359°) = 0.2°, while the range σ
        // is max(5 m, 150 m/sqrt(121.83)) = 13.59 m.
        var spec = Search(rangeSigmaM: 5.0);
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(11));
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets = [TargetAtEnu(frame, 1, Polar(100_000.0, 45.0, 2.0), 1.0, 1)];
        var reports = new List<SensorReport>();
        for (int scan = 0; !reports.Any(r => r.TruthId is not null) && scan < 100; scan++)
        {
            radar.Scan(new SimTime(scan), targets, reports);
        }

        var det = reports.First(r => r.TruthId is not null).Detection;
        Assert.Equal(13.59, det.SigmaRangeM, 0.01);
        Assert.Equal(0.2 * Deg, det.SigmaAzimuthRad, 1e-12);
        Assert.Equal(10.0 * Math.Log10(60.9131), det.SnrDb, 1e-3);
    }

    [Fact]
    public void Radar_DoesNotReport_TargetOutsideSector()
    {
        // Sector radar: 90° wide centred on north (−45°…+45°). Target A at 30° is inside,
        // target B at 60° outside, target C at 330° inside. Huge RCS, so anything covered is seen.
        var spec = Search(azimuthCoverageDeg: 90.0, boresightAzimuthDeg: 0.0, referencePfa: 1e-9);
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets =
        [
            TargetAtEnu(frame, 1, Polar(50_000.0, 30.0, 2.0), 100.0, 1),
            TargetAtEnu(frame, 2, Polar(50_000.0, 60.0, 2.0), 100.0, 1),
            TargetAtEnu(frame, 3, Polar(50_000.0, 330.0, 2.0), 100.0, 1),
        ];
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(3));
        var reports = new List<SensorReport>();
        radar.Scan(SimTime.Zero, targets, reports);
        Assert.Equal(1, CountTrue(reports, 1));
        Assert.Equal(0, CountTrue(reports, 2));
        Assert.Equal(1, CountTrue(reports, 3));
        Assert.True(radar.Site.FieldOfRegard(targets[0].PositionEcef));
        Assert.False(radar.Site.FieldOfRegard(targets[1].PositionEcef));

        // The placement's boresight (90°: sector 45°…135°) overrides the spec's.
        var turned = new Radar("r", 0, spec, Ground, MastHeightM, 90.0, new Random(3));
        reports.Clear();
        turned.Scan(SimTime.Zero, targets, reports);
        Assert.Equal(0, CountTrue(reports, 1));
        Assert.Equal(1, CountTrue(reports, 2));
        Assert.Equal(0, CountTrue(reports, 3));
    }

    [Fact]
    public void Radar_DoesNotReport_TargetsOutsideRangeOrElevationLimits()
    {
        // Limits 1–300 km slant range, −2°…30° elevation.
        var spec = Search(referencePfa: 1e-9);
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets =
        [
            TargetAtEnu(frame, 1, Polar(500.0, 10.0, 5.0), 100.0, 1),      // inside min range
            TargetAtEnu(frame, 2, Polar(20_000.0, 10.0, 45.0), 100.0, 1),  // above max elevation
            TargetAtEnu(frame, 3, Polar(20_000.0, 10.0, 10.0), 100.0, 1),  // covered
        ];
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(4));
        var reports = new List<SensorReport>();
        radar.Scan(SimTime.Zero, targets, reports);
        Assert.Equal(0, CountTrue(reports, 1));
        Assert.Equal(0, CountTrue(reports, 2));
        Assert.Equal(1, CountTrue(reports, 3));
    }

    [Fact]
    public void Radar_ReportsAtMostMaxTracks_NearestFirst()
    {
        var spec = Search(maxTracks: 2, referencePfa: 1e-9);
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets =
        [
            TargetAtEnu(frame, 1, Polar(60_000.0, 10.0, 3.0), 100.0, 1),
            TargetAtEnu(frame, 2, Polar(20_000.0, 100.0, 3.0), 100.0, 1),
            TargetAtEnu(frame, 3, Polar(80_000.0, 200.0, 3.0), 100.0, 1),
            TargetAtEnu(frame, 4, Polar(40_000.0, 300.0, 3.0), 100.0, 1),
        ];
        var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(8));
        var reports = new List<SensorReport>();
        radar.Scan(SimTime.Zero, targets, reports);
        var ids = reports.Where(r => r.TruthId is not null).Select(r => r.TruthId!.Value.Value).ToArray();
        Assert.Equal([2, 4], ids);
    }

    [Fact]
    public void Radar_SameSeed_GivesIdenticalReports()
    {
        var spec = Search(referencePfa: 1e-5);
        var frame = AntennaFrame(Ground, MastHeightM);
        TargetTruth[] targets =
        [
            TargetAtEnu(frame, 1, Polar(150_000.0, 10.0, 1.0), 1.0, 1),
            TargetAtEnu(frame, 2, Polar(120_000.0, 100.0, 2.0), 1.0, 0),
            TargetAtEnu(frame, 3, Polar(90_000.0, 200.0, 3.0), 0.5, 3),
        ];

        List<SensorReport> Run()
        {
            var radar = new Radar("r", 0, spec, Ground, MastHeightM, null, new Random(42));
            var reports = new List<SensorReport>();
            for (int scan = 0; scan < 50; scan++)
            {
                radar.Scan(new SimTime(scan * 10.0), targets, reports);
            }

            return reports;
        }

        var first = Run();
        Assert.Equal(first, Run());
        Assert.Contains(first, r => r.TruthId is null);
        Assert.Contains(first, r => r.TruthId is not null);
    }

    private static void AssertNoise(IEnumerable<double> values, double truth, double sigma)
    {
        double[] v = values.ToArray();
        double mean = v.Average();
        double sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
        Assert.Equal(truth, mean, 5.0 * sigma / Math.Sqrt(v.Length));
        Assert.Equal(sigma, sd, 0.06 * sigma);
    }
}
