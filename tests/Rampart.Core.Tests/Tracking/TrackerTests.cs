using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class TrackerTests
{
    // The command post, and a radar about 10 km east of it (0.157° of longitude at 55° N).
    private static readonly GeodeticPosition CommandPost = new(55.0, 37.0, 150);
    private static readonly GeodeticPosition RadarSite = new(55.0, 37.157, 180);

    private static readonly EnuFrame TrackerFrame = new(CommandPost);

    private static Vec3 Ecef(Vec3 trackerEnu) => TrackerFrame.ToEcef(trackerEnu);

    [Fact]
    public void SingleTarget_IsConfirmedOnSecondScan_AndStaysWithinThreeSigma()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 5.0, 300_000, 50, 0.002, seed: 11);
        var start = new Vec3(60_000, 20_000, 8_000);
        var velocity = new Vec3(-250, 30, 0);

        for (int k = 0; k < 30; k++)
        {
            var time = new SimTime(k * radar.Site.ScanPeriodS);
            Vec3 truth = start + (velocity * time.Seconds);
            TrackerScanResult result = tracker.ProcessScan(time, radar.Site, radar.Scan(time, Ecef(truth)));

            Assert.Equal([1], result.AssociatedTrackIds);
            Track track = Assert.Single(tracker.Tracks);
            Assert.Equal(1, track.Id);
            Assert.Equal(k >= 1, track.Confirmed);
            Assert.Equal(k == 1 ? [1] : Array.Empty<int>(), result.Confirmed);
            Assert.True(
                (track.Position - truth).Length <= 3 * track.PositionSigmaM,
                $"scan {k}: error {(track.Position - truth).Length:F0} m, sigma {track.PositionSigmaM:F0} m");
            if (k >= 10)
            {
                Assert.True((track.Velocity - velocity).Length < 25, $"scan {k}: velocity error {(track.Velocity - velocity).Length:F1} m/s");
            }
        }
    }

    [Fact]
    public void Predict_ExtrapolatesAtConstantVelocity_WithoutChangingTheTrack()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 2.0, 300_000, 30, 0.001, seed: 5);
        for (int k = 0; k < 10; k++)
        {
            var time = new SimTime(k * 2.0);
            tracker.ProcessScan(time, radar.Site, radar.Scan(time, Ecef(new Vec3(40_000 + (200 * time.Seconds), 0, 3_000))));
        }

        IReadOnlyList<Track> before = tracker.Tracks;
        Track now = before[0];
        Track? later = tracker.Predict(now.Id, now.Time + 10);

        Assert.NotNull(later);
        Vec3 expected = now.Position + (now.Velocity * 10);
        Assert.Equal(0, (later.Value.Position - expected).Length, 6);
        Assert.True(later.Value.PositionSigmaM > now.PositionSigmaM);
        Assert.Same(before, tracker.Tracks); // nothing changed: the cached snapshot is returned
        Assert.Equal(now, tracker.Tracks[0]);
        Assert.Null(tracker.Predict(99, now.Time));
    }

    [Fact]
    public void CrossingTargets_KeepTheirTrackIds()
    {
        // Two aircraft on perpendicular courses through the same point 150 s after the start,
        // 1 km apart in altitude; the radar (σ ≈ 20–60 m at these ranges) separates them well.
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 2.0, 300_000, 30, 0.002, seed: 23);
        var startA = new Vec3(-30_000, 5_000, 5_000);
        var velA = new Vec3(200, 0, 0);
        var startB = new Vec3(0, -25_000, 6_000);
        var velB = new Vec3(0, 200, 0);
        int idA = 0, idB = 0;

        for (int k = 0; k <= 150; k++)
        {
            var time = new SimTime(k * 2.0);
            Vec3 a = startA + (velA * time.Seconds), b = startB + (velB * time.Seconds);
            TrackerScanResult result = tracker.ProcessScan(time, radar.Site, radar.Scan(time, Ecef(a), Ecef(b)));
            if (k == 0)
            {
                (idA, idB) = (result.AssociatedTrackIds[0], result.AssociatedTrackIds[1]);
                continue;
            }

            // The radar lists A's detection first, B's second.
            Assert.Equal([idA, idB], result.AssociatedTrackIds);
        }

        Assert.Equal(2, tracker.Tracks.Count(t => t.Confirmed));
        Track trackA = tracker.Tracks.Single(t => t.Id == idA);
        Assert.True((trackA.Position - (startA + (velA * 300))).Length < 500);
    }

    [Fact]
    public void ConfirmedTrack_IsDropped_AfterThreeCoveredScansWithoutUpdate()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 5.0, 300_000, 50, 0.002, seed: 3);
        var velocity = new Vec3(0, 250, 0);
        for (int k = 0; k < 6; k++)
        {
            var time = new SimTime(k * 5.0);
            tracker.ProcessScan(time, radar.Site, radar.Scan(time, Ecef(new Vec3(50_000, 0, 4_000) + (velocity * time.Seconds))));
        }

        int id = Assert.Single(tracker.Tracks).Id;
        for (int miss = 1; miss <= 3; miss++)
        {
            TrackerScanResult result = tracker.ProcessScan(new SimTime((5 + miss) * 5.0), radar.Site, []);
            if (miss < 3)
            {
                Assert.Empty(result.Dropped);
                Assert.True(Assert.Single(tracker.Tracks).Confirmed);
            }
            else
            {
                Assert.Equal([id], result.Dropped);
                Assert.Empty(tracker.Tracks);
            }
        }
    }

    [Fact]
    public void TentativeTrack_ThatCannotReachTwoOfThree_IsDeletedSilently()
    {
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 2.0, 300_000, 50, 0.002, seed: 4);
        tracker.ProcessScan(SimTime.Zero, radar.Site, radar.Scan(SimTime.Zero, Ecef(new Vec3(30_000, 0, 4_000))));
        Assert.Single(tracker.Tracks);

        TrackerScanResult second = tracker.ProcessScan(new SimTime(2), radar.Site, []);
        Assert.Single(tracker.Tracks); // 1 hit in 2 scans: 2 of 3 is still reachable
        TrackerScanResult third = tracker.ProcessScan(new SimTime(4), radar.Site, []);

        Assert.Empty(tracker.Tracks);
        Assert.Empty(second.Dropped);
        Assert.Empty(third.Dropped); // it was never confirmed, so it is not reported as dropped
    }

    [Fact]
    public void UniformFalseAlarms_RarelyConfirmTracks()
    {
        // One false alarm per 1 s scan, uniform in a 200 km × 200 km × 20 km box (8·10¹⁴ m³).
        // A tentative track's 0.999 gate (γ = 16.27, 3 d.o.f.) is an ellipsoid of volume
        // (4/3)π·γ^1.5·|S|^½ with S ≈ (v_max²/3)·dt²·I = 3·10⁶·dt² m² per axis: 1.4·10¹² m³ at
        // dt = 1 s and 1.1·10¹³ m³ at dt = 2 s. So a false alarm confirms with probability about
        // (1.4·10¹² + 1.1·10¹³)/8·10¹⁴ ≈ 0.016, and 200 scans give about 3 false tracks on average
        // (fewer near the box's faces). A bound of 10 is far above that mean (Poisson tail < 10⁻³)
        // and far below what a broken gate or a 1-of-N rule would give (≈ 100–200).
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, RadarSite, 1.0, 400_000, 50, 0.002, seed: 99);
        var clutter = new Random(7);
        int falseTracks = 0;
        for (int k = 0; k < 200; k++)
        {
            var time = new SimTime(k);
            var point = new Vec3(
                ContinuousUniform.Sample(clutter, -100_000, 100_000),
                ContinuousUniform.Sample(clutter, -100_000, 100_000),
                ContinuousUniform.Sample(clutter, 500, 20_500));
            TrackerScanResult result = tracker.ProcessScan(time, radar.Site, [radar.Measure(time, Ecef(point))]);
            falseTracks += result.Confirmed.Count;
        }

        Assert.InRange(falseTracks, 0, 10);
    }

    [Fact]
    public void Track_IsNotPenalised_ByASensorWhoseFieldOfRegardDoesNotHoldIt()
    {
        // A long-range radar (10 s scans) keeps the target; a short-range radar 40 km away (20 km
        // field of regard, 1 s scans) never sees it and must not count misses against it.
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var surveillance = new SimulatedTestRadar(0, RadarSite, 10.0, 300_000, 50, 0.002, seed: 31);
        var shortRange = new SimulatedTestRadar(1, new GeodeticPosition(55.36, 37.0, 150), 1.0, 20_000, 10, 0.001, seed: 32);
        var start = new Vec3(-60_000, -30_000, 7_000);
        var velocity = new Vec3(150, 0, 0);
        var dropped = new List<int>();

        for (int second = 0; second <= 120; second++)
        {
            var time = new SimTime(second);
            Vec3 truth = Ecef(start + (velocity * time.Seconds));
            if (second % 10 == 0)
            {
                dropped.AddRange(tracker.ProcessScan(time, surveillance.Site, surveillance.Scan(time, truth)).Dropped);
            }

            Assert.Empty(shortRange.Scan(time, truth)); // out of its coverage all along
            dropped.AddRange(tracker.ProcessScan(time, shortRange.Site, []).Dropped);
        }

        Assert.Empty(dropped);
        Track track = Assert.Single(tracker.Tracks);
        Assert.True(track.Confirmed);
        Assert.Equal(13, track.Updates);
    }

    [Fact]
    public void Target_LeavingTheFieldOfRegard_CoastsInsteadOfBeingDropped()
    {
        // The radar covers 50 km; the target flies out at 300 m/s and the radar keeps scanning.
        var tracker = new Tracker(TrackerFrame, TrackerSettings.Default);
        var radar = new SimulatedTestRadar(0, CommandPost, 5.0, 50_000, 50, 0.002, seed: 41);
        var start = new Vec3(30_000, 0, 5_000);
        var velocity = new Vec3(300, 0, 0);
        var dropped = new List<int>();
        for (int k = 0; k < 25; k++)
        {
            var time = new SimTime(k * 5.0);
            dropped.AddRange(tracker.ProcessScan(time, radar.Site, radar.Scan(time, Ecef(start + (velocity * time.Seconds)))).Dropped);
        }

        // Out of coverage after about 66 s: the last ten or so scans see nothing.
        Assert.Empty(dropped);
        Track track = Assert.Single(tracker.Tracks);
        Assert.True(track.Confirmed);
        Assert.True(track.LastUpdate.Seconds < 70);
    }
}
