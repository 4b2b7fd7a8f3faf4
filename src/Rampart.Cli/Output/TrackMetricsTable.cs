using System.Globalization;
using Rampart.Core.Simulation;
using Rampart.Core.Tracking.Metrics;
using Spectre.Console;

namespace Rampart.Cli.Output;

/// <summary>The command posts' tracking scores of <c>rampart run --metrics</c> as a table.</summary>
internal static class TrackMetricsTable
{
    public static void Write(TextWriter stdout, TrackScoringRecorder metrics)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout), Interactive = InteractionSupport.No });
        if (Console.IsOutputRedirected || console.Profile.Width < 100)
        {
            console.Profile.Width = 120;
        }

        var s = metrics.Settings;
        var table = new Table()
            .Title(string.Create(CultureInfo.InvariantCulture, $"[bold]tracking metrics[/] — GOSPA c = {s.GospaCutoffM:0.###} m, p = {s.GospaOrder:0.###}; association gate {s.AssociationGateM:0.###} m; every {metrics.SampleIntervalS:0.###} s"))
            .AddColumn("command post")
            .AddColumn(new TableColumn("GOSPA (m)").RightAligned())
            .AddColumn(new TableColumn("loc / missed / false").RightAligned())
            .AddColumn(new TableColumn("OSPA (m)").RightAligned())
            .AddColumn(new TableColumn("complete").RightAligned())
            .AddColumn(new TableColumn("ambig.").RightAligned())
            .AddColumn(new TableColumn("spurious").RightAligned())
            .AddColumn(new TableColumn("breaks").RightAligned())
            .AddColumn(new TableColumn("longest seg.").RightAligned())
            .AddColumn(new TableColumn("NEES").RightAligned());
        foreach (string name in metrics.CommandPosts)
        {
            AddRow(table, Markup.Escape(name), metrics.For(name).Result());
        }

        if (metrics.CommandPosts.Count > 1)
        {
            AddRow(table, "[bold]all[/]", metrics.Pooled());
        }

        console.Write(table);
    }

    private static void AddRow(Table table, string name, TrackScore r)
    {
        var c = CultureInfo.InvariantCulture;
        table.AddRow(
            name,
            r.GospaMean.ToString("0.#", c),
            string.Create(c, $"{r.GospaLocalisationMean:0.#} / {r.GospaMissedMean:0.#} / {r.GospaFalseMean:0.#}"),
            r.OspaMean.ToString("0.#", c),
            r.Completeness.ToString("0.000", c),
            r.Ambiguity.ToString("0.000", c),
            r.Spuriousness.ToString("0.000", c),
            r.TrackBreaks.ToString(c),
            r.LongestTrackSegment.ToString("0.000", c),
            r.NeesMean is double n ? n.ToString("0.00", c) : "–");
    }
}
