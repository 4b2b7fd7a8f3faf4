using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class TrackerOutOfSequenceTests
{
    private static readonly GeodeticPosition CommandPost = new(55.0, 37.0, 150);
    private static readonly EnuFrame TrackerFrame = new(CommandPost);

    /// <summary>
    /// Two radars (A every 2 s, B every 3 s, offset by 0.5 s) watching three aircraft, one of them
    /// turning. Returns every scan in measurement-time order.
    /// </summary>
    private static List<(SimTime Time, SensorSite Site, Detection[] Detections)> Scans()
    {
        var a = new SimulatedTestRadar(0, new GeodeticPosition(55.0, 37.157, 180), 2.0, 300_000, 30, 0.002, seed: 31);
        var b = new SimulatedTestRadar(1, new GeodeticPosition(55.09, 37.0, 160), 3.0, 300_000, 50, 0.003, seed: 32);
        var scans = new List<(SimTime, SensorSite, Detection[])>();
        for (int k = 0; k < 60; k++)
        {
            double ta = k * 2.0, tb = 0.5 + (k * 3.0);
            if (ta <= 90)
            {
                scans.Add((new SimTime(ta), a.Site, a.Scan(new SimTime(ta), Targets(ta))));
            }

            if (tb <= 90)
            {
                scans.Add((new SimTime(tb), b.Site, b.Scan(new SimTime(tb), Targets(tb))));
            }
        }

        scans.Sort((x, y) => x.Item1.Seconds.CompareTo(y.Item1.Seconds));
        return scans;
    }

    private static Vec3[] Targets(double t)
    {
        Vec3 turning = new Vec3(-10_000, 20_000, 4_000) + new Vec3(250 * Math.Sin(0.02 * t) / 0.02, 250 * (1 - Math.Cos(0.02 * t)) / 0.02, 0);
        return
        [
            TrackerFrame.ToEcef(new Vec3(-30_000 + (220 * t), 5_000, 6_000)),
            TrackerFrame.ToEcef(new Vec3(25_000, -30_000 + (300 * t), 9_000)),
            TrackerFrame.ToEcef(turning),
        ];
    }

    [Theory]
    [InlineData(TrackerMotionModel.Cv, TrackerAssociation.Gnn)]
    [InlineData(TrackerMotionModel.Imm, TrackerAssociation.Jpda)]
    [InlineData(TrackerMotionModel.Ca, TrackerAssociation.Gnn)]
    public void DelayedScans_ProcessedOutOfOrder_GiveTheInOrderEstimates(TrackerMotionModel model, TrackerAssociation association)
    {
        // Radar B's reports reach the command post 4.2 s late, so each arrives after one or two
        // of radar A's later scans. Rewind and replay must give the same tracks — same ids, same
        // estimates (to round-off: the same arithmetic in the same order) — as in-order processing.
        var settings = TrackerSettings.Default with { MotionModel = model, Association = association };
        var inOrder = new Tracker(TrackerFrame, settings);
        var late = new Tracker(TrackerFrame, settings with { OutOfSequenceWindowS = 5.0 });
        var scans = Scans();
        foreach (var s in scans)
        {
            inOrder.ProcessScan(s.Time, s.Site, s.Detections);
        }

        var arrivals = scans.Select(s => (Arrival: s.Time.Seconds + (s.Site.Index == 1 ? 4.2 : 0), Scan: s))
            .OrderBy(x => x.Arrival).ToList();
        int outOfOrder = 0;
        double latest = double.NegativeInfinity;
        foreach (var (_, s) in arrivals)
        {
            outOfOrder += s.Time.Seconds < latest ? 1 : 0;
            latest = Math.Max(latest, s.Time.Seconds);
            late.ProcessScan(s.Time, s.Site, s.Detections);
        }

        Assert.True(outOfOrder > 20, $"only {outOfOrder} scans arrived out of order");
        var expected = inOrder.Tracks.Select(t => inOrder.Predict(t.Id, new SimTime(95))!.Value).ToList();
        var actual = late.Tracks.Select(t => late.Predict(t.Id, new SimTime(95))!.Value).ToList();
        Assert.Equal(expected.Select(t => t.Id), actual.Select(t => t.Id));
        Assert.Equal(3, actual.Count(t => t.Confirmed));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True((expected[i].Position - actual[i].Position).Length < 1e-6, $"track {expected[i].Id}: {(expected[i].Position - actual[i].Position).Length} m apart");
            Assert.True((expected[i].Velocity - actual[i].Velocity).Length < 1e-6);
        }
    }

    [Fact]
    public void LateScan_OlderThanTheWindow_IsRefusedWithAClearError()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default with { OutOfSequenceWindowS = 2.0 });
        var scans = Scans();
        var site = scans[0].Site;
        tracker.ProcessScan(new SimTime(10), site, []);

        var e = Assert.Throws<ArgumentException>(() => tracker.ProcessScan(new SimTime(5), site, []));
        Assert.Contains("out-of-sequence window", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAWindow_ScansOutOfOrder_AreRefused()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var site = Scans()[0].Site;
        tracker.ProcessScan(new SimTime(10), site, []);

        Assert.Throws<ArgumentException>(() => tracker.ProcessScan(new SimTime(9), site, []));
    }
}
