using Rampart.Analysis.Export;
using Rampart.Analysis.Plots;
using Rampart.Analysis.Recording;
using Rampart.Cli.Output;
using Rampart.Core.Events;
using Rampart.Core.Simulation;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite] [--metrics
/// [--gospa-c C] [--gospa-p P] [--association-gate G]]</c>.
/// </summary>
internal static class RunCommand
{
    public const string Usage = "rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite] [--metrics [--gospa-c C] [--gospa-p P] [--association-gate G]]";

    /// <summary>
    /// Default GOSPA cut-off for scoring the command post's picture, m. Assumed: 5 km — above the
    /// cross-range error of a search radar at long range (300 km × 1° ≈ 5 km, so a held track far
    /// out still counts as localised rather than as missed plus false) and below the spacing at
    /// which two threats of a raid are different aircraft rather than one formation.
    /// </summary>
    public const double DefaultGospaCutoffM = 5_000;

    private static readonly string[] OutputFiles =
        ["events.jsonl", "summary.json", "run.sqlite", "run.czml", "run.kml", "map.png", "altitude.png", "timeline.png"];

    /// <summary>Simulated time between recorded samples of threat and interceptor positions and tracks, s.</summary>
    private const double RecordIntervalS = 1.0;

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse("run", args, new HashSet<string> { "--seed", "--out", "--format", "--gospa-c", "--gospa-p", "--association-gate" }, new HashSet<string> { "--overwrite", "--metrics" });
        string scenarioArg = line.SinglePositional("a scenario file (" + Usage + ")");
        string format = line.GetChoice("--format", "table", "table", "json");
        ulong? seedOption = line.GetUInt64("--seed");
        string? outDir = line.Get("--out");
        TrackScoringSettings? scoring = ScoringSettings(line);

        var scenario = ScenarioFiles.Load(scenarioArg, "run");
        ulong seed = seedOption ?? scenario.Seed;
        var stamp = new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, seed);

        // The output folder is checked before anything is announced, so a refusal is the only message.
        string[] outputFiles = scoring is null ? OutputFiles : [.. OutputFiles, "metrics.csv"];
        var output = outDir is null ? null : OutputDirectory.Open(outDir, outputFiles, line.Has("--overwrite"), "run");
        stderr.WriteLine($"rampart: running '{scenario.Name}' ({scenario.Threats.Sum(t => t.Count)} threats, {scenario.DurationS:0} s simulated, seed {seed})");

        var log = new EventLog();
        JsonlEventSink? events = null;
        SqliteRunRecorder? sqlite = null;
        RunRecording? recording = null;
        IRunRecorder? recorder = null;
        if (output is not null)
        {
            events = new JsonlEventSink(output.CreateTemporary("events.jsonl"), stamp, scenario.Name);
            log.AddSink(events);
            // run.sqlite is written in place, not under a temporary name: a run killed midway
            // leaves it readable with everything committed so far.
            sqlite = new SqliteRunRecorder(Path.Combine(output.FullPath, "run.sqlite"), stamp, scenario.Name, scenario.StartUtc, RecordIntervalS);
            recording = new RunRecording(RecordIntervalS);
            log.AddSink(sqlite);
            log.AddSink(recording);
            recorder = new CompositeRunRecorder(sqlite, recording);
        }

        // Scoring reads truth; it is a recorder, i.e. output: the model never sees it.
        TrackScoringRecorder? metrics = scoring is null
            ? null
            : new TrackScoringRecorder([.. scenario.Batteries.Select(b => b.CommandPost.Name)], scoring, RecordIntervalS);
        if (metrics is not null)
        {
            recorder = recorder is null ? metrics : new CompositeRunRecorder(recorder, metrics);
        }

        RunResult result;
        try
        {
            result = new Engine(scenario, seed, replication: 0, log, recorder).Run();
        }
        finally
        {
            events?.Dispose();
            sqlite?.Dispose();
        }

        if (output is not null)
        {
            using (var summary = output.CreateTemporary("summary.json"))
            {
                RunSummaryJson.Write(summary, result, stamp, metrics: metrics);
                summary.WriteByte((byte)'\n');
            }

            using (var czml = output.CreateTemporary("run.czml"))
            {
                CzmlWriter.Write(czml, scenario, recording!, stamp);
            }

            using (var kml = output.CreateTemporary("run.kml"))
            {
                KmlWriter.Write(kml, scenario, recording!, stamp);
            }

            using (var map = output.CreateTemporary("map.png"))
            {
                MapPlot.Write(map, scenario, recording!, stamp);
            }

            using (var altitude = output.CreateTemporary("altitude.png"))
            {
                AltitudePlot.Write(altitude, scenario, recording!, stamp);
            }

            using (var timeline = output.CreateTemporary("timeline.png"))
            {
                TimelinePlot.Write(timeline, scenario, recording!, stamp);
            }

            if (metrics is not null)
            {
                using var csv = output.CreateTemporary("metrics.csv");
                WriteMetricsCsv(csv, metrics);
            }

            output.CommitAll();
            stderr.WriteLine($"rampart: wrote {string.Join(", ", outputFiles)} to {output.FullPath}");
        }

        if (format == "json")
        {
            using var stdoutStream = new MemoryStream();
            RunSummaryJson.Write(stdoutStream, result, stamp, metrics: metrics);
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stdoutStream.ToArray()));
        }
        else
        {
            SummaryTable.Write(stdout, result, scenario);
            if (metrics is not null)
            {
                TrackMetricsTable.Write(stdout, metrics);
            }
        }

        return 0;
    }

    /// <summary>
    /// metrics.csv: the scores over time, one row per command post per sample:
    /// <c>time_s,command_post,gospa,localisation,missed,false,ospa,truths,truths_tracked,tracks,tracks_associated</c>
    /// (GOSPA parts in the p-th power, as in the JSON).
    /// </summary>
    private static void WriteMetricsCsv(Stream stream, TrackScoringRecorder metrics)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write("time_s,command_post,gospa,localisation,missed,false,ospa,truths,truths_tracked,tracks,tracks_associated\n");
        foreach (string name in metrics.CommandPosts)
        {
            foreach (var s in metrics.For(name).Steps)
            {
                // Command-post names are free text: quote one that holds a comma or a quote.
                string field = name.Contains(',', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal) ? "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : name;
                writer.Write(string.Create(c, $"{s.TimeS:R},{field},{s.Gospa.Distance:R},{s.Gospa.Localisation:R},{s.Gospa.Missed:R},{s.Gospa.False:R},{s.Ospa:R},{s.Truths},{s.TruthsTracked},{s.Tracks},{s.TracksAssociated}\n"));
            }
        }
    }

    /// <summary>The scoring settings with <c>--metrics</c>, else null (and then the scoring options are refused).</summary>
    private static TrackScoringSettings? ScoringSettings(CommandLine line)
    {
        if (!line.Has("--metrics"))
        {
            foreach (string option in new[] { "--gospa-c", "--gospa-p", "--association-gate" })
            {
                if (line.Get(option) is not null)
                {
                    throw new UsageException($"rampart run: option {option} needs --metrics; usage: {Usage}");
                }
            }

            return null;
        }

        double c = line.Get("--gospa-c") is string cText ? CliQuantity.PositiveLength(line, "--gospa-c", cText) : DefaultGospaCutoffM;
        double p = line.Get("--gospa-p") is string pText ? CliQuantity.AtLeastOne(line, "--gospa-p", pText) : 1.0;
        double gate = line.Get("--association-gate") is string gText ? CliQuantity.PositiveLength(line, "--association-gate", gText) : c;
        return new TrackScoringSettings(c, p, gate);
    }
}
