using Rampart.Analysis.Studies;
using Rampart.Core.Events;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The engagement-envelope diagram of <c>rampart envelope</c>: target altitude over intercept
/// ground range, the region between the minimum and maximum range shaded, the published maximum
/// range marked for comparison.
/// </summary>
public static class EnvelopePlot
{
    public static void Write(Stream stream, string title, IReadOnlyList<EnvelopeRow> rows, double publishedMaxRangeM)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        plot.Title(title + "\n" + "Rampart " + RunStamp.CurrentVersion);
        var counted = rows.Where(r => !double.IsNaN(r.MaxRangeM)).ToList();
        if (counted.Count > 0)
        {
            // The envelope's outline: out along the maximum ranges, back along the minimum ones.
            double[] xs = [.. counted.Select(r => r.MaxRangeM / 1000.0), .. counted.AsEnumerable().Reverse().Select(r => r.MinRangeM / 1000.0)];
            double[] ys = [.. counted.Select(r => r.AltitudeM / 1000.0), .. counted.AsEnumerable().Reverse().Select(r => r.AltitudeM / 1000.0)];
            var area = plot.Add.Polygon(xs, ys);
            area.FillColor = Colors.SteelBlue.WithAlpha(0.25);
            area.LineColor = Colors.SteelBlue;
            area.LineWidth = 2;
            area.LegendText = "intercept counts (fuzed within the lethal radius, speed and 3 g margin kept)";
        }

        var published = plot.Add.VerticalLine(publishedMaxRangeM / 1000.0);
        published.LinePattern = LinePattern.Dashed;
        published.Color = Colors.Gray;
        published.LegendText = "published maximum range";

        plot.XLabel("Intercept ground range (km)");
        plot.YLabel("Target altitude (km)");
        plot.ShowLegend(Alignment.UpperRight);
        double maxX = Math.Max(publishedMaxRangeM, counted.Count == 0 ? 0 : counted.Max(r => r.MaxRangeM)) / 1000.0 * 1.1;
        plot.Axes.SetLimits(0, Math.Max(1, maxX), 0, Math.Max(1, rows.Max(r => r.AltitudeM) / 1000.0 * 1.08));
        PlotStamp.Save(plot, stream);
    }
}
