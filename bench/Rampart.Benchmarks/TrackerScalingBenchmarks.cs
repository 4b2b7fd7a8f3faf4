using BenchmarkDotNet.Attributes;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking.Files;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Benchmarks;

/// <summary>
/// Scaling of the standalone 2-D tracker on the Stone Soup comparison family
/// (<see cref="StoneSoupFamily"/>: 120 scans 1 s apart, 20 clutter detections per scan, P_D = 0.9)
/// with 10, 100, 1,000 and 10,000 targets, under GNN and under JPDA. One invocation runs a fresh tracker over all 120
/// scans, so the reported mean is the time per scan averaged over the run (track start-up
/// included) and the allocations are per scan. Budget (DESIGN.md): 1,000 targets under 2 ms per scan.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class TrackerScalingBenchmarks
{
    private PlanarScan[] _scans = [];

    [Params(10, 100, 1000, 10000)]
    public int Targets { get; set; }

    /// <summary>GNN (the default, the one the budget is for) or JPDA.</summary>
    [Params(TrackerAssociation.Gnn, TrackerAssociation.Jpda)]
    public TrackerAssociation Association { get; set; }

    [GlobalSetup]
    public void Setup() => _scans = StoneSoupFamily.Generate(Targets, seed: 4).Detections;

    /// <summary>A whole 120-scan run; reported per scan.</summary>
    [Benchmark(OperationsPerInvoke = StoneSoupFamily.Scans)]
    public int TrackerRunPerScan()
    {
        var tracker = new PlanarTracker(new PlanarTrackerSettings
        {
            ProcessNoise = StoneSoupFamily.ProcessNoise,
            MeasurementSigmaM = StoneSoupFamily.SigmaM,
            DetectionProbability = StoneSoupFamily.DetectionProbability,
            ClutterDensity = StoneSoupFamily.ClutterDensity,
            Association = Association,
        });
        foreach (var scan in _scans)
        {
            tracker.ProcessScan(scan.TimeS, scan.Detections);
        }

        return tracker.TrackCount;
    }
}
