using System.Globalization;
using System.Text.Json;
using Rampart.Analysis.MonteCarlo;
using Rampart.Analysis.Statistics;
using Spectre.Console;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart compare A.yaml B.yaml -n N [--seed S] [--threads T] [--format table|json]</c>: both
/// scenarios on the same replication seeds (common random numbers), and the paired differences
/// B − A in leakers, interceptors spent, threats destroyed and leak indicator with their 95 %
/// intervals.
/// </summary>
internal static class CompareCommand
{
    public const string Usage = "rampart compare A.yaml B.yaml -n N [--seed S] [--threads T] [--format table|json]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var normalised = args.Select(a => a == "-n" ? "--replications" : a).ToList();
        var line = CommandLine.Parse("compare", normalised, new HashSet<string> { "--replications", "--seed", "--threads", "--format" }, new HashSet<string>());
        if (line.Positional.Count != 2)
        {
            throw new UsageException($"rampart compare: expected two scenario files ({Usage}), found {line.Positional.Count} argument(s)");
        }

        int n = (int)Math.Min(int.MaxValue, line.GetUInt64("--replications") ?? throw new UsageException("rampart compare: expected -n N (replications), found none"));
        if (n < 2)
        {
            throw new UsageException("rampart compare: -n expects at least 2 replications (for an interval), found " + n.ToString(CultureInfo.InvariantCulture));
        }

        int threads = (int)Math.Clamp(line.GetUInt64("--threads") ?? (ulong)Environment.ProcessorCount, 1, 1024);
        string format = line.GetChoice("--format", "table", "table", "json");
        var a = ScenarioFiles.Load(line.Positional[0], "compare");
        var b = ScenarioFiles.Load(line.Positional[1], "compare");
        ulong seed = line.GetUInt64("--seed") ?? a.Seed;
        var replications = Enumerable.Range(0, n).ToList();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rampart: compare '{a.Name}' and '{b.Name}', {n} replications each on common seeds (root {seed}), {threads} threads"));
        var ra = MonteCarloRunner.Run(a, seed, replications, threads);
        var rb = MonteCarloRunner.Run(b, seed, replications, threads);

        var rows = new (string Name, PairedInterval Interval)[]
        {
            ("leakers", PairedDifference.Of([.. ra.Select(r => (double)r.Leakers)], [.. rb.Select(r => (double)r.Leakers)])),
            ("interceptors", PairedDifference.Of([.. ra.Select(r => (double)r.InterceptorsTotal)], [.. rb.Select(r => (double)r.InterceptorsTotal)])),
            ("destroyed", PairedDifference.Of([.. ra.Select(r => (double)r.Kills)], [.. rb.Select(r => (double)r.Kills)])),
            ("leak_probability", PairedDifference.Of([.. ra.Select(r => r.Leakers > 0 ? 1.0 : 0.0)], [.. rb.Select(r => r.Leakers > 0 ? 1.0 : 0.0)])),
        };

        if (format == "json")
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteString("scenario_a", a.Name);
                w.WriteString("scenario_b", b.Name);
                w.WriteString("scenario_a_sha256", a.ContentHash);
                w.WriteString("scenario_b_sha256", b.ContentHash);
                w.WriteNumber("replications", n);
                w.WriteNumber("seed", seed);
                foreach (var (name, iv) in rows)
                {
                    w.WriteStartObject(name);
                    w.WriteNumber("a_mean", iv.MeanA);
                    w.WriteNumber("b_mean", iv.MeanB);
                    w.WriteStartObject("difference");
                    w.WriteNumber("mean", iv.Difference);
                    w.WriteNumber("ci95_low", iv.Ci95Low);
                    w.WriteNumber("ci95_high", iv.Ci95High);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            return 0;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Interactive = InteractionSupport.No });
        var table = new Table().Title($"[bold]{Markup.Escape(b.Name)} − {Markup.Escape(a.Name)}[/] — {n} paired replications, seed {seed}")
            .AddColumn("per replication").AddColumn(new TableColumn("A").RightAligned()).AddColumn(new TableColumn("B").RightAligned())
            .AddColumn(new TableColumn("B − A").RightAligned()).AddColumn(new TableColumn("95 % interval of B − A").RightAligned());
        foreach (var (name, iv) in rows)
        {
            table.AddRow(name, F(iv.MeanA), F(iv.MeanB), F(iv.Difference), Markup.Escape($"[{F(iv.Ci95Low)}, {F(iv.Ci95High)}]"));
        }

        console.Write(table);
        return 0;
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
