using System.Globalization;
using System.Text.Json;
using Rampart.Analysis.MonteCarlo;
using Rampart.Analysis.Plots;
using Rampart.Analysis.Statistics;
using Rampart.Analysis.Studies;
using Rampart.Cli.Output;
using Rampart.Core.Events;
using Rampart.Core.Scenario;
using Spectre.Console;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart sweep SCENARIO --vary PATH=V1,V2,… -n N [--seed S] [--threads T] [--out DIR] [--format table|json]</c>:
/// a Monte Carlo study at each value of one parameter, every value on the same replication seeds.
/// </summary>
internal static class SweepCommand
{
    public const string Usage = "rampart sweep SCENARIO --vary PATH=V1,V2,... -n N [--seed S] [--threads T] [--out DIR] [--format table|json] [--overwrite]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var normalised = args.Select(a => a == "-n" ? "--replications" : a).ToList();
        var line = CommandLine.Parse("sweep", normalised,
            new HashSet<string> { "--vary", "--replications", "--seed", "--threads", "--out", "--format" }, new HashSet<string> { "--overwrite" });
        string scenarioArg = line.SinglePositional("a scenario file (" + Usage + ")");
        string vary = line.Get("--vary") ?? throw new UsageException($"rampart sweep: expected --vary PATH=V1,V2,… ({Usage}), found none");
        int eq = vary.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == vary.Length - 1)
        {
            throw new UsageException($"rampart sweep: --vary expects PATH=V1,V2,… (e.g. batteries.0.doctrine.salvo_size=1,2), found '{vary}'");
        }

        string path = vary[..eq];
        string[] values = [.. vary[(eq + 1)..].Split(',').Select(v => v.Trim())];
        if (values.Any(v => v.Length == 0))
        {
            throw new UsageException($"rampart sweep: --vary has an empty value in '{vary}'");
        }

        int n = (int)Math.Min(int.MaxValue, line.GetUInt64("--replications") ?? throw new UsageException("rampart sweep: expected -n N (replications per value), found none"));
        if (n < 1)
        {
            throw new UsageException("rampart sweep: -n expects at least 1 replication, found 0");
        }

        int threads = (int)Math.Clamp(line.GetUInt64("--threads") ?? (ulong)Environment.ProcessorCount, 1, 1024);
        string format = line.GetChoice("--format", "table", "table", "json");
        string file = ScenarioFiles.Resolve(scenarioArg, "sweep");
        var baseScenario = ScenarioLoader.Load(file, EquipmentLibrary.LoadDefault());
        ulong seed = line.GetUInt64("--seed") ?? baseScenario.Seed;
        string text = File.ReadAllText(file);
        string? outDir = line.Get("--out");
        var output = outDir is null ? null : OutputDirectory.Open(outDir, ["sweep.json", "sweep.png"], line.Has("--overwrite"), "sweep");

        var points = new List<StudyPoint>();
        foreach (string value in values)
        {
            string varied;
            try
            {
                varied = ScenarioVariation.Apply(text, path, value);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("rampart sweep: --vary " + e.Message);
            }

            Core.Scenario.Model.ScenarioModel scenario;
            try
            {
                scenario = ScenarioLoader.Parse(varied, file, EquipmentLibrary.LoadDefault());
            }
            catch (ScenarioException e)
            {
                throw new UsageException($"rampart sweep: with {path}={value}: expected {e.Expected}, found {e.Found} (the value is checked as if written in {Path.GetFileName(file)})");
            }

            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rampart: sweep {path}={value}: {n} replications"));
            var records = MonteCarloRunner.Run(scenario, seed, [.. Enumerable.Range(0, n)], threads);
            points.Add(new StudyPoint(value,
                WilsonInterval.Of(records.Count(r => r.Leakers > 0), records.Length),
                records.Average(r => (double)r.Leakers),
                records.Average(r => (double)r.InterceptorsTotal),
                records.Average(r => (double)r.Kills)));
        }

        string json = Json(baseScenario.Name, baseScenario.ContentHash, path, seed, n, points);
        if (output is not null)
        {
            using (var s = output.CreateTemporary("sweep.json"))
            {
                s.Write(System.Text.Encoding.UTF8.GetBytes(json));
            }

            using (var png = output.CreateTemporary("sweep.png"))
            {
                SweepPlot.Write(png, points, path, n, new RunStamp(RunStamp.CurrentVersion, baseScenario.ContentHash, seed));
            }

            output.CommitAll();
            stderr.WriteLine($"rampart: wrote sweep.json, sweep.png to {output.FullPath}");
        }

        if (format == "json")
        {
            stdout.Write(json);
            return 0;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Interactive = InteractionSupport.No });
        var table = new Table().Title($"[bold]{Markup.Escape(baseScenario.Name)}[/]: sweep of {Markup.Escape(path)} — {n} replications per value, seed {seed}")
            .AddColumn(Markup.Escape(path)).AddColumn(new TableColumn(Markup.Escape("leak probability [95 %]")).RightAligned())
            .AddColumn(new TableColumn("leakers").RightAligned()).AddColumn(new TableColumn("destroyed").RightAligned())
            .AddColumn(new TableColumn("interceptors").RightAligned());
        foreach (var p in points)
        {
            table.AddRow(Markup.Escape(p.Value), Markup.Escape($"{F(p.LeakProbability.Mean)} [{F(p.LeakProbability.Low)}, {F(p.LeakProbability.High)}]"),
                F(p.LeakersMean), F(p.DestroyedMean), F(p.InterceptorsMean));
        }

        console.Write(table);
        return 0;
    }

    private static string Json(string scenario, string hash, string path, ulong seed, int n, IReadOnlyList<StudyPoint> points)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("scenario", scenario);
            w.WriteString("scenario_sha256", hash);
            w.WriteString("rampart_version", RunStamp.CurrentVersion);
            w.WriteString("parameter", path);
            w.WriteNumber("seed", seed);
            w.WriteNumber("replications", n);
            w.WriteStartArray("points");
            foreach (var p in points)
            {
                w.WriteStartObject();
                w.WriteString("value", p.Value);
                w.WriteStartObject("leak_probability");
                w.WriteNumber("mean", p.LeakProbability.Mean);
                w.WriteNumber("ci95_low", p.LeakProbability.Low);
                w.WriteNumber("ci95_high", p.LeakProbability.High);
                w.WriteEndObject();
                w.WriteNumber("leakers_mean", p.LeakersMean);
                w.WriteNumber("destroyed_mean", p.DestroyedMean);
                w.WriteNumber("interceptors_mean", p.InterceptorsMean);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
}
