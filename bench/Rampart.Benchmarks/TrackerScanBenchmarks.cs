using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;

namespace Rampart.Benchmarks;

/// <summary>
/// One scan of a search radar seeing 1,000 targets plus clutter, digested by a tracker that
/// already holds the 1,000 targets as confirmed tracks (and the tentative tracks earlier clutter
/// left). Budget (DESIGN.md): under 2 ms on one core.
/// </summary>
/// <remarks>
/// Set-up, honest and deterministic (seeded <see cref="Random"/>):
/// <list type="bullet">
/// <item>One radar (σr 100 m, σaz = σel = 0.2°, 10 s scan, 300 km field of regard), 8 km from
/// the command post whose frame the tracker uses, so detections are converted between frames as
/// in a run.</item>
/// <item>1,000 targets on straight lines: range 20–280 km, any bearing, 50 m–15 km altitude,
/// 100–700 m/s on any heading.</item>
/// <item>Four warm-up scans (t = 0, 10, 20, 30 s) with P_d = 1, so every target is a confirmed
/// track, then the measured scan at t = 40 s with P_d = 0.9. Every scan also holds 100 false
/// alarms spread uniformly over range, bearing and 0–6° elevation.</item>
/// <item>A scan changes the tracker, so each invocation gets its own tracker, built by replaying
/// the same warm-up scans in <see cref="BuildTrackers"/> (an iteration set-up, not timed): each measured scan starts
/// from the same state.</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
[InvocationCount(Invocations, 1)]
public class TrackerScanBenchmarks
{
    private const int Invocations = 64;
    private const int TargetCount = 1000;
    private const int ClutterPerScan = 100;
    private const double ScanPeriodS = 10;
    private const double MaxRangeM = 300_000;
    private const double SigmaRangeM = 100;
    private const double SigmaAngleRad = 0.2 * Math.PI / 180;

    private readonly Tracker[] _trackers = new Tracker[Invocations];
    private EnuFrame _commandPost = null!;
    private SensorSite _site = null!;
    private Detection[][] _warmup = null!;
    private Detection[] _measured = null!;
    private int _next;

    /// <summary>GNN (the default, the one the budget is for) or JPDA.</summary>
    [Params(TrackerAssociation.Gnn, TrackerAssociation.Jpda)]
    public TrackerAssociation Association { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var post = new GeodeticPosition(55.75, 37.62, 150);
        var radarFrame = new EnuFrame(new GeodeticPosition(55.80, 37.70, 170));
        _commandPost = new EnuFrame(post);
        _site = new SensorSite("bench-radar", 0, radarFrame, ScanPeriodS, ecef => radarFrame.ToEnu(ecef).Length <= MaxRangeM);

        var random = new Random(20250601);
        var start = new Vec3[TargetCount];
        var velocity = new Vec3[TargetCount];
        for (int i = 0; i < TargetCount; i++)
        {
            double range = 20_000 + (random.NextDouble() * 260_000);
            double bearing = random.NextDouble() * 2 * Math.PI;
            double altitude = 50 + (random.NextDouble() * 14_950);
            double speed = 100 + (random.NextDouble() * 600);
            double heading = random.NextDouble() * 2 * Math.PI;
            start[i] = new Vec3(range * Math.Sin(bearing), range * Math.Cos(bearing), altitude);
            velocity[i] = new Vec3(speed * Math.Sin(heading), speed * Math.Cos(heading), 0);
        }

        _warmup = new Detection[4][];
        for (int k = 0; k < _warmup.Length; k++)
        {
            _warmup[k] = Scan(random, k * ScanPeriodS, start, velocity, probabilityOfDetection: 1.0);
        }

        _measured = Scan(random, _warmup.Length * ScanPeriodS, start, velocity, probabilityOfDetection: 0.9);

        var check = BuildTracker();
        int confirmed = check.Tracks.Count(t => t.Confirmed);
        if (confirmed < TargetCount)
        {
            throw new InvalidOperationException($"Warm-up left {confirmed} confirmed tracks, expected at least {TargetCount}.");
        }
    }

    [IterationSetup]
    public void BuildTrackers()
    {
        for (int i = 0; i < _trackers.Length; i++)
        {
            _trackers[i] = BuildTracker();
        }

        _next = 0;
    }

    /// <summary>One scan (≈ 900 target detections + 100 false alarms) against ≈ 1,200 tracks. Budget: &lt; 2 ms.</summary>
    [Benchmark]
    public TrackerScanResult TrackerScan1000TargetsWithClutter() =>
        _trackers[_next++].ProcessScan(new SimTime(_warmup.Length * ScanPeriodS), _site, _measured);

    private Tracker BuildTracker()
    {
        var tracker = new Tracker(_commandPost, TrackerSettings.Default with { Association = Association });
        for (int k = 0; k < _warmup.Length; k++)
        {
            tracker.ProcessScan(new SimTime(k * ScanPeriodS), _site, _warmup[k]);
        }

        return tracker;
    }

    /// <summary>Polar detections of the targets (each with probability <paramref name="probabilityOfDetection"/>) plus clutter, in the radar's frame.</summary>
    private Detection[] Scan(Random random, double t, Vec3[] start, Vec3[] velocity, double probabilityOfDetection)
    {
        var time = new SimTime(t);
        var detections = new List<Detection>(TargetCount + ClutterPerScan);
        for (int i = 0; i < start.Length; i++)
        {
            if (random.NextDouble() >= probabilityOfDetection)
            {
                continue;
            }

            Vec3 enu = start[i] + (velocity[i] * t);
            double range = enu.Length;
            double azimuth = Math.Atan2(enu.X, enu.Y);
            double elevation = Math.Asin(enu.Z / range);
            azimuth += Normal.Sample(random, 0, SigmaAngleRad);
            azimuth = ((azimuth % (2 * Math.PI)) + (2 * Math.PI)) % (2 * Math.PI);
            detections.Add(new Detection(time, _site.Index,
                range + Normal.Sample(random, 0, SigmaRangeM), azimuth, elevation + Normal.Sample(random, 0, SigmaAngleRad),
                SigmaRangeM, SigmaAngleRad, SigmaAngleRad, 20.0));
        }

        for (int c = 0; c < ClutterPerScan; c++)
        {
            double range = 5_000 + (random.NextDouble() * (MaxRangeM - 5_000));
            double azimuth = random.NextDouble() * 2 * Math.PI;
            double elevation = random.NextDouble() * 6 * Math.PI / 180;
            detections.Add(new Detection(time, _site.Index, range, azimuth, elevation, SigmaRangeM, SigmaAngleRad, SigmaAngleRad, 13.0));
        }

        // A radar reports in azimuth order as its beam sweeps, not targets first and clutter last.
        detections.Sort((a, b) => a.AzimuthRad.CompareTo(b.AzimuthRad));
        return [.. detections];
    }
}
