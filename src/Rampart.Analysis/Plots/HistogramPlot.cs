using Rampart.Core.Events;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// A histogram of a per-replication count (leakers.png, interceptors.png of <c>rampart mc --out</c>):
/// one bar per integer value, its height the fraction of replications with that value.
/// </summary>
public static class HistogramPlot
{
    public static void Write(Stream stream, IReadOnlyList<int> values, string what, string xLabel, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(values);
        var counts = values.GroupBy(v => v).OrderBy(g => g.Key).ToList();
        var plot = new Plot();
        plot.Title(PlotStamp.Title($"{what} — {values.Count} replications", stamp));
        plot.XLabel(xLabel);
        plot.YLabel("Fraction of replications");
        if (counts.Count > 0)
        {
            var bars = plot.Add.Bars(counts.Select(g => (double)g.Key).ToArray(), counts.Select(g => (double)g.Count() / values.Count).ToArray());
            bars.Color = Colors.SteelBlue;
        }

        plot.Axes.Margins(bottom: 0);
        PlotStamp.Save(plot, stream);
    }
}
