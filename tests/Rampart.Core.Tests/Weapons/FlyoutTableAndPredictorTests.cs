using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

public class FlyoutTableAndPredictorTests
{
    private static readonly FlyoutTable Table = FlyoutTable.Build(TestMissiles.Spec48N6);

    /// <summary>A point on the launcher's meridian at a ground arc of <paramref name="rangeM"/> north, at a height above the launcher.</summary>
    private static Vec3 PointNorth(double rangeM, double heightAboveLauncherM)
    {
        var site = TestMissiles.LauncherSite;
        double dLat = rangeM / Wgs84.MeanRadius * 180.0 / Math.PI;
        return Wgs84.ToEcef(new GeodeticPosition(site.LatitudeDeg + dLat, site.LongitudeDeg, site.AltitudeM + heightAboveLauncherM));
    }

    private static InterceptorStepResult FlyTo(Vec3 point, Vec3 velocity, double launchTime, double dt)
    {
        var spec = TestMissiles.Spec48N6 with { SeekerAngleSigmaRad = 0 };
        var missile = new Interceptor(new EntityId(1), spec, TestMissiles.LauncherEcef, new SimTime(launchTime), new Random(3));
        return TestMissiles.Engage(missile, point, velocity, dt);
    }

    [Theory]
    [InlineData(40_000, 8_000)]
    [InlineData(100_000, 12_000)]
    public void TableTimeOfFlight_AgreesWithDirectFlyout(double range, double height)
    {
        // The direct flyout uses a different site (50° N instead of the equator), a finer step
        // (0.05 s instead of 0.1 s) and no interpolation over the 7 km × 2.5 km grid cells; the
        // table should agree within 3 % + 0.5 s in time of flight and 5 % in speed.
        var point = PointNorth(range, height);
        double groundRange = InterceptPredictor.GroundRange(TestMissiles.LauncherEcef, point);
        Assert.True(Table.TryLookup(groundRange, height, out double tof, out double speed));
        var direct = FlyTo(point, Vec3.Zero, 0.0, 0.05);
        Assert.True(direct.Kind == InterceptorStepKind.Fuzed, $"direct flyout: {direct}; table {tof} s {speed} m/s");
        Assert.True(Math.Abs(tof - direct.Time.Seconds) < (0.03 * direct.Time.Seconds) + 0.5, $"table {tof} s, direct {direct.Time.Seconds} s");
        Assert.InRange(speed, direct.SpeedMps * 0.95, direct.SpeedMps * 1.05);
    }

    [Fact]
    public void Table_ReportsUnreachable_BeyondGridAndBeyondReach()
    {
        Assert.False(Table.TryLookup(1e6, 8_000, out double tof, out _));
        Assert.True(double.IsNaN(tof));
        Assert.False(Table.TryLookup(50_000, 60_000, out _, out _));
        Assert.True(Table.MaxRangeAt(8_000) < 1.1 * TestMissiles.Spec48N6.MaxRangeM);
    }

    [Fact]
    public void Build_ReturnsCachedTable_ForEqualSpecWithNewListInstances()
    {
        var copy = TestMissiles.Spec48N6 with { DragMach = [.. TestMissiles.Spec48N6.DragMach], DragCd = [.. TestMissiles.Spec48N6.DragCd] };
        Assert.Same(Table, FlyoutTable.Build(copy));
        Assert.NotSame(Table, FlyoutTable.Build(copy with { DragCd = [.. copy.DragCd.Select(c => c * 1.1)] }));
    }

    [Fact]
    public void Predictor_ApproachingTarget_PredictsPointAndTimeThatAFlyoutAchieves()
    {
        // Target 90 km north at 9 km, 300 m/s towards the launcher; launch after 5 s.
        var frame = TestMissiles.LauncherFrame;
        Vec3 start = frame.ToEcef(new Vec3(0, 90_000, 9_000));
        Vec3 velocity = frame.RotateToEcef(new Vec3(0, -300, 0));
        var solution = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef, start, velocity, 5.0);

        Assert.True(solution.Feasible);
        Assert.Equal(InterceptReason.None, solution.Reason);
        // Consistent to the iteration's 1 ms tolerance: time = delay + flight time, and the
        // predicted point is where the constant-velocity target is at that time (300 m/s · 1 ms).
        Assert.InRange(solution.TimeToInterceptS - (5.0 + solution.TimeOfFlightS), -1e-3, 1e-3);
        Assert.True(Vec3.Distance(start + (velocity * solution.TimeToInterceptS), solution.InterceptPointEcef) < 0.5);

        // Fly it: launched at t = 5 s against the same target, the fuze fires within 4 % of the
        // predicted time (the table is built against stationary points on a coarse grid).
        var missile = new Interceptor(new EntityId(1), TestMissiles.Spec48N6 with { SeekerAngleSigmaRad = 0 }, TestMissiles.LauncherEcef, new SimTime(5.0), new Random(3));
        var flown = TestMissiles.Engage(missile, start, velocity, 0.05);
        Assert.Equal(InterceptorStepKind.Fuzed, flown.Kind);
        Assert.InRange(flown.Time.Seconds, solution.TimeToInterceptS * 0.96, solution.TimeToInterceptS * 1.04);
    }

    [Fact]
    public void Predictor_RejectsTargetFasterThanSpecAllows()
    {
        var frame = TestMissiles.LauncherFrame;
        var solution = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef,
            frame.ToEcef(new Vec3(0, 50_000, 10_000)), frame.RotateToEcef(new Vec3(0, -3_000, 0)), 0);
        Assert.False(solution.Feasible);
        Assert.Equal(InterceptReason.TooFast, solution.Reason);
    }

    [Fact]
    public void Predictor_RejectsTargetAboveAltitudeBand()
    {
        var solution = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef,
            PointNorth(40_000, 35_000), Vec3.Zero, 0);
        Assert.Equal(InterceptReason.AltitudeBand, solution.Reason);
    }

    [Fact]
    public void Predictor_RejectsRecedingTargetBeyondReach()
    {
        var frame = TestMissiles.LauncherFrame;
        var solution = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef,
            frame.ToEcef(new Vec3(0, 250_000, 10_000)), frame.RotateToEcef(new Vec3(0, 250, 0)), 0);
        Assert.Equal(InterceptReason.OutOfRange, solution.Reason);
    }

    [Fact]
    public void Predictor_RejectsTargetInsideMinimumRange()
    {
        // Stationary point 1.5 km away at 2 km height: inside the 3 km minimum range.
        var solution = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef,
            PointNorth(1_500, 2_000), Vec3.Zero, 0);
        Assert.Equal(InterceptReason.TooClose, solution.Reason);
    }

    [Fact]
    public void Predictor_BallisticTrack_PutsInterceptOnTheFallingArc()
    {
        // Target 80 km north at 20 km, at the top of its arc (level), 1,500 m/s towards the
        // launcher; launch after 5 s. Believed ballistic, it must be met where a body falling
        // freely from there is: by hand, p + v·t − ½·g·t²·up, up the geocentric radial at the
        // start and g = μ/r² = 3.986e14 / (6.391e6 + 20e3)² ≈ 9.70 m/s² (r ≈ 6,411 km: 20 km
        // above the geocentric radius at 50° N). That flat-earth formula ignores the turn of
        // "down" over the ~50 km flown (g·v·t³/(6r) ≈ 15 m) and the growth of g with the ~5 km
        // drop (0.17 %, ≈ 10 m); 50 m covers both.
        var frame = TestMissiles.LauncherFrame;
        Vec3 start = frame.ToEcef(new Vec3(0, 80_000, 20_000));
        Vec3 up = start.Normalized();
        // Level at the target (its geocentric horizontal, 0.7° from the launcher's), ~1,500 m/s.
        Vec3 south = frame.RotateToEcef(new Vec3(0, -1_500, 0));
        Vec3 velocity = south - (up * Vec3.Dot(south, up));
        // The arc all the way down (no dense-air ceiling: the 48N6's table ends at 27 km).
        var ballistic = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef, start, velocity, 5.0, true, double.NegativeInfinity);
        var straight = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef, start, velocity, 5.0);

        Assert.True(ballistic.Feasible, ballistic.Reason.ToString());
        Assert.True(straight.Feasible, straight.Reason.ToString());
        double t = ballistic.TimeToInterceptS;
        Vec3 onArc = start + (velocity * t) - (up * (0.5 * 9.70 * t * t));
        Vec3 onLine = start + (velocity * t);
        Assert.True(Vec3.Distance(onArc, ballistic.InterceptPointEcef) < 50, $"{Vec3.Distance(onArc, ballistic.InterceptPointEcef):F1} m from the hand arc at t = {t:F2} s");
        Assert.True(Vec3.Distance(onLine, ballistic.InterceptPointEcef) > 2_000, $"only {Vec3.Distance(onLine, ballistic.InterceptPointEcef):F1} m from the straight line");
        // Still consistent: time = delay + flight time to that point (the iteration stops on a
        // step under 1 ms; the residual left is that step over 1 − d tof/dt, a few ms at most).
        Assert.InRange(t - (5.0 + ballistic.TimeOfFlightS), -5e-3, 5e-3);
        // The straight-line prediction is unchanged: on the line.
        Assert.True(Vec3.Distance(start + (velocity * straight.TimeToInterceptS), straight.InterceptPointEcef) < 0.5);

        // With the default 40 km dense-air ceiling the level target at 20 km falls on the arc for
        // the first 2 s step only (it is not yet descending at t = 0), then goes straight at the
        // velocity it has then (g·2 s down): the drop at t is ½·g·2² + g·2·(t − 2) = g·(2t − 2).
        var dense = InterceptPredictor.Solve(Table, TestMissiles.Spec48N6, TestMissiles.LauncherEcef, start, velocity, 5.0, ballistic: true);
        Assert.True(dense.Feasible, dense.Reason.ToString());
        double td = dense.TimeToInterceptS;
        Vec3 bent = start + (velocity * td) - (up * (9.70 * ((2 * td) - 2)));
        Assert.True(Vec3.Distance(bent, dense.InterceptPointEcef) < 20, $"{Vec3.Distance(bent, dense.InterceptPointEcef):F1} m from the hand point at t = {td:F2} s");
    }

    [Fact]
    public void DiskCacheKey_ChangesWithEveryFlightModelParameter()
    {
        // A table flown with one guidance law, lag, divert, loft or CN_max must never be reused
        // for another: each of the flight-model parameters is part of the cache key's text.
        var spec = TestMissiles.Spec48N6;
        string key = FlyoutTableDiskCache.Canonical(spec);
        Core.Scenario.Model.MissileSpec[] variants =
        [
            spec with { GuidanceLaw = ProportionalNavigationLaw.Pure },
            spec with { AutopilotTimeConstantS = 0.3 },
            spec with { DivertAccelerationG = 5 },
            spec with { MinEndgameSpeedMps = 500 },
            spec with { LoftAngleRad = 0.1 },
            spec with { LoftMinRangeM = 20_000 },
            spec with { LoftFullRangeM = 90_000 },
            spec with { MaxNormalForceCoefficient = 6 },
        ];
        foreach (var v in variants)
        {
            Assert.NotEqual(key, FlyoutTableDiskCache.Canonical(v));
        }

        Assert.Equal(2, FlyoutTableDiskCache.ModelVersion);
    }
}
