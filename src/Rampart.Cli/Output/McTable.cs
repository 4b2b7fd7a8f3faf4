using System.Globalization;
using Rampart.Analysis.MonteCarlo;
using Spectre.Console;

namespace Rampart.Cli.Output;

/// <summary>The human-readable result of a Monte Carlo study (Spectre.Console table).</summary>
internal static class McTable
{
    public static void Write(TextWriter stdout, MonteCarloSummary s)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Interactive = InteractionSupport.No });
        if (Console.IsOutputRedirected || console.Profile.Width < 100)
        {
            console.Profile.Width = 120;
        }

        var table = new Table()
            .Title($"[bold]{Markup.Escape(s.Header.Scenario)}[/] — {s.Replications} replications, seed {s.Header.Seed}")
            .AddColumn("statistic").AddColumn(new TableColumn("value").RightAligned());
        table.AddRow("leak probability (≥ 1 leaker)", Interval(s.LeakProbability));
        foreach (var (group, interval) in s.LeakProbabilityByGroup)
        {
            table.AddRow("  group " + Markup.Escape(group), Interval(interval));
        }

        table.AddRow("leakers (mean)", F(s.LeakersMean));
        table.AddRow("destroyed (mean)", F(s.DestroyedMean));
        foreach (var (asset, damage) in s.ExpectedDamage)
        {
            table.AddRow("expected damage: " + Markup.Escape(asset), F(damage));
        }

        table.AddRow("interceptors (mean [[p05, p95]])", Spread(s.Interceptors));
        foreach (var (type, spread) in s.InterceptorsByType)
        {
            table.AddRow("  " + Markup.Escape(type), Spread(spread));
        }

        table.AddRow("missiles per kill", s.MissilesPerKill is double m ? F(m) : "–");
        table.AddRow("first leak (mean, s)", s.FirstLeakMeanS is double t ? t.ToString("0.0", CultureInfo.InvariantCulture) : "–");
        table.AddRow("replications without a leak", F(s.FractionWithoutLeak));
        console.Write(table);
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Interval(Rampart.Analysis.Statistics.ProportionInterval i) => Markup.Escape($"{F(i.Mean)} [{F(i.Low)}, {F(i.High)}]");

    private static string Spread(Spread s) => Markup.Escape($"{F(s.Mean)} [{s.P05.ToString("0.#", CultureInfo.InvariantCulture)}, {s.P95.ToString("0.#", CultureInfo.InvariantCulture)}]");
}
