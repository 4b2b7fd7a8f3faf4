using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using ScottPlot;

namespace Rampart.Analysis.Plots;

/// <summary>
/// The engagement timeline (timeline.png): one band per fire unit; inside it each engagement is
/// a bar from its assignment to its last missile's end, on the lowest lane free at that time (so
/// the number of lanes in use is the number of targets the unit engages at once — its target
/// channels); launches, kills and misses are marked on the bar.
/// </summary>
public static class TimelinePlot
{
    private sealed class Bar(int engagementId, string fireUnit, double start)
    {
        public int EngagementId { get; } = engagementId;

        public string FireUnit { get; } = fireUnit;

        public double Start { get; } = start;

        public double End { get; set; } = start;

        public int Lane { get; set; }

        public List<(double T, EventKind Kind)> Marks { get; } = [];
    }

    public static void Write(Stream stream, ScenarioModel scenario, RunRecording recording, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recording);
        var units = scenario.Batteries.SelectMany(b => b.FireUnits).Select(u => u.Name).ToList();
        var bars = new Dictionary<int, Bar>();
        foreach (var e in recording.Events)
        {
            if (e.EngagementId is not int id)
            {
                continue;
            }

            if (e.Kind == EventKind.EngagementAssigned)
            {
                bars[id] = new Bar(id, e.Source ?? "?", e.Time);
                if (e.Source is not null && !units.Contains(e.Source))
                {
                    units.Add(e.Source);
                }
            }
            else if (bars.TryGetValue(id, out var bar) && e.Kind is EventKind.Launch or EventKind.Kill or EventKind.Miss)
            {
                bar.End = Math.Max(bar.End, e.Time);
                bar.Marks.Add((e.Time, e.Kind));
            }
        }

        // Lanes: each bar takes the lowest lane of its unit that is free when it starts.
        var lanesInUse = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var bar in bars.Values.OrderBy(b => b.Start).ThenBy(b => b.EngagementId))
        {
            var ends = lanesInUse.TryGetValue(bar.FireUnit, out var l) ? l : lanesInUse[bar.FireUnit] = [];
            int lane = ends.FindIndex(end => end < bar.Start);
            if (lane < 0)
            {
                lane = ends.Count;
                ends.Add(0);
            }

            ends[lane] = Math.Max(bar.End, bar.Start + 1);
            bar.Lane = lane;
        }

        var plot = new Plot();
        plot.Title(PlotStamp.Title($"Engagement timeline — {scenario.Name}", stamp));
        plot.XLabel("Simulated time (s)");
        const double BandHeight = 0.8;
        var legendDone = new HashSet<EventKind>();
        foreach (var bar in bars.Values)
        {
            int unit = units.IndexOf(bar.FireUnit);
            int laneCount = lanesInUse[bar.FireUnit].Count;
            double y = unit - (BandHeight / 2) + (BandHeight * (bar.Lane + 0.5) / laneCount);
            var line = plot.Add.Line(bar.Start, y, Math.Max(bar.End, bar.Start + 1), y);
            line.LineWidth = 4;
            line.LineColor = Colors.SteelBlue.WithAlpha(0.6);
            foreach (var (t, kind) in bar.Marks)
            {
                var (shape, color) = kind switch
                {
                    EventKind.Launch => (MarkerShape.FilledTriangleUp, Colors.DarkOrange),
                    EventKind.Kill => (MarkerShape.FilledDiamond, Colors.Black),
                    _ => (MarkerShape.Eks, Colors.Red),
                };
                var m = plot.Add.Marker(t, y, shape, 8, color);
                if (legendDone.Add(kind))
                {
                    m.LegendText = kind switch { EventKind.Launch => "launch", EventKind.Kill => "kill", _ => "miss" };
                }
            }
        }

        for (int i = 0; i <= units.Count; i++)
        {
            var separator = plot.Add.Line(0, i - 0.5, scenario.DurationS, i - 0.5);
            separator.LineColor = Colors.Gray;
            separator.LineWidth = 1;
        }

        plot.Axes.Left.SetTicks(Enumerable.Range(0, units.Count).Select(i => (double)i).ToArray(), units.ToArray());
        plot.Axes.SetLimitsY(units.Count - 0.5, -0.5);
        plot.Axes.SetLimitsX(0, scenario.DurationS);
        plot.ShowLegend(Alignment.UpperRight);
        PlotStamp.Save(plot, stream);
    }
}
