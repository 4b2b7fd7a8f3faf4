using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;

namespace Rampart.Core.Tests.Threats;

public class WaypointMoverTests
{
    private const double Start = 100.0;

    // A two-leg route over Ukraine-like latitudes: a level leg at 100 m (250 m/s), then a climb
    // to 5,100 m (300 m/s) after a turn to the north-east.
    private static readonly GeodeticPosition W0 = new(50.0, 30.0, 100);
    private static readonly GeodeticPosition W1 = new(50.2, 31.5, 100);
    private static readonly GeodeticPosition W2 = new(51.0, 32.5, 5100);
    private static readonly Waypoint[] Route = [new(W0, 0), new(W1, 250), new(W2, 300)];

    // Hand-worked leg timings: a level leg takes ground distance / speed; the climbing leg flies its
    // speed along the 3-D path, sqrt(ground² + climb²).
    private static readonly double Leg1S = GreatCircle.DistanceM(W0, W1) / 250.0;
    private static readonly double Leg2S = Math.Sqrt(Math.Pow(GreatCircle.DistanceM(W1, W2), 2) + Math.Pow(5000.0, 2)) / 300.0;

    [Fact]
    public void StartAndEnd_AreRouteStartAndSumOfLegTimes()
    {
        var mover = new WaypointMover(Route, Start, 0);
        Assert.Equal(Start, mover.StartS);
        Assert.Equal(Start + Leg1S + Leg2S, mover.EndS, 1e-9);
        Assert.Equal(W2, mover.FinalPoint);
    }

    [Fact]
    public void Position_AtStart_IsFirstWaypoint()
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start, out Vec3 p, out _);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(W0), p) < 1e-3);
    }

    [Fact]
    public void Position_AtLegBoundary_IsTheWaypoint()
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start + Leg1S, out Vec3 p, out _);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(W1), p) < 1e-3);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.1)]
    [InlineData(0.9)]
    public void Position_MidLeg_IsOnTheGreatCircle(double fraction)
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start + (fraction * Leg1S), out Vec3 p1, out _);
        mover.StateAt(Start + Leg1S + (fraction * Leg2S), out Vec3 p2, out _);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(GreatCircle.Interpolate(W0, W1, fraction)), p1) < 0.01);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(GreatCircle.Interpolate(W1, W2, fraction)), p2) < 0.01);
    }

    [Fact]
    public void Speed_EqualsTheSpeedOfTheLegsEndWaypoint()
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start + (0.3 * Leg1S), out _, out Vec3 v1);
        mover.StateAt(Start + Leg1S + (0.7 * Leg2S), out _, out Vec3 v2);
        Assert.Equal(250.0, v1.Length, 1e-9);
        Assert.Equal(300.0, v2.Length, 1e-9);
    }

    [Fact]
    public void Velocity_AtStart_PointsAlongTheInitialBearing_AndIsLevel()
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start, out _, out Vec3 v);
        Vec3 enu = new EnuFrame(W0).RotateToEnu(v);
        double heading = Math.Atan2(enu.X, enu.Y);
        Assert.Equal(GreatCircle.InitialBearingRad(W0, W1), heading, 1e-9);
        Assert.Equal(0.0, enu.Z, 1e-9);
    }

    [Fact]
    public void ClimbRate_OnClimbingLeg_IsSpeedTimesClimbOverPathLength()
    {
        // Hand-worked: vertical speed = 300 m/s × 5000 m / path length = 5000 m / leg time.
        var mover = new WaypointMover(Route, Start, 0);
        double t = Start + Leg1S + (0.5 * Leg2S);
        mover.StateAt(t, out Vec3 p, out Vec3 v);
        Vec3 up = Wgs84.Up(Wgs84.ToGeodetic(p));
        Assert.Equal(5000.0 / Leg2S, Vec3.Dot(v, up), 1e-6);
    }

    [Fact]
    public void Altitude_IsLevelOnFirstLeg_AndLinearInDistanceOnSecond()
    {
        var mover = new WaypointMover(Route, Start, 0);
        Assert.Equal(100.0, mover.AltitudeAt(Start), 1e-9);
        Assert.Equal(100.0, mover.AltitudeAt(Start + (0.6 * Leg1S)), 1e-9);
        Assert.Equal(100.0, mover.AltitudeAt(Start + Leg1S), 1e-6);
        Assert.Equal(100.0 + (0.3 * 5000.0), mover.AltitudeAt(Start + Leg1S + (0.3 * Leg2S)), 1e-6);
        Assert.Equal(5100.0, mover.AltitudeAt(mover.EndS), 1e-9);

        // The ECEF position agrees with the reported altitude.
        mover.StateAt(Start + Leg1S + (0.3 * Leg2S), out Vec3 p, out _);
        Assert.Equal(1600.0, Wgs84.ToGeodetic(p).AltitudeM, 1e-3);
    }

    [Fact]
    public void Velocity_AgreesWithRateOfChangeOfPosition_WithinHalfAPercent()
    {
        // The reported velocity has the leg's exact speed; the position moves on the ellipsoid at
        // (radius of curvature + altitude) / mean radius of it (see WaypointMover's remarks).
        var mover = new WaypointMover(Route, Start, 0);
        foreach (double t in new[] { Start + (0.5 * Leg1S), Start + Leg1S + (0.5 * Leg2S) })
        {
            mover.StateAt(t - 0.5, out Vec3 before, out _);
            mover.StateAt(t + 0.5, out Vec3 after, out _);
            mover.StateAt(t, out _, out Vec3 v);
            Vec3 difference = after - before;
            Assert.True(Vec3.Distance(difference, v) < 0.005 * v.Length, $"at t={t}: {difference} vs {v}");
        }
    }

    [Fact]
    public void State_OutsideTheFlight_IsClampedToTheEnds()
    {
        var mover = new WaypointMover(Route, Start, 0);
        mover.StateAt(Start - 50, out Vec3 before, out _);
        mover.StateAt(mover.EndS + 50, out Vec3 after, out Vec3 vAfter);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(W0), before) < 1e-3);
        Assert.True(Vec3.Distance(Wgs84.ToEcef(W2), after) < 1e-3);
        Assert.Equal(300.0, vAfter.Length, 1e-9);
        Assert.Equal(100.0, mover.AltitudeAt(0));
    }

    [Fact]
    public void LateralOffset_OnStraightRoute_FliesAbreastAtTheOffsetDistance()
    {
        // A due-north route: positive offset is to the right, i.e. east (larger longitude).
        Waypoint[] route = [new(new GeodeticPosition(48, 35, 50), 0), new(new GeodeticPosition(50, 35, 50), 240)];
        var centre = new WaypointMover(route, 0, 0);
        var right = new WaypointMover(route, 0, 2000);
        double tMid = centre.EndS / 2;
        centre.StateAt(tMid, out Vec3 pc, out _);
        right.StateAt(tMid, out Vec3 pr, out _);
        // On the model's sphere the offset is exact; in ECEF it is scaled by the ellipsoid's
        // radius of curvature over the mean radius (N(49°) / R1 = 1.003, hand-worked), so 0.5 %.
        Assert.Equal(2000.0, GreatCircle.DistanceM(Wgs84.ToGeodetic(pc), Wgs84.ToGeodetic(pr)), 0.5);
        Assert.Equal(2000.0, Vec3.Distance(pc, pr), 10.0);
        Assert.True(Wgs84.ToGeodetic(pr).LongitudeDeg > 35.0);
        Assert.Equal(centre.EndS, right.EndS, 1e-3);
    }

    [Theory]
    [InlineData(2000.0)]
    [InlineData(-3000.0)]
    public void LateralOffset_OnTurningRoute_KeepsTheCrossTrackDistanceOnEveryLeg(double offset)
    {
        // Cross-track distance of point P from the great circle A→B (Aviation Formulary):
        // xtd = asin(sin(d_AP / R) · sin(θ_AP − θ_AB)) · R, positive to the right of A→B.
        var mover = new WaypointMover(Route, Start, offset);
        mover.StateAt(Start + (0.5 * Leg1S), out Vec3 p1, out _);
        mover.StateAt(Start + Leg1S + (0.5 * Leg2S), out Vec3 p2, out _);
        Assert.Equal(offset, CrossTrack(W0, W1, Wgs84.ToGeodetic(p1)), 0.002 * Math.Abs(offset));
        Assert.Equal(offset, CrossTrack(W1, W2, Wgs84.ToGeodetic(p2)), 0.002 * Math.Abs(offset));
        Assert.Equal(offset, CrossTrack(W1, W2, mover.FinalPoint), 1e-6 * Math.Abs(offset));
    }

    [Fact]
    public void StateAt_DoesNotAllocate()
    {
        var mover = new WaypointMover(Route, Start, 1000);
        mover.StateAt(Start + 1, out _, out _); // warm up (JIT)
        long before = GC.GetAllocatedBytesForCurrentThread();
        double sum = 0;
        for (int i = 0; i < 1000; i++)
        {
            mover.StateAt(Start + (i * 0.7), out Vec3 p, out _);
            sum += p.X + mover.AltitudeAt(Start + i);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum != 0);
    }

    [Fact]
    public void Constructor_RejectsARouteOfOneWaypoint() =>
        Assert.Throws<ArgumentException>(() => new WaypointMover([new Waypoint(W0, 200)], 0, 0));

    [Fact]
    public void Constructor_RejectsANonPositiveSpeed() =>
        Assert.Throws<ArgumentException>(() => new WaypointMover([new Waypoint(W0, 200), new Waypoint(W1, 0)], 0, 0));

    [Fact]
    public void Constructor_RejectsCoincidentWaypoints() =>
        Assert.Throws<ArgumentException>(() => new WaypointMover([new Waypoint(W0, 200), new Waypoint(W0.WithAltitude(500), 200)], 0, 0));

    private static double CrossTrack(GeodeticPosition a, GeodeticPosition b, GeodeticPosition p)
    {
        double dAp = GreatCircle.CentralAngleRad(a, p);
        double angle = GreatCircle.InitialBearingRad(a, p) - GreatCircle.InitialBearingRad(a, b);
        return Math.Asin(Math.Sin(dAp) * Math.Sin(angle)) * Wgs84.MeanRadius;
    }
}
