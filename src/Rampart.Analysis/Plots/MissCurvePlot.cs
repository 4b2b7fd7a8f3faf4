using Rampart.Core.Events;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The picture of <c>rampart guidance miss --sweep</c>: miss distance of the linearised homing loop
/// against flight time, as Zarchan plots the adjoint results (signed; zero line drawn).
/// </summary>
public static class MissCurvePlot
{
    public static void Write(Stream stream, string title, IReadOnlyList<double> flightTimesS, IReadOnlyList<double> missesM)
    {
        ArgumentNullException.ThrowIfNull(flightTimesS);
        ArgumentNullException.ThrowIfNull(missesM);
        var plot = new Plot();
        plot.Title(title + "\n" + "Rampart " + RunStamp.CurrentVersion);
        var curve = plot.Add.Scatter(flightTimesS.ToArray(), missesM.ToArray());
        curve.LegendText = "miss (adjoint)";
        curve.LineWidth = 2;
        curve.MarkerSize = 0;
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Gray.WithAlpha(0.6);
        zero.LinePattern = LinePattern.Dotted;
        plot.XLabel("Flight time (s)");
        plot.YLabel("Miss distance (m)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsX(0, flightTimesS.Count == 0 ? 1 : flightTimesS[^1]);
        PlotStamp.Save(plot, stream);
    }
}
