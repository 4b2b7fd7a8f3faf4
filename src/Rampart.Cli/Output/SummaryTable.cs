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
                Markup.Escape(t.DestroyedBy ?? (t.Fate == ThreatFate.Leaked ? "→ " + t.TargetAsset : "")), Seconds(t.FirstDetectedS));
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

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double? s) => s is double v ? v.ToString("F1", CultureInfo.InvariantCulture) : "—";
}
