using MathNet.Numerics.Distributions;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Core.Tests.Tracking.Planar;

public class PlanarTrackerTests
{
    private static PlanarTrackerSettings Settings => new() { ProcessNoise = 1, MeasurementSigmaM = 50, DetectionProbability = 0.9, ClutterDensity = 5e-10 };

    [Fact]
    public void SingleTarget_IsConfirmedOnSecondDetection_WithTwoPointVelocity()
    {
        var tracker = new PlanarTracker(Settings);
        var tracks = new List<PlanarTrack>();

        tracker.ProcessScan(0, [new PlanarDetection(10_000, 20_000)]);
        tracker.GetTracks(tracks);
        Assert.Empty(tracks);

        tracker.ProcessScan(1, [new PlanarDetection(10_200, 19_900)]);
        tracker.GetTracks(tracks);
        PlanarTrack t = Assert.Single(tracks);
        Assert.Equal(1, t.Id);
        Assert.True(t.Confirmed);
        Assert.Equal(200, t.VxMps, 9); // (10 200 − 10 000)/1 s
        Assert.Equal(-100, t.VyMps, 9);
    }

    [Fact]
    public void ConfirmedTrack_CoastsThroughMisses_AndIsDeletedAfterThreeScansWithoutUpdate()
    {
        var tracker = new PlanarTracker(Settings);
        var tracks = new List<PlanarTrack>();
        tracker.ProcessScan(0, [new PlanarDetection(0, 0)]);
        tracker.ProcessScan(1, [new PlanarDetection(100, 0)]);
        for (int k = 2; k <= 4; k++)
        {
            tracks.Clear();
            tracker.ProcessScan(k, []);
            tracker.GetTracks(tracks);
            if (k < 4)
            {
                PlanarTrack t = Assert.Single(tracks);
                Assert.False(t.Updated);
                Assert.Equal(100 * k, t.XM, 6); // coasting at the two-point velocity, 100 m/s
            }
            else
            {
                Assert.Empty(tracks);
            }
        }
    }

    // Two targets cross at 53° at (0, 0) at t = 30 s; σ = 50 m, P_D = 1, 20 false alarms per scan
    // over the 40 km square around them. Each target must be followed by one track id from
    // confirmation to the end: checked on every scan where the targets are over 1 km apart.
    [Theory]
    [InlineData(TrackerAssociation.Gnn)]
    [InlineData(TrackerAssociation.Jpda)]
    public void CrossingTargets_KeepTheirIdentities(TrackerAssociation association)
    {
        var tracker = new PlanarTracker(Settings with { ClutterDensity = 20.0 / (40_000.0 * 40_000.0), Association = association });
        var random = new Random(42);
        var tracks = new List<PlanarTrack>();
        int? idA = null, idB = null;
        for (int k = 0; k <= 60; k++)
        {
            double t = k;
            (double X, double Y) a = (-6000 + (200 * t), -3000 + (100 * t));
            (double X, double Y) b = (-6000 + (200 * t), 3000 - (100 * t));
            var scan = new List<PlanarDetection>
            {
                new(a.X + Normal.Sample(random, 0, 50), a.Y + Normal.Sample(random, 0, 50)),
                new(b.X + Normal.Sample(random, 0, 50), b.Y + Normal.Sample(random, 0, 50)),
            };
            for (int c = 0; c < 20; c++)
            {
                scan.Add(new PlanarDetection((random.NextDouble() * 40_000) - 20_000, (random.NextDouble() * 40_000) - 20_000));
            }

            tracker.ProcessScan(t, [.. scan]);
            tracks.Clear();
            tracker.GetTracks(tracks);
            if (k < 2 || Math.Abs(a.Y - b.Y) < 1000)
            {
                continue;
            }

            PlanarTrack nearA = tracks.MinBy(x => double.Hypot(x.XM - a.X, x.YM - a.Y));
            PlanarTrack nearB = tracks.MinBy(x => double.Hypot(x.XM - b.X, x.YM - b.Y));
            Assert.True(double.Hypot(nearA.XM - a.X, nearA.YM - a.Y) < 300, $"scan {k}: no track on A");
            Assert.True(double.Hypot(nearB.XM - b.X, nearB.YM - b.Y) < 300, $"scan {k}: no track on B");
            idA ??= nearA.Id;
            idB ??= nearB.Id;
            Assert.Equal(idA, nearA.Id);
            Assert.Equal(idB, nearB.Id);
        }

        Assert.NotEqual(idA, idB);
    }

    [Fact]
    public void ScansOutOfTimeOrder_AreRejected()
    {
        var tracker = new PlanarTracker(Settings);
        tracker.ProcessScan(5, []);
        Assert.Throws<ArgumentException>(() => tracker.ProcessScan(5, []));
    }
}
