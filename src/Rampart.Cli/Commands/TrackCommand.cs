using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Rampart.Cli.Output;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking.Files;
using Rampart.Core.Tracking.Metrics;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart track</c>: a tracker alone on a user's detections file, writing <c>tracks.csv</c>
/// and, given truth, <c>metrics.json</c> (GOSPA, OSPA, track-to-truth association measures,
/// timing). Cartesian detections <c>time_s,x_m,y_m</c> go to the 2-D tracker; polar detections
/// <c>time_s,sensor,range_m,azimuth_deg,elevation_deg</c> (recognised by their header row) with
/// <c>--sensors SITES.yaml</c> go to the command post's 3-D tracker in the ENU frame at the
/// sensors file's origin.
/// </summary>
internal static partial class TrackCommand
{
    public const string Usage =
        "rampart track --detections D.csv [--sensors SITES.yaml] [--truth T.csv] --out DIR [--process-noise Q] [--measurement-sigma S] [--pd P] "
        + "[--clutter-density L] [--confirm M/N] [--delete-after K] [--gospa-c C] [--gospa-p P] [--association-gate G] [--conversion standard|debiased] [--format table|json] [--overwrite]";

    private static readonly string[] OutputFiles = ["tracks.csv", "metrics.json"];

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = CommandLine.Parse(
            "track",
            args,
            new HashSet<string> { "--detections", "--sensors", "--truth", "--out", "--process-noise", "--measurement-sigma", "--pd", "--clutter-density", "--confirm", "--delete-after", "--gospa-c", "--gospa-p", "--association-gate", "--conversion", "--format" },
            new HashSet<string> { "--overwrite" });
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart track: unexpected argument '{line.Positional[0]}'; usage: {Usage}");
        }

        string detectionsPath = line.Get("--detections") ?? throw new UsageException($"rampart track: expected --detections FILE, found nothing; usage: {Usage}");
        string outPath = line.Get("--out") ?? throw new UsageException($"rampart track: expected --out DIR, found nothing; usage: {Usage}");
        string? truthPath = line.Get("--truth");
        string format = line.GetChoice("--format", "table", "table", "json");
        double gospaC = line.Get("--gospa-c") is string cText ? CliQuantity.PositiveLength(line, "--gospa-c", cText) : 500;
        double gospaP = Number(line, "--gospa-p", 1, v => v >= 1, "a number ≥ 1");
        double gate = line.Get("--association-gate") is string gText ? CliQuantity.PositiveLength(line, "--association-gate", gText) : gospaC;
        var scoring = new TrackScoringSettings(gospaC, gospaP, gate);

        // The header row says which tracker: a second column named 'sensor' is polar input.
        bool polar = PolarCsv.IsPolarHeader(FirstLine(detectionsPath));
        string? sensorsPath = line.Get("--sensors");
        if (polar)
        {
            if (sensorsPath is null)
            {
                throw new UsageException($"rampart track: polar detections ({string.Join(',', PolarCsv.DetectionColumns)}) need --sensors SITES.yaml; usage: {Usage}");
            }

            foreach (string option in new[] { "--measurement-sigma", "--pd", "--clutter-density" })
            {
                if (line.Get(option) is not null)
                {
                    throw new UsageException($"rampart track: option {option} applies to Cartesian detections only (polar ones take their sigmas from the sensors file)");
                }
            }
        }
        else if (line.Get("--conversion") is not null)
        {
            throw new UsageException($"rampart track: option --conversion applies to polar detections only ({string.Join(',', PolarCsv.DetectionColumns)}), but {detectionsPath} has another header row");
        }
        else if (sensorsPath is not null)
        {
            throw new UsageException($"rampart track: option --sensors applies to polar detections only ({string.Join(',', PolarCsv.DetectionColumns)}), but {detectionsPath} has another header row");
        }

        TrackingSensors? sensors = sensorsPath is null ? null : TrackingSensorsFile.Load(sensorsPath);
        IReadOnlyList<TruthScan>? truth = truthPath is null ? null : Read(truthPath, PlanarCsv.ReadTruth);
        // The output folder is checked once the inputs are read, before the tracking loop.
        OutputDirectory? opened = null;
        void OpenOutput() => opened = OutputDirectory.Open(outPath, OutputFiles, line.Has("--overwrite"), "track");
        TrackingRun run = sensors is null
            ? RunPlanar(line, detectionsPath, truth, OpenOutput)
            : RunPolar(line, detectionsPath, sensors, truth, OpenOutput);
        OutputDirectory output = opened ?? throw new InvalidOperationException("The output folder was not opened.");

        using (var stream = output.CreateTemporary("tracks.csv"))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(run.TracksCsv);
        }

        string? metricsJson = null;
        TrackScore? score = null;
        if (truth is not null)
        {
            var scorer = new TrackScoring(scoring);
            ScoreSteps(scorer, run, truth);
            score = scorer.Result();
            metricsJson = MetricsJson(scorer, score, run);
            using var stream = output.CreateTemporary("metrics.json");
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(metricsJson);
            writer.Write('\n');
        }

        output.CommitAll();
        int count = run.Times.Length;
        if (format == "json")
        {
            stdout.WriteLine(metricsJson ?? SummaryJson(count, run.TrackIds, run.TrackingSeconds));
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"{detectionsPath}: {count} scans, {run.Detections} detections ({(polar ? "polar, 3-D tracker" : "Cartesian, 2-D tracker")})"));
            stdout.WriteLine(string.Create(c, $"confirmed tracks  {run.TrackIds}"));
            stdout.WriteLine(string.Create(c, $"tracking          {run.TrackingSeconds:0.000000} s ({1000 * run.TrackingSeconds / Math.Max(1, count):0.000} ms per scan)"));
            if (score is not null)
            {
                stdout.WriteLine(string.Create(c, $"GOSPA mean        {score.GospaMean:0.###} (c = {gospaC:R} m, p = {gospaP:R}; localisation {score.GospaLocalisationMean:0.#}, missed {score.GospaMissedMean:0.#}, false {score.GospaFalseMean:0.#})"));
                stdout.WriteLine(string.Create(c, $"OSPA mean         {score.OspaMean:0.###} m"));
                stdout.WriteLine(string.Create(c, $"completeness      {score.Completeness:0.000}   ambiguity {score.Ambiguity:0.000}   spuriousness {score.Spuriousness:0.000} (gate {gate:R} m)"));
                stdout.WriteLine(string.Create(c, $"track breaks      {score.TrackBreaks}   longest segment {score.LongestTrackSegment:0.000}"));
                if (score.NeesMean is double nees)
                {
                    stdout.WriteLine(string.Create(c, $"position NEES     {nees:0.00} (3 for a consistent filter; {score.NeesSamples} samples)"));
                }
            }

            stdout.WriteLine($"wrote {Path.Combine(output.FullPath, "tracks.csv")}" + (metricsJson is null ? "" : " and metrics.json"));
        }

        return 0;
    }

    /// <summary>
    /// What a tracking run produced: the scan times, the confirmed tracks at each (rows
    /// <c>ScanStart[k]</c> to <c>ScanStart[k + 1]</c> of <c>Estimates</c>, in the scoring frame),
    /// tracks.csv's text, and the timing.
    /// </summary>
    private sealed record TrackingRun(
        bool Planar, double[] Times, int[] ScanStart, List<TrackEstimate> Estimates, string TracksCsv, int TrackIds, long Detections, double TrackingSeconds, double? ClutterDensity);

    private static TrackingRun RunPlanar(CommandLine line, string detectionsPath, IReadOnlyList<TruthScan>? truth, Action inputsRead)
    {
        IReadOnlyList<PlanarScan> scans = Read(detectionsPath, PlanarCsv.ReadDetections);
        PlanarTrackerSettings settings = Settings(line, scans);
        inputsRead();

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

        var c = CultureInfo.InvariantCulture;
        var csv = new StringBuilder("time_s,track_id,x_m,y_m,vx_mps,vy_mps\n");
        foreach (var t in tracks)
        {
            csv.Append(c, $"{t.TimeS:R},{t.Id},{t.XM:R},{t.YM:R},{t.VxMps:R},{t.VyMps:R}\n");
        }

        // 2-D scoring: tracks and truth in the plane (a truth file's z_m is not used).
        List<TrackEstimate> estimates = [.. tracks.Select(t => new TrackEstimate(t.Id, new Vec3(t.XM, t.YM, 0)))];
        return new TrackingRun(Planar: true, times, scanStart, estimates, csv.ToString(), tracks.Select(t => t.Id).Distinct().Count(),
            scans.Sum(s => (long)s.Detections.Length), stopwatch.Elapsed.TotalSeconds, settings.ClutterDensity);
    }

    /// <summary>Feeds every scan time to the scorer: truth ids numbered in order of first appearance; 2-D runs score in the plane.</summary>
    private static void ScoreSteps(TrackScoring scorer, TrackingRun run, IReadOnlyList<TruthScan> truth)
    {
        bool planar = run.Planar;
        var truthAt = truth.ToDictionary(t => t.TimeS, t => t.Targets);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var truths = new List<TruthState>();
        for (int k = 0; k < run.Times.Length; k++)
        {
            truths.Clear();
            if (truthAt.TryGetValue(run.Times[k], out var targets))
            {
                foreach (var t in targets)
                {
                    if (!ids.TryGetValue(t.TruthId, out int id))
                    {
                        ids[t.TruthId] = id = ids.Count + 1;
                    }

                    truths.Add(new TruthState(id, new Vec3(t.XM, t.YM, planar ? 0 : t.ZM)));
                }
            }

            scorer.AddStep(run.Times[k], CollectionsMarshal.AsSpan(truths), CollectionsMarshal.AsSpan(run.Estimates)[run.ScanStart[k]..run.ScanStart[k + 1]]);
        }
    }

    private static string? FirstLine(string path)
    {
        using var reader = File.OpenText(path);
        return reader.ReadLine();
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
        (int m, int n) = Confirm(line, d.ConfirmM, d.ConfirmN);
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

    private static (int M, int N) Confirm(CommandLine line, int defaultM, int defaultN)
    {
        string? text = line.Get("--confirm");
        if (text is null)
        {
            return (defaultM, defaultN);
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

    /// <summary>
    /// metrics.json: GOSPA (mean, split), OSPA, the association measures
    /// (<see cref="TrackScoreJson"/>), the tracking time, and per scan GOSPA, OSPA and the counts.
    /// </summary>
    private static string MetricsJson(TrackScoring scorer, TrackScore score, TrackingRun run)
    {
        int count = Math.Max(1, run.Times.Length);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            TrackScoreJson.WriteProperties(json, score, scorer.Settings);
            json.WriteNumber("tracking_seconds", run.TrackingSeconds);
            json.WriteNumber("ms_per_scan", 1000 * run.TrackingSeconds / count);
            json.WriteNumber("scans", run.Times.Length);
            if (run.ClutterDensity is double clutter)
            {
                json.WriteNumber("clutter_density", clutter);
            }

            json.WriteStartArray("gospa_per_scan");
            foreach (var s in scorer.Steps)
            {
                json.WriteStartObject();
                json.WriteNumber("time_s", s.TimeS);
                json.WriteNumber("gospa", s.Gospa.Distance);
                json.WriteNumber("localisation", s.Gospa.Localisation);
                json.WriteNumber("missed", s.Gospa.Missed);
                json.WriteNumber("false", s.Gospa.False);
                json.WriteNumber("missed_count", s.Gospa.MissedCount);
                json.WriteNumber("false_count", s.Gospa.FalseCount);
                json.WriteNumber("ospa", s.Ospa);
                json.WriteNumber("truths", s.Truths);
                json.WriteNumber("truths_tracked", s.TruthsTracked);
                json.WriteNumber("tracks", s.Tracks);
                json.WriteNumber("tracks_associated", s.TracksAssociated);
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
