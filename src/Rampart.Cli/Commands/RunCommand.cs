using Rampart.Cli.Output;
using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Cli.Commands;

/// <summary><c>rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]</c>.</summary>
internal static class RunCommand
{
    public const string Usage = "rampart run SCENARIO [--seed N] [--out DIR] [--format table|json] [--overwrite]";

    private static readonly string[] OutputFiles = ["events.jsonl", "summary.json"];

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
        if (output is not null)
        {
            events = new JsonlEventSink(output.CreateTemporary("events.jsonl"), stamp, scenario.Name);
            log.AddSink(events);
        }

        RunResult result;
        try
        {
            result = new Engine(scenario, seed, replication: 0, log).Run();
        }
        finally
        {
            events?.Dispose();
        }

        if (output is not null)
        {
            using (var summary = output.CreateTemporary("summary.json"))
            {
                RunSummaryJson.Write(summary, result, stamp);
                summary.WriteByte((byte)'\n');
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
