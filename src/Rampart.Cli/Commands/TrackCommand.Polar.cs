using System.Diagnostics;
using System.Globalization;
using System.Text;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking.Files;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart track</c> on polar detections: the command post's 3-D tracker.</summary>
internal static partial class TrackCommand
{
    /// <summary>
    /// Polar input: the 3-D tracker with the scenario defaults (<see cref="TrackerSettings.Default"/>)
    /// but for the options given (<c>--conversion</c>: the measurement conversion). Scans at one time are processed in the sensors file's order; the
    /// tracks are then read out at that time.
    /// </summary>
    private static TrackingRun RunPolar(CommandLine line, string detectionsPath, TrackingSensors sensors, IReadOnlyList<TruthScan>? truth, Action inputsRead)
    {
        IReadOnlyList<PolarScan> scans = Read(detectionsPath, (r, p) => PolarCsv.ReadDetections(r, p, sensors.IndexByName));
        var d = TrackerSettings.Default;
        (int m, int n) = Confirm(line, d.ConfirmM, d.ConfirmN);
        var settings = d with
        {
            ProcessNoise = Number(line, "--process-noise", d.ProcessNoise, v => v >= 0, "a process noise intensity ≥ 0 (m²/s³)"),
            ConfirmM = m,
            ConfirmN = n,
            DeleteAfterMisses = (int)Number(line, "--delete-after", d.DeleteAfterMisses, v => v >= 1 && v == Math.Floor(v) && v <= 1000, "a whole number of scans ≥ 1"),
            MeasurementConversion = line.GetChoice("--conversion", d.MeasurementConversion == MeasurementConversion.Debiased ? "debiased" : "standard", "standard", "debiased") == "debiased"
                ? MeasurementConversion.Debiased
                : MeasurementConversion.Standard,
        };

        inputsRead();
        double[] times = [.. scans.Select(s => s.TimeS).Concat(truth?.Select(t => t.TimeS) ?? []).Distinct().Order()];
        var tracker = new PolarDetectionsTracker(sensors, settings);
        var tracks = new List<TrackState3>();
        var all = new List<TrackState3>();
        var scanStart = new int[times.Length + 1];
        int next = 0;
        var stopwatch = Stopwatch.StartNew();
        for (int k = 0; k < times.Length; k++)
        {
            while (next < scans.Count && scans[next].TimeS == times[k])
            {
                tracker.ProcessScan(scans[next++]);
            }

            tracker.GetConfirmedTracks(times[k], tracks);
            all.AddRange(tracks);
            scanStart[k + 1] = all.Count;
        }

        stopwatch.Stop();

        var c = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("time_s,track_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps\n");
        foreach (var t in all)
        {
            csv.Append(c, $"{t.TimeS:R},{t.TrackId},{t.Position.X:R},{t.Position.Y:R},{t.Position.Z:R},{t.Velocity.X:R},{t.Velocity.Y:R},{t.Velocity.Z:R}\n");
        }

        List<TrackEstimate> estimates = [.. all.Select(t => new TrackEstimate(t.TrackId, t.Position, t.Covariance))];
        return new TrackingRun(Planar: false, times, scanStart, estimates, csv.ToString(), all.Select(t => t.TrackId).Distinct().Count(),
            scans.Sum(s => (long)s.Detections.Length), stopwatch.Elapsed.TotalSeconds, ClutterDensity: null);
    }
}
