using Rampart.Analysis.Export;
using Rampart.Analysis.Plots;
using Rampart.Analysis.Recording;
using Rampart.Cli.Output;
using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]</c>.</summary>
internal static class RunCommand
{
    public const string Usage = "rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]";

    private static readonly string[] OutputFiles =
        ["events.jsonl", "summary.json", "run.sqlite", "run.czml", "run.kml", "map.png", "altitude.png", "timeline.png"];

    /// <summary>Simulated time between recorded samples of threat and interceptor positions and tracks, s.</summary>
    private const double RecordIntervalS = 1.0;

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse("run", args, new HashSet<string> { "--seed", "--out", "--format" }, new HashSet<string> { "--overwrite" });
        string scenarioArg = line.SinglePositional("a scenario file (" + Usage + ")");
        string format = line.GetChoice("--format", "table", "table", "json");
        ulong? seedOption = line.GetUInt64("--seed");
        string? outDir = line.Get("--out");

        var scenario = ScenarioFiles.Load(scenarioArg, "run");
        ulong seed = seedOption ?? scenario.Seed;
        var stamp = new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, seed);

        // The output folder is checked before anything is announced, so a refusal is the only message.
        var output = outDir is null ? null : OutputDirectory.Open(outDir, OutputFiles, line.Has("--overwrite"), "run");
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
                RunSummaryJson.Write(summary, result, stamp);
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

            output.CommitAll();
            stderr.WriteLine($"rampart: wrote {string.Join(", ", OutputFiles)} to {output.FullPath}");
        }

        if (format == "json")
        {
            using var stdoutStream = new MemoryStream();
            RunSummaryJson.Write(stdoutStream, result, stamp);
            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stdoutStream.ToArray()));
        }
        else
        {
            SummaryTable.Write(stdout, result, scenario);
        }

        return 0;
    }
}
