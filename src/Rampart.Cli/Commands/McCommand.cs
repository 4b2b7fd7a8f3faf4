using System.Diagnostics;
using System.Globalization;
using Rampart.Analysis.MonteCarlo;
using Rampart.Analysis.Plots;
using Rampart.Cli.Output;
using Rampart.Core.Events;
using Spectre.Console;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart mc SCENARIO -n N [--seed S] [--threads T] [--shard K/M] [--out DIR] [--format table|json] [--until-ci-width W]</c>:
/// a Monte Carlo study. Only the result goes to stdout; the progress bar goes to stderr.
/// </summary>
internal static class McCommand
{
    public const string Usage = "rampart mc SCENARIO -n N [--seed S] [--threads T] [--shard K/M] [--out DIR] [--format table|json] [--until-ci-width W] [--overwrite]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        // -n is the one short option; it is the same as --replications.
        var normalised = args.Select(a => a == "-n" ? "--replications" : a).ToList();
        var line = CommandLine.Parse("mc", normalised,
            new HashSet<string> { "--replications", "--seed", "--threads", "--shard", "--out", "--format", "--until-ci-width" },
            new HashSet<string> { "--overwrite" });
        string scenarioArg = line.SinglePositional("a scenario file (" + Usage + ")");
        int n = (int)Math.Min(int.MaxValue, line.GetUInt64("--replications")
            ?? throw new UsageException("rampart mc: expected -n N (the number of replications), found none"));
        if (n < 1)
        {
            throw new UsageException("rampart mc: -n expects at least 1 replication, found 0");
        }

        int threads = (int)Math.Min(1024, line.GetUInt64("--threads") ?? (ulong)Environment.ProcessorCount);
        if (threads < 1)
        {
            throw new UsageException("rampart mc: --threads expects at least 1, found 0");
        }

        string format = line.GetChoice("--format", "table", "table", "json");
        var (shard, shards) = ParseShard(line.Get("--shard"));
        double? ciWidth = ParseWidth(line.Get("--until-ci-width"));
        if (ciWidth is not null && shards > 1)
        {
            throw new UsageException("rampart mc: --until-ci-width cannot be combined with --shard (the stopping point needs every replication); run it unsharded");
        }

        string? outDir = line.Get("--out");
        var scenario = ScenarioFiles.Load(scenarioArg, "mc");
        ulong seed = line.GetUInt64("--seed") ?? scenario.Seed;
        var header = StudyHeader.Of(scenario, seed, n);
        string shardFile = FormattableString.Invariant($"replications-{shard}-of-{shards}.jsonl");
        string[] files = shards == 1 ? [shardFile, "mc.json", "leakers.png", "interceptors.png"] : [shardFile];
        var output = outDir is null ? null : OutputDirectory.Open(outDir, files, line.Has("--overwrite"), "mc");

        // Shard K of M runs the replications r with r mod M = K − 1.
        var mine = Enumerable.Range(0, n).Where(r => r % shards == shard - 1).ToList();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rampart: mc '{scenario.Name}', {(ciWidth is null ? mine.Count.ToString(CultureInfo.InvariantCulture) : "up to " + n.ToString(CultureInfo.InvariantCulture))} replications{(shards > 1 ? $" (shard {shard}/{shards})" : "")}, seed {seed}, {threads} threads"));

        var clock = Stopwatch.StartNew();
        ReplicationRecord[] records = WithProgress(stderr, ciWidth is null ? mine.Count : n, tick =>
            ciWidth is double w
                ? MonteCarloRunner.RunUntilCiWidth(scenario, seed, n, w, threads, tick)
                : MonteCarloRunner.Run(scenario, seed, mine, threads, tick));
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rampart: {records.Length} replications in {clock.Elapsed.TotalSeconds:0.0} s"));

        var summary = MonteCarloSummary.Compute(header, records);
        string json = MonteCarloJson.ToText(summary, ciWidth);
        if (output is not null)
        {
            using (var jsonl = output.CreateTemporary(shardFile))
            {
                ReplicationJsonl.WriteHeader(jsonl, header, shard, shards);
                foreach (var r in records)
                {
                    ReplicationJsonl.WriteRecord(jsonl, r);
                }
            }

            if (shards == 1)
            {
                using (var mc = output.CreateTemporary("mc.json"))
                {
                    mc.Write(System.Text.Encoding.UTF8.GetBytes(json));
                }

                var stamp = new RunStamp(header.RampartVersion, header.ScenarioHash, seed);
                using (var leakers = output.CreateTemporary("leakers.png"))
                {
                    HistogramPlot.Write(leakers, records.Select(r => r.Leakers).ToList(), "Leakers per replication", "Threats that leaked", stamp);
                }

                using (var spent = output.CreateTemporary("interceptors.png"))
                {
                    HistogramPlot.Write(spent, records.Select(r => r.InterceptorsTotal).ToList(), "Interceptors spent per replication", "Interceptors launched", stamp);
                }
            }

            output.CommitAll();
            stderr.WriteLine($"rampart: wrote {string.Join(", ", files)} to {output.FullPath}");
        }

        WriteResult(stdout, summary, json, format);
        return 0;
    }

    /// <summary>Writes the study's result: the JSON object, or a table.</summary>
    public static void WriteResult(TextWriter stdout, MonteCarloSummary summary, string json, string format)
    {
        if (format == "json")
        {
            stdout.Write(json);
        }
        else
        {
            McTable.Write(stdout, summary);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a Spectre.Console progress bar (with time left) on stderr
    /// when stderr is a terminal; otherwise without one (a redirected log gets the summary lines only).
    /// </summary>
    private static ReplicationRecord[] WithProgress(TextWriter stderr, int total, Func<Action, ReplicationRecord[]> work)
    {
        bool terminal = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!terminal)
        {
            return work(() => { });
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        ReplicationRecord[] result = [];
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("replications", maxValue: total);
                result = work(() => task.Increment(1));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static (int Shard, int Shards) ParseShard(string? text)
    {
        if (text is null)
        {
            return (1, 1);
        }

        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            && m >= 1 && k >= 1 && k <= m)
        {
            return (k, m);
        }

        throw new UsageException($"rampart mc: --shard expects K/M with 1 <= K <= M (e.g. 3/10), found '{text}'");
    }

    private static double? ParseWidth(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double w) && w > 0 && w <= 1
            ? w
            : throw new UsageException($"rampart mc: --until-ci-width expects a width between 0 and 1 (e.g. 0.05), found '{text}'");
    }
}
