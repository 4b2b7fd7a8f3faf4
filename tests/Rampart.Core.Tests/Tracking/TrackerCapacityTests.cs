using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class TrackerCapacityTests
{
    private static readonly GeodeticPosition CommandPost = new(55.0, 37.0, 150);
    private static readonly EnuFrame TrackerFrame = new(CommandPost);

    /// <summary>40 aircraft inbound towards the command post from 30–108 km (2 km apart), on spread bearings.</summary>
    private static Vec3 Target(int i, double t)
    {
        double range = 30_000 + (i * 2_000) - (250 * t);
        double bearing = i * 2.39996; // golden angle: no two on one line
        return new Vec3(range * Math.Sin(bearing), range * Math.Cos(bearing), 5_000);
    }

    [Theory]
    [InlineData(TrackerAssociation.Gnn)]
    [InlineData(TrackerAssociation.Jpda)]
    public void Capacity_IsNeverExceeded_AndTheNearestThreatsAreHeld(TrackerAssociation association)
    {
        const int capacity = 10;
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default with { MaxTracks = capacity, Association = association });
        var radar = new SimulatedTestRadar(0, CommandPost, 2.0, 300_000, 30, 0.002, seed: 41);
        for (int k = 0; k < 20; k++)
        {
            var time = new SimTime(k * 2.0);
            var targets = Enumerable.Range(0, 40).Select(i => TrackerFrame.ToEcef(Target(i, time.Seconds))).ToArray();
            TrackerScanResult result = tracker.ProcessScan(time, radar.Site, radar.Scan(time, targets));
            Assert.InRange(tracker.Tracks.Count, 0, capacity);
            Assert.True(result.AssociatedTrackIds.Count(id => id > 0) <= targets.Length);
        }

        // On the first scan every newcomer has velocity 0, so the tracker's own priority ranks them
        // by nearness (1/range): the ten held must be the ten nearest targets, 0–9, and once
        // confirmed they are never displaced.
        Assert.Equal(capacity, tracker.Tracks.Count(t => t.Confirmed));
        var nearestTruth = Enumerable.Range(0, capacity).Select(i => Target(i, 38)).ToList();
        foreach (Track track in tracker.Tracks)
        {
            Assert.Contains(nearestTruth, p => (p - track.Position).Length < 500);
        }
    }

    [Fact]
    public void AtCapacity_AGivenPriority_DecidesWhoIsHeld()
    {
        // A threat evaluation that prefers the farthest targets (the opposite of nearness) must be
        // obeyed: the five held are targets 35–39.
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default with { MaxTracks = 5 }, t => t.Position.Length);
        var radar = new SimulatedTestRadar(0, CommandPost, 2.0, 300_000, 30, 0.002, seed: 42);
        for (int k = 0; k < 5; k++)
        {
            var time = new SimTime(k * 2.0);
            tracker.ProcessScan(time, radar.Site, radar.Scan(time, [.. Enumerable.Range(0, 40).Select(i => TrackerFrame.ToEcef(Target(i, time.Seconds)))]));
            Assert.InRange(tracker.Tracks.Count, 0, 5);
        }

        var farthest = Enumerable.Range(35, 5).Select(i => Target(i, 8)).ToList();
        Assert.All(tracker.Tracks, track => Assert.Contains(farthest, p => (p - track.Position).Length < 500));
    }

    [Fact]
    public void ClosingPriority_RanksByTimeToReachTheCommandPost()
    {
        // (closing + 1 m/s)/range: 10 km closing at 300 m/s → 301/10,000 = 0.0301/s; 20 km closing
        // at 900 m/s → 901/20,000 = 0.04505/s (sooner); 5 km receding → 1/5,000 = 0.0002/s.
        var near = new Track(1, SimTime.Zero, new Vec3(10_000, 0, 0), new Vec3(-300, 0, 0), 1, true, SimTime.Zero, 2);
        var fast = near with { Position = new Vec3(0, 20_000, 0), Velocity = new Vec3(0, -900, 0) };
        var leaving = near with { Position = new Vec3(0, 5_000, 0), Velocity = new Vec3(0, 300, 0) };

        Assert.Equal(0.0301, Tracker.ClosingPriority(near), 12);
        Assert.Equal(0.04505, Tracker.ClosingPriority(fast), 12);
        Assert.Equal(0.0002, Tracker.ClosingPriority(leaving), 12);
    }
}
