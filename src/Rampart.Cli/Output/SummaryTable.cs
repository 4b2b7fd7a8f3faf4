using System.Globalization;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;
using Spectre.Console;

namespace Rampart.Cli.Output;

/// <summary>The human-readable summary of a run (Spectre.Console tables).</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter stdout, RunResult result, ScenarioModel scenario)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Interactive = InteractionSupport.No,
        });
        // Redirected output has no terminal width; 120 columns keeps each threat on one line.
        if (Console.IsOutputRedirected || console.Profile.Width < 100)
        {
            console.Profile.Width = 120;
        }

        var fates = new Table().Title($"[bold]{Markup.Escape(scenario.Name)}[/] — seed {result.Seed}, {result.SimulatedSeconds:0} s simulated")
            .AddColumn("threat").AddColumn("type").AddColumn("fate").AddColumn(new TableColumn("when (s)").RightAligned())
            .AddColumn("by").AddColumn(new TableColumn("first detected (s)").RightAligned());
        foreach (var t in result.PerThreat)
        {
            string fate = t.Fate switch
            {
                ThreatFate.Destroyed => "[green]destroyed[/]",
                ThreatFate.Leaked => "[red]leaked[/]",
                _ => "[yellow]survived[/]",
            };
            fates.AddRow(Markup.Escape(t.Name), Markup.Escape(t.Type), fate, Seconds(t.FateTimeS),
                Markup.Escape(By(t)), Seconds(t.FirstDetectedS));
        }

        console.Write(fates);

        var totals = new Table().Title("[bold]totals[/]").AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        totals.AddRow("threats", I(result.Threats));
        totals.AddRow("destroyed", I(result.Destroyed));
        totals.AddRow("leaked", I(result.Leaked));
        totals.AddRow("survived", I(result.Survived));
        totals.AddRow("engagements", I(result.Engagements));
        foreach (var (type, count) in result.InterceptorsLaunchedByType)
        {
            totals.AddRow("interceptors: " + Markup.Escape(type), I(count));
        }

        totals.AddRow("[bold]interceptors launched[/]", I(result.InterceptorsLaunched));
        console.Write(totals);
    }

    private static string By(ThreatResult t) => t.Fate switch
    {
        ThreatFate.Leaked when t.DestroyedBy is not null => $"→ {t.TargetAsset}, then {t.DestroyedBy}",
        ThreatFate.Leaked => "→ " + t.TargetAsset,
        _ => t.DestroyedBy ?? "",
    };

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double? s) => s is double v ? v.ToString("F1", CultureInfo.InvariantCulture) : "—";
}
