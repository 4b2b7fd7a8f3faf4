using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// Altitude against ground range from the (first) command post (altitude.png): every threat
/// and interceptor path, with kills and leaks marked. Ground range is the great-circle distance
/// on the sphere of <see cref="Wgs84.MeanRadius"/>; altitude is above the WGS-84 ellipsoid.
/// </summary>
public static class AltitudePlot
{
    public static void Write(Stream stream, ScenarioModel scenario, RunRecording recording, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recording);
        var origin = scenario.Batteries.Count > 0 ? scenario.Batteries[0].CommandPost.Position : scenario.Assets[0].Position;
        var plot = new Plot();
        plot.Title(PlotStamp.Title($"Altitude vs ground range — {scenario.Name}", stamp));
        plot.XLabel("Ground range from the command post (km)");
        plot.YLabel("Altitude (km)");
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in recording.Paths)
        {
            bool threat = p.Kind == RecordedEntityKind.Threat;
            var xs = p.Points.Select(q => GreatCircle.DistanceM(origin, q.Position) / 1000).ToArray();
            var ys = p.Points.Select(q => q.Position.AltitudeM / 1000).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, threat ? Colors.Crimson : Colors.ForestGreen);
            line.LineWidth = threat ? 2 : 1;
            string legend = threat ? "threat" : "interceptor";
            if (legendDone.Add(legend))
            {
                line.LegendText = legend;
            }
        }

        Mark(plot, origin, recording, EventKind.Kill, MarkerShape.FilledDiamond, Colors.Black, "kill");
        Mark(plot, origin, recording, EventKind.Leak, MarkerShape.FilledTriangleUp, Colors.Red, "leak");
        plot.ShowLegend(Alignment.UpperRight);
        PlotStamp.Save(plot, stream);
    }

    private static void Mark(Plot plot, GeodeticPosition origin, RunRecording recording, EventKind kind, MarkerShape shape, Color color, string legend)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var e in recording.Events)
        {
            if (e.Kind == kind && e.ThreatId is int id && recording.PathOf(RecordedEntityKind.Threat, id) is { } path
                && MapPlot.LastAtOrBefore(path, e.Time) is { } p)
            {
                xs.Add(GreatCircle.DistanceM(origin, p.Position) / 1000);
                ys.Add(p.Position.AltitudeM / 1000);
            }
        }

        if (xs.Count > 0)
        {
            plot.Add.Markers(xs.ToArray(), ys.ToArray(), shape, 10, color).LegendText = legend;
        }
    }
}
