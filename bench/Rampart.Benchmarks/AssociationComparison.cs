using System.Diagnostics;
using System.Globalization;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking.Metrics;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Benchmarks;

/// <summary>
/// GNN against JPDA on the Stone Soup comparison family (<see cref="StoneSoupFamily"/>): mean GOSPA
/// (c = 500 m, p = 1, confirmed tracks against truth at every scan, as <c>rampart track</c> scores
/// it) and wall time per scan of the tracking loop (one cold run, JIT included: indicative only;
/// the BenchmarkDotNet figures are the timing reference).
/// </summary>
internal static class AssociationComparison
{
    public static void Run(int targets, int seed)
    {
        var (scans, truth) = StoneSoupFamily.Generate(targets, seed);
        foreach (var association in new[] { TrackerAssociation.Gnn, TrackerAssociation.Jpda })
        {
            var tracker = new PlanarTracker(new PlanarTrackerSettings
            {
                ProcessNoise = StoneSoupFamily.ProcessNoise,
                MeasurementSigmaM = StoneSoupFamily.SigmaM,
                DetectionProbability = StoneSoupFamily.DetectionProbability,
                ClutterDensity = StoneSoupFamily.ClutterDensity,
                Association = association,
            });
            var gospa = new Gospa(500, 1);
            var tracks = new List<PlanarTrack>();
            double sum = 0, seconds = 0;
            for (int k = 0; k < scans.Length; k++)
            {
                long start = Stopwatch.GetTimestamp();
                tracker.ProcessScan(scans[k].TimeS, scans[k].Detections);
                seconds += Stopwatch.GetElapsedTime(start).TotalSeconds;
                tracks.Clear();
                tracker.GetTracks(tracks);
                Vec3[] estimates = [.. tracks.Select(t => new Vec3(t.XM, t.YM, 0))];
                Vec3[] truths = [.. truth[k].Targets.Select(t => new Vec3(t.XM, t.YM, 0))];
                sum += gospa.Compute(truths, estimates).Distance;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{targets} targets, {association}: mean GOSPA {sum / scans.Length:F0} m, {1e3 * seconds / scans.Length:F2} ms per scan"));
        }
    }
}
