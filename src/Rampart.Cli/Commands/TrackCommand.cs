using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Rampart.Cli.Output;
using Rampart.Core.Geo;
using Rampart.Core.Tracking.Files;
using Rampart.Core.Tracking.Metrics;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart track</c>: the 2-D tracker alone on a user's detections file, writing
/// <c>tracks.csv</c> and, given truth, <c>metrics.json</c> (GOSPA, OSPA, timing).
/// </summary>
internal static class TrackCommand
{
    public const string Usage =
        "rampart track --detections D.csv [--truth T.csv] --out DIR [--process-noise Q] [--measurement-sigma S] [--pd P] "
        + "[--clutter-density L] [--confirm M/N] [--delete-after K] [--gospa-c C] [--gospa-p P] [--format table|json] [--overwrite]";

    private static readonly string[] OutputFiles = ["tracks.csv", "metrics.json"];

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = CommandLine.Parse(
            "track",
            args,
            new HashSet<string> { "--detections", "--truth", "--out", "--process-noise", "--measurement-sigma", "--pd", "--clutter-density", "--confirm", "--delete-after", "--gospa-c", "--gospa-p", "--format" },
            new HashSet<string> { "--overwrite" });
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart track: unexpected argument '{line.Positional[0]}'; usage: {Usage}");
        }

        string detectionsPath = line.Get("--detections") ?? throw new UsageException($"rampart track: expected --detections FILE, found nothing; usage: {Usage}");
        string outPath = line.Get("--out") ?? throw new UsageException($"rampart track: expected --out DIR, found nothing; usage: {Usage}");
        string? truthPath = line.Get("--truth");
        string format = line.GetChoice("--format", "table", "table", "json");
        double gospaC = Number(line, "--gospa-c", 500, v => v > 0, "a positive distance in metres");
        double gospaP = Number(line, "--gospa-p", 1, v => v >= 1, "a number ≥ 1");

        IReadOnlyList<PlanarScan> scans = Read(detectionsPath, PlanarCsv.ReadDetections);
        IReadOnlyList<TruthScan>? truth = truthPath is null ? null : Read(truthPath, PlanarCsv.ReadTruth);
        PlanarTrackerSettings settings = Settings(line, scans);
        var output = OutputDirectory.Open(outPath, OutputFiles, line.Has("--overwrite"), "track");

        // Scan times: every detection time, and every truth time (a scan without detections).
        double[] times = [.. scans.Select(s => s.TimeS).Concat(truth?.Select(t => t.TimeS) ?? []).Distinct().Order()];
        var detectionsAt = scans.ToDictionary(s => s.TimeS, s => s.Detections);
        var tracker = new PlanarTracker(settings);
        var tracks = new List<PlanarTrack>();
        var scanStart = new int[times.Length + 1];

        // The tracking loop, and only it, is timed: files and metrics are outside (a standalone
        // command may read the wall clock; the simulation never does).
        var stopwatch = Stopwatch.StartNew();
        for (int k = 0; k < times.Length; k++)
        {
            tracker.ProcessScan(times[k], detectionsAt.TryGetValue(times[k], out var d) ? d : []);
            tracker.GetTracks(tracks);
            scanStart[k + 1] = tracks.Count;
        }

        stopwatch.Stop();
        double trackingSeconds = stopwatch.Elapsed.TotalSeconds;

        using (var stream = output.CreateTemporary("tracks.csv"))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            WriteTracks(writer, tracks);
        }

        string? metricsJson = null;
        if (truth is not null)
        {
            metricsJson = MetricsJson(times, scanStart, tracks, truth, gospaC, gospaP, trackingSeconds, settings);
            using var stream = output.CreateTemporary("metrics.json");
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(metricsJson);
            writer.Write('\n');
        }

        output.CommitAll();
        int trackIds = tracks.Select(t => t.Id).Distinct().Count();
        if (format == "json")
        {
            stdout.WriteLine(metricsJson ?? SummaryJson(times.Length, trackIds, trackingSeconds));
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"{detectionsPath}: {times.Length} scans, {scans.Sum(s => s.Detections.Length)} detections"));
            stdout.WriteLine(string.Create(c, $"confirmed tracks  {trackIds}"));
            stdout.WriteLine(string.Create(c, $"tracking          {trackingSeconds:0.000000} s ({1000 * trackingSeconds / Math.Max(1, times.Length):0.000} ms per scan)"));
            if (metricsJson is not null)
            {
                using var doc = JsonDocument.Parse(metricsJson);
                stdout.WriteLine(string.Create(c, $"GOSPA mean        {doc.RootElement.GetProperty("gospa_mean").GetDouble():0.###} (c = {gospaC:R} m, p = {gospaP:R})"));
                stdout.WriteLine(string.Create(c, $"OSPA mean         {doc.RootElement.GetProperty("ospa_mean").GetDouble():0.###} m"));
            }

            stdout.WriteLine($"wrote {Path.Combine(output.FullPath, "tracks.csv")}" + (metricsJson is null ? "" : " and metrics.json"));
        }

        return 0;
    }

    private static T Read<T>(string path, Func<TextReader, string, T> read)
    {
        using var reader = File.OpenText(path);
        try
        {
            return read(reader, path);
        }
        catch (TrackFileException e)
        {
            // Bad input, reported like any other: one line with file, line and column, exit 2.
            throw new UsageException(e.Message, e);
        }
    }

    /// <summary>
    /// The tracker settings from the options. Without <c>--clutter-density</c>, λ is estimated as
    /// the mean detections per scan over the area of the detections' bounding box — every
    /// detection counted as clutter, so an upper bound, which errs towards leaving a doubtful
    /// measurement to initiation rather than to a track.
    /// </summary>
    private static PlanarTrackerSettings Settings(CommandLine line, IReadOnlyList<PlanarScan> scans)
    {
        var d = new PlanarTrackerSettings();
        (int m, int n) = Confirm(line, d);
        double clutter = line.Has("--clutter-density")
            ? Number(line, "--clutter-density", 0, v => v > 0, "a positive density (false detections per m² per scan)")
            : EstimatedClutterDensity(scans, d.ClutterDensity);
        return d with
        {
            ProcessNoise = Number(line, "--process-noise", d.ProcessNoise, v => v >= 0, "a process noise intensity ≥ 0 (m²/s³)"),
            MeasurementSigmaM = Number(line, "--measurement-sigma", d.MeasurementSigmaM, v => v > 0, "a positive sigma in metres"),
            DetectionProbability = Number(line, "--pd", d.DetectionProbability, v => v > 0 && v <= 1, "a probability in (0, 1]"),
            ClutterDensity = clutter,
            ConfirmM = m,
            ConfirmN = n,
            DeleteAfterMisses = (int)Number(line, "--delete-after", d.DeleteAfterMisses, v => v >= 1 && v == Math.Floor(v) && v <= 1000, "a whole number of scans ≥ 1"),
        };
    }

    private static double EstimatedClutterDensity(IReadOnlyList<PlanarScan> scans, double fallback)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        long count = 0;
        foreach (var s in scans)
        {
            foreach (var p in s.Detections)
            {
                minX = Math.Min(minX, p.XM);
                maxX = Math.Max(maxX, p.XM);
                minY = Math.Min(minY, p.YM);
                maxY = Math.Max(maxY, p.YM);
                count++;
            }
        }

        double area = (maxX - minX) * (maxY - minY);
        return count > 0 && area > 0 ? count / (double)scans.Count / area : fallback;
    }

    private static (int M, int N) Confirm(CommandLine line, PlanarTrackerSettings d)
    {
        string? text = line.Get("--confirm");
        if (text is null)
        {
            return (d.ConfirmM, d.ConfirmN);
        }

        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && m >= 1 && n >= m)
        {
            return (m, n);
        }

        throw new UsageException($"rampart track: option --confirm expects M/N with 1 ≤ M ≤ N (e.g. 2/3), found '{text}'");
    }

    private static double Number(CommandLine line, string name, double fallback, Func<double, bool> valid, string expected)
    {
        string? text = line.Get(name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && valid(v)
            ? v
            : throw new UsageException($"rampart track: option {name} expects {expected}, found '{text}'");
    }

    private static void WriteTracks(TextWriter writer, List<PlanarTrack> tracks)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write("time_s,track_id,x_m,y_m,vx_mps,vy_mps\n");
        foreach (var t in tracks)
        {
            writer.Write(string.Create(c, $"{t.TimeS:R},{t.Id},{t.XM:R},{t.YM:R},{t.VxMps:R},{t.VyMps:R}\n"));
        }
    }

    /// <summary>metrics.json: GOSPA (mean, per scan, split), OSPA, and the tracking time.</summary>
    private static string MetricsJson(
        double[] times, int[] scanStart, List<PlanarTrack> tracks, IReadOnlyList<TruthScan> truth, double c, double p, double trackingSeconds, PlanarTrackerSettings settings)
    {
        var truthAt = truth.ToDictionary(t => t.TimeS, t => t.Targets);
        var gospa = new Gospa(c, p);
        var ospa = new Ospa(c, p);
        var perScan = new GospaResult[times.Length];
        var ospaPerScan = new double[times.Length];
        var truthPoints = new List<Vec3>();
        var estimates = new List<Vec3>();
        for (int k = 0; k < times.Length; k++)
        {
            truthPoints.Clear();
            estimates.Clear();
            if (truthAt.TryGetValue(times[k], out var targets))
            {
                truthPoints.AddRange(targets.Select(t => new Vec3(t.XM, t.YM, 0)));
            }

            for (int i = scanStart[k]; i < scanStart[k + 1]; i++)
            {
                estimates.Add(new Vec3(tracks[i].XM, tracks[i].YM, 0));
            }

            perScan[k] = gospa.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(truthPoints), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(estimates));
            ospaPerScan[k] = ospa.Compute(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(truthPoints), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(estimates));
        }

        int count = Math.Max(1, times.Length);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("gospa_mean", perScan.Sum(g => g.Distance) / count);
            json.WriteNumber("gospa_localisation_mean", perScan.Sum(g => g.Localisation) / count);
            json.WriteNumber("gospa_missed_mean", perScan.Sum(g => g.Missed) / count);
            json.WriteNumber("gospa_false_mean", perScan.Sum(g => g.False) / count);
            json.WriteNumber("gospa_c", c);
            json.WriteNumber("gospa_p", p);
            json.WriteNumber("ospa_mean", ospaPerScan.Sum() / count);
            json.WriteNumber("tracking_seconds", trackingSeconds);
            json.WriteNumber("ms_per_scan", 1000 * trackingSeconds / count);
            json.WriteNumber("scans", times.Length);
            json.WriteNumber("clutter_density", settings.ClutterDensity);
            json.WriteStartArray("gospa_per_scan");
            for (int k = 0; k < times.Length; k++)
            {
                json.WriteStartObject();
                json.WriteNumber("time_s", times[k]);
                json.WriteNumber("gospa", perScan[k].Distance);
                json.WriteNumber("localisation", perScan[k].Localisation);
                json.WriteNumber("missed", perScan[k].Missed);
                json.WriteNumber("false", perScan[k].False);
                json.WriteNumber("missed_count", perScan[k].MissedCount);
                json.WriteNumber("false_count", perScan[k].FalseCount);
                json.WriteNumber("ospa", ospaPerScan[k]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string SummaryJson(int scans, int trackIds, double trackingSeconds)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("scans", scans);
            json.WriteNumber("confirmed_track_ids", trackIds);
            json.WriteNumber("tracking_seconds", trackingSeconds);
            json.WriteNumber("ms_per_scan", 1000 * trackingSeconds / Math.Max(1, scans));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
