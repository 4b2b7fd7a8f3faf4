using Rampart.Analysis.Coverage;
using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The horizontal coverage map of <c>rampart coverage --scenario … --map</c>: east and north in km
/// from the first command post; each radar's covered area at one altitude as a shaded polygon,
/// its site, and the defended assets.
/// </summary>
public static class CoverageMapPlot
{
    public static void Write(Stream stream, string title, ScenarioModel scenario, IReadOnlyList<RadarCoverage> coverages)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(coverages);
        var frame = new EnuFrame(scenario.Batteries.Count > 0 ? scenario.Batteries[0].CommandPost.Position : scenario.Assets[0].Position);
        var plot = new Plot();
        plot.Title(title + "\n" + "Rampart " + RunStamp.CurrentVersion + " · scenario sha256 " + scenario.ContentHash[..Math.Min(12, scenario.ContentHash.Length)]);
        plot.XLabel("East of the command post (km)");
        plot.YLabel("North of the command post (km)");
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < coverages.Count; i++)
        {
            var c = coverages[i];
            var color = palette.GetColor(i);
            if (c.IsCovered)
            {
                var outline = c.Outline();
                double[] xs = new double[outline.Count], ys = new double[outline.Count];
                for (int j = 0; j < outline.Count; j++)
                {
                    var enu = frame.ToEnu(outline[j]);
                    xs[j] = enu.X / 1000;
                    ys[j] = enu.Y / 1000;
                }

                var polygon = plot.Add.Polygon(xs, ys);
                polygon.FillColor = color.WithAlpha(0.15);
                polygon.LineColor = color;
                polygon.LineWidth = 1.5f;
                polygon.LegendText = $"{c.Name} ({c.Type})";
            }

            var site = frame.ToEnu(c.Site);
            plot.Add.Marker(site.X / 1000, site.Y / 1000, MarkerShape.FilledCircle, 8, color);
            var label = plot.Add.Text(c.Name, site.X / 1000, site.Y / 1000);
            label.LabelFontSize = 10;
            label.LabelFontColor = color;
        }

        foreach (var asset in scenario.Assets)
        {
            var enu = frame.ToEnu(asset.Position);
            plot.Add.Marker(enu.X / 1000, enu.Y / 1000, MarkerShape.FilledSquare, 10, Colors.Purple);
            var label = plot.Add.Text(asset.Name, enu.X / 1000, enu.Y / 1000);
            label.LabelFontSize = 11;
            label.LabelFontColor = Colors.Purple;
        }

        plot.Axes.SquareUnits();
        plot.ShowLegend(Alignment.UpperLeft);
        PlotStamp.Save(plot, stream);
    }
}
