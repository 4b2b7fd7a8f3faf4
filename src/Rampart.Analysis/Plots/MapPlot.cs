using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The battle on a map (map.png): east and north in km from the first command post; sites,
/// radar coverage rings, missile range rings, threat routes, interceptor paths, kills and leaks.
/// </summary>
public static class MapPlot
{
    /// <summary>
    /// Radar coverage rings are drawn at the free-space detection range against a 1 m² target
    /// at the radar's reference P_d: R = R_ref·(1 m² / σ_ref)^¼ (the radar equation), capped at the
    /// instrumented range. The horizon is not drawn: it depends on the target's altitude.
    /// </summary>
    public const double RingRcsM2 = 1.0;

    public static void Write(Stream stream, ScenarioModel scenario, RunRecording recording, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recording);
        var legendDone = new HashSet<string>(StringComparer.Ordinal);
        var frame = new EnuFrame(scenario.Batteries.Count > 0 ? scenario.Batteries[0].CommandPost.Position : scenario.Assets[0].Position);
        var plot = new Plot();
        plot.Title(PlotStamp.Title($"Map — {scenario.Name}", stamp));
        plot.XLabel("East of the command post (km)");
        plot.YLabel("North of the command post (km)");

        foreach (var battery in scenario.Batteries)
        {
            foreach (var site in battery.SearchRadars)
            {
                Ring(plot, frame, site.Position, RadarRingM(site.Radar), 360, 0, Colors.SteelBlue, LinePattern.Dashed, "radar coverage (1 m², free space)", legendDone);
            }

            foreach (var unit in battery.FireUnits)
            {
                var radar = unit.EngagementRadar;
                Ring(plot, frame, radar.Position, RadarRingM(radar.Radar), radar.Radar.AzimuthCoverageDeg, radar.Radar.BoresightAzimuthDeg, Colors.SteelBlue, LinePattern.Dashed, "radar coverage (1 m², free space)", legendDone);
                double reach = unit.Launchers.Count == 0 ? 0 : unit.Launchers.Max(l => l.Missile.MaxRangeM);
                Ring(plot, frame, radar.Position, reach, 360, 0, Colors.DarkOrange, LinePattern.Dotted, "longest missile range", legendDone);
            }
        }

        // The view frames the battle (routes, paths and sites), not the rings, which reach far beyond it.
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        void Extend(double x, double y)
        {
            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

        foreach (var p in recording.Paths)
        {
            bool threat = p.Kind == RecordedEntityKind.Threat;
            var (xs, ys) = Project(frame, p.Points);
            for (int i = 0; i < xs.Length; i++)
            {
                Extend(xs[i], ys[i]);
            }

            var line = plot.Add.ScatterLine(xs, ys, threat ? Colors.Crimson : Colors.ForestGreen);
            line.LineWidth = threat ? 2 : 1;
            string legend = threat ? "threat route" : "interceptor path";
            if (legendDone.Add(legend))
            {
                line.LegendText = legend;
            }
        }

        var kills = EventPoints(frame, recording, EventKind.Kill);
        var leaks = EventPoints(frame, recording, EventKind.Leak);
        AddMarkers(plot, kills, MarkerShape.FilledDiamond, 10, Colors.Black, "kill");
        AddMarkers(plot, leaks, MarkerShape.FilledTriangleUp, 12, Colors.Red, "leak");

        var sites = new List<(GeodeticPosition Pos, string Name, MarkerShape Shape, Color Color)>();
        foreach (var battery in scenario.Batteries)
        {
            sites.Add((battery.CommandPost.Position, battery.CommandPost.Name, MarkerShape.FilledSquare, Colors.Navy));
            sites.AddRange(battery.SearchRadars.Select(s => (s.Position, s.Name, MarkerShape.FilledCircle, Colors.SteelBlue)));
            foreach (var unit in battery.FireUnits)
            {
                sites.Add((unit.EngagementRadar.Position, unit.Name, MarkerShape.FilledCircle, Colors.DarkOrange));
            }
        }

        sites.AddRange(scenario.Assets.Select(a => (a.Position, a.Name, MarkerShape.FilledSquare, Colors.Purple)));
        foreach (var (pos, name, shape, color) in sites)
        {
            var enu = frame.ToEnu(pos);
            Extend(enu.X / 1000, enu.Y / 1000);
            plot.Add.Marker(enu.X / 1000, enu.Y / 1000, shape, 9, color);
            var label = plot.Add.Text(name, enu.X / 1000, enu.Y / 1000);
            label.LabelFontSize = 11;
            label.LabelFontColor = color;
        }

        if (double.IsFinite(minX))
        {
            double margin = Math.Max(20, 0.1 * Math.Max(maxX - minX, maxY - minY));
            plot.Axes.SetLimits(minX - margin, maxX + margin, minY - margin, maxY + margin);
        }

        plot.Axes.SquareUnits();
        plot.ShowLegend(Alignment.UpperLeft);
        PlotStamp.Save(plot, stream);
    }

    /// <summary>Detection range against <see cref="RingRcsM2"/>, m (see that constant).</summary>
    public static double RadarRingM(RadarSpec radar)
    {
        ArgumentNullException.ThrowIfNull(radar);
        return Math.Min(radar.InstrumentedRangeM, radar.ReferenceRangeM * Math.Pow(RingRcsM2 / radar.ReferenceRcsM2, 0.25));
    }

    /// <summary>Where kills or leaks happened: the threat's last sampled position at or before the event (at most one sample interval early).</summary>
    internal static List<(double X, double Y)> EventPoints(EnuFrame frame, RunRecording recording, EventKind kind)
    {
        var points = new List<(double, double)>();
        foreach (var e in recording.Events)
        {
            if (e.Kind == kind && e.ThreatId is int id && recording.PathOf(RecordedEntityKind.Threat, id) is { } path
                && LastAtOrBefore(path, e.Time) is { } p)
            {
                var enu = frame.ToEnu(p.Position);
                points.Add((enu.X / 1000, enu.Y / 1000));
            }
        }

        return points;
    }

    internal static PathPoint? LastAtOrBefore(RecordedPath path, double t)
    {
        PathPoint? last = null;
        foreach (var p in path.Points)
        {
            if (p.TimeS > t)
            {
                break;
            }

            last = p;
        }

        return last;
    }

    private static (double[] X, double[] Y) Project(EnuFrame frame, List<PathPoint> points)
    {
        var xs = new double[points.Count];
        var ys = new double[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            var enu = frame.ToEnu(points[i].Position);
            xs[i] = enu.X / 1000;
            ys[i] = enu.Y / 1000;
        }

        return (xs, ys);
    }

    private static void AddMarkers(Plot plot, List<(double X, double Y)> points, MarkerShape shape, float size, Color color, string legend)
    {
        if (points.Count == 0)
        {
            return;
        }

        var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), shape, size, color);
        markers.LegendText = legend;
    }

    /// <summary>A range ring (or, for a sector radar, the sector's outline) as a polyline of great-circle destinations.</summary>
    private static void Ring(Plot plot, EnuFrame frame, GeodeticPosition centre, double rangeM, double coverageDeg, double boresightDeg,
        Color color, LinePattern pattern, string legend, HashSet<string> legendDone)
    {
        if (rangeM <= 0)
        {
            return;
        }

        bool sector = coverageDeg < 360;
        double from = sector ? boresightDeg - (coverageDeg / 2) : 0;
        double span = sector ? coverageDeg : 360;
        const int Steps = 120;
        var xs = new List<double>();
        var ys = new List<double>();
        var c = frame.ToEnu(centre);
        if (sector)
        {
            xs.Add(c.X / 1000);
            ys.Add(c.Y / 1000);
        }

        for (int i = 0; i <= Steps; i++)
        {
            double bearing = (from + (span * i / Steps)) * Math.PI / 180;
            var enu = frame.ToEnu(GreatCircle.Destination(centre, bearing, rangeM));
            xs.Add(enu.X / 1000);
            ys.Add(enu.Y / 1000);
        }

        if (sector)
        {
            xs.Add(c.X / 1000);
            ys.Add(c.Y / 1000);
        }

        var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        line.LinePattern = pattern;
        line.LineWidth = 1;
        if (legendDone.Add(legend))
        {
            line.LegendText = legend;
        }
    }
}
