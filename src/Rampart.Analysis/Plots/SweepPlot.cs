using Rampart.Analysis.Studies;
using Rampart.Core.Events;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// sweep.png of <c>rampart sweep --out</c>: leak probability (with its Wilson 95 % interval) and
/// mean interceptors spent against the swept parameter's values, in the order given.
/// </summary>
public static class SweepPlot
{
    public static void Write(Stream stream, IReadOnlyList<StudyPoint> points, string parameter, int replications, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        plot.Title(PlotStamp.Title($"Sweep of {parameter} — {replications} replications per value", stamp));
        double[] x = [.. Enumerable.Range(0, points.Count).Select(i => (double)i)];
        var leak = plot.Add.Scatter(x, [.. points.Select(p => p.LeakProbability.Mean)]);
        leak.LegendText = "leak probability";
        // The Wilson interval is not symmetric: each is drawn as its own vertical segment.
        foreach (var (p, i) in points.Select((p, i) => (p, i)))
        {
            var segment = plot.Add.Line(i, p.LeakProbability.Low, i, p.LeakProbability.High);
            segment.Color = leak.Color;
            segment.LineWidth = 2;
        }

        plot.Axes.Left.Label.Text = "Leak probability (95 % interval)";
        plot.Axes.SetLimitsY(0, 1.05);

        var spent = plot.Add.Scatter(x, [.. points.Select(p => p.InterceptorsMean)]);
        spent.LegendText = "interceptors spent (mean)";
        spent.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "Interceptors spent (mean)";

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(x, [.. points.Select(p => p.Value)]);
        plot.XLabel(parameter);
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);
        plot.ShowLegend(Alignment.UpperRight);
        PlotStamp.Save(plot, stream);
    }
}
