using System.Globalization;
using Rampart.Core.Events;
using Rampart.Core.Sensors;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The vertical coverage diagram of <c>rampart coverage</c>: detection range against a target of
/// the given radar cross-section, as altitude over ground range — horizon-limited low down,
/// power-limited higher up — with the lines of constant elevation the radar covers.
/// </summary>
public static class CoveragePlot
{
    public static void Write(Stream stream, string title, IReadOnlyList<AltitudeCoverage> byAltitude, IReadOnlyList<ElevationCoverage> byElevation)
    {
        ArgumentNullException.ThrowIfNull(byAltitude);
        ArgumentNullException.ThrowIfNull(byElevation);
        var plot = new Plot();
        plot.Title(title + "\n" + "Rampart " + RunStamp.CurrentVersion);
        var covered = byAltitude.Where(r => r.RangeM > 0).ToList();
        if (covered.Count > 0)
        {
            // The edge of coverage: from the ground out to each altitude's maximum range.
            double[] xs = [.. covered.Select(r => r.GroundRangeM / 1000.0)];
            double[] ys = [.. covered.Select(r => r.AltitudeM / 1000.0)];
            var edge = plot.Add.Scatter(xs, ys);
            edge.LegendText = "detection range (P_d as given)";
            edge.LineWidth = 2;
            var horizon = covered.Where(r => r.Limit == CoverageLimit.Horizon).ToList();
            if (horizon.Count > 0)
            {
                double[] hx = [.. horizon.Select(r => r.GroundRangeM / 1000.0)];
                double[] hy = [.. horizon.Select(r => r.AltitudeM / 1000.0)];
                var h = plot.Add.ScatterPoints(hx, hy);
                h.LegendText = "horizon-limited";
                h.MarkerSize = 8;
            }
        }

        foreach (var e in byElevation.Where(e => e.RangeM > 0 && e.ElevationRad > 0))
        {
            // A ray of constant elevation out to where coverage ends on it (flat-earth drawing).
            double ground = e.RangeM * Math.Cos(e.ElevationRad) / 1000.0;
            var ray = plot.Add.Line(0, 0, ground, e.AltitudeM / 1000.0);
            ray.Color = Colors.Gray.WithAlpha(0.4);
            ray.LinePattern = LinePattern.Dotted;
            var label = plot.Add.Text((e.ElevationRad * 180.0 / Math.PI).ToString("0.#°", CultureInfo.InvariantCulture), ground, e.AltitudeM / 1000.0);
            label.LabelFontColor = Colors.Gray;
            label.LabelFontSize = 10;
        }

        plot.XLabel("Ground range (km)");
        plot.YLabel("Target altitude (km)");
        plot.ShowLegend(Alignment.UpperRight);
        double maxX = Math.Max(1, covered.Count == 0 ? 1 : covered.Max(r => r.GroundRangeM) / 1000.0 * 1.08);
        plot.Axes.SetLimits(0, maxX, 0, Math.Max(1, byAltitude.Max(r => r.AltitudeM) / 1000.0 * 1.08));
        PlotStamp.Save(plot, stream);
    }
}
