using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;

namespace Rampart.Core.Tests.Threats;

public class RouteMoverTests
{
    private const double G0 = 9.80665;
    private const double Start = 50.0;
    private const double V = 250.0;      // m/s
    private const double LoadFactor = 3; // g, level coordinated turn

    // Hand-worked: a_lat = g·√(n² − 1) = 9.80665·√8 = 27.737 m/s²; R = v²/a_lat = 62,500/27.737
    // = 2,253.3 m; a 90° turn takes (π/2)·R/v = 14.158 s.
    private const double ALat = 27.73747;
    private const double R = 2253.31;
    private const double Turn90S = 14.1578;

    // North 20 km, then a 90° turn to the east for 20 km, at 5 km altitude.
    private static readonly GeodeticPosition A = new(54.0, 10.0, 5000);
    private static readonly GeodeticPosition B = GreatCircle.Destination(A, 0.0, 20_000).WithAltitude(5000);
    private static readonly GeodeticPosition C = GreatCircle.Destination(B, Math.PI / 2, 20_000).WithAltitude(5000);
    private static readonly Waypoint[] Route = [new(A, 0), new(B, V), new(C, V)];

    private static RouteMover Mover() => new(Route, Start, 0, RouteMover.LevelTurnAcceleration(LoadFactor));

    private static double HeadingDeg(RouteMover m, double t)
    {
        m.StateAt(t, out Vec3 p, out Vec3 v);
        var frame = new EnuFrame(Wgs84.ToGeodetic(p));
        Vec3 enu = frame.RotateToEnu(v);
        double h = Math.Atan2(enu.X, enu.Y) * 180.0 / Math.PI;
        return h < -1 ? h + 360 : h;
    }

    [Fact]
    public void LevelTurnAcceleration_IsGTimesRootOfNSquaredLessOne()
    {
        Assert.Equal(ALat, RouteMover.LevelTurnAcceleration(3), 1e-4);
        Assert.Equal(G0 * Math.Sqrt(3), RouteMover.LevelTurnAcceleration(2), 1e-9); // 60° bank
    }

    [Fact]
    public void Turn_TakesQuarterCircleTime_AndHeadingSweepsEvenly()
    {
        var m = Mover();
        double mid = m.TimeAtWaypoint(1);
        Assert.Equal(0.0, HeadingDeg(m, mid - (Turn90S / 2) - 1), 0.05);
        Assert.Equal(0.0, HeadingDeg(m, mid - (Turn90S / 2) + 0.001), 0.1);
        Assert.Equal(45.0, HeadingDeg(m, mid), 0.1);
        Assert.Equal(90.0, HeadingDeg(m, mid + (Turn90S / 2) - 0.001), 0.1);
        Assert.Equal(90.0, HeadingDeg(m, mid + (Turn90S / 2) + 1), 0.05);
    }

    [Fact]
    public void Turn_LateralAcceleration_IsVSquaredOverR()
    {
        var m = Mover();
        double mid = m.TimeAtWaypoint(1);
        m.StateAt(mid - 0.05, out _, out Vec3 v0);
        m.StateAt(mid + 0.05, out _, out Vec3 v1);
        double accel = (v1 - v0).Length / 0.1;
        Assert.Equal(ALat, accel, 0.01 * ALat); // gravity is not in a mover's kinematics
        Assert.Equal(V, v0.Length, 1e-6);
    }

    [Fact]
    public void Turn_PassesInsideTheWaypoint_ByRTimesRootTwoLessOne()
    {
        // Fly-by: a 90° turn tangent to both legs passes R(1/cos 45° − 1) = 933.3 m inside the corner.
        var m = Mover();
        double best = double.PositiveInfinity;
        Vec3 b = Wgs84.ToEcef(B);
        for (double t = m.TimeAtWaypoint(1) - 10; t < m.TimeAtWaypoint(1) + 10; t += 0.01)
        {
            m.StateAt(t, out Vec3 p, out _);
            best = Math.Min(best, Vec3.Distance(p, b));
        }

        // Tolerance 0.5 %: the turn is laid out on the mean-radius sphere and placed on the ellipsoid
        // at 5 km, a scale of (N + h)/R_mean ≈ 1.004 at 54° (documented in RouteMover/WaypointMover).
        Assert.Equal(R * (Math.Sqrt(2) - 1), best, 0.005 * R * (Math.Sqrt(2) - 1));
    }

    [Fact]
    public void Route_Duration_IsCutLegsPlusArc()
    {
        // Path: two 20 km legs each shortened by L = R·tan 45° = R, plus the arc πR/2.
        var m = Mover();
        double path = (2 * (GreatCircle.DistanceM(A, B) - R)) + (Math.PI * R / 2);
        Assert.Equal(Start + (path / V), m.EndS, 0.01);
        m.StateAt(m.EndS, out Vec3 end, out _);
        Assert.True(Vec3.Distance(end, Wgs84.ToEcef(C)) < 0.5);
    }

    [Fact]
    public void Position_IsContinuous_AcrossSegmentJoins()
    {
        var m = Mover();
        m.StateAt(Start, out Vec3 previous, out _);
        for (double t = Start + 0.1; t <= m.EndS; t += 0.1)
        {
            m.StateAt(t, out Vec3 p, out _);
            Assert.InRange(Vec3.Distance(p, previous), 0.1 * V * 0.99, 0.1 * V * 1.01);
            previous = p;
        }
    }

    [Fact]
    public void Drone_FliesItsSpeed()
    {
        // A 50 m/s drone over 30 km takes 600 s; its speed is 50 m/s throughout.
        var d0 = new GeodeticPosition(48.0, 37.0, 200);
        var d1 = GreatCircle.Destination(d0, 1.0, 30_000).WithAltitude(200);
        var m = new RouteMover([new(d0, 0), new(d1, 50)], 0, 0, RouteMover.LevelTurnAcceleration(2));
        Assert.Equal(600.0, m.EndS, 1e-6);
        for (double t = 0; t <= 600; t += 37)
        {
            m.StateAt(t, out _, out Vec3 v);
            Assert.Equal(50.0, v.Length, 1e-9);
        }
    }

    [Fact]
    public void ShortLeg_ForAFlyByTurn_IsFlownOver_ThenTurnsOntoTheNextWaypoint()
    {
        // A 2 km leg cannot hold the 2.25 km tangent of a fly-by turn (R = 2,253 m, 90°): the
        // threat flies over the waypoint, then turns until it heads for the next.
        var b = GreatCircle.Destination(A, 0.0, 2_000).WithAltitude(5000);
        var c = GreatCircle.Destination(b, Math.PI / 2, 20_000).WithAltitude(5000);
        var m = new RouteMover([new(A, 0), new(b, V), new(c, V)], 0, 0, ALat);
        m.StateAt(m.TimeAtWaypoint(1), out Vec3 over, out _);
        Assert.True(Vec3.Distance(over, Wgs84.ToEcef(b)) < 0.5);
        Assert.Equal(0.0, HeadingDeg(m, m.TimeAtWaypoint(1) - 0.001), 0.1);
        m.StateAt(m.EndS, out Vec3 end, out _);
        Assert.True(Vec3.Distance(end, Wgs84.ToEcef(c)) < 0.5);
    }

    [Fact]
    public void Reversal_IsFlownOver_AsAUTurn()
    {
        // 178° at B: a fly-by would start 57 R early; flown over, the threat turns right at R and
        // comes out 2R = 4.5 km east of the leg, then heads for C (0.14 km east of A, ~18 km south):
        // 180° + atan((4.51 − 0.14)/18) ≈ 193.6°.
        var b = GreatCircle.Destination(A, 0.0, 20_000).WithAltitude(5000);
        var c = GreatCircle.Destination(A, 0.07, 2_000).WithAltitude(5000);
        var m = new RouteMover([new(A, 0), new(b, V), new(c, V)], 0, 0, ALat);
        m.StateAt(m.EndS, out Vec3 end, out _);
        Assert.True(Vec3.Distance(end, Wgs84.ToEcef(c)) < 0.5);
        Assert.Equal(193.6, HeadingDeg(m, m.EndS - 1), 1.0);
    }

    [Fact]
    public void NextWaypointInsideTheTurnCircle_IsRefused_NamingTheWaypoint()
    {
        // Flown over at B heading north, the right turn's circle (R = 2.25 km) is centred 2.25 km
        // east of B: a waypoint 1 km east of B lies inside it.
        var b = GreatCircle.Destination(A, 0.0, 20_000).WithAltitude(5000);
        var c = GreatCircle.Destination(b, Math.PI / 2, 1_000).WithAltitude(5000);
        var e = Assert.Throws<RouteGeometryException>(() => new RouteMover([new(A, 0), new(b, V), new(c, V)], 0, 0, ALat));
        Assert.Equal(2, e.WaypointIndex);
        Assert.Contains("turn radius 2.3 km", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Break_TurnsAwayFromTheMissile_AtTheBreakAcceleration_ThenRejoinsTheRoute()
    {
        var m = Mover();
        double t = Start + 20; // on the first leg, heading north
        m.StateAt(t, out Vec3 p, out _);
        var frame = new EnuFrame(Wgs84.ToGeodetic(p));
        Vec3 missile = frame.ToEcef(new Vec3(-6000, 3000, 0)); // ahead and to the left (west)
        double aBreak = RouteMover.LevelTurnAcceleration(7);
        var broken = m.Break(t, missile, aBreak, Math.PI / 2, 0, 100);

        // Unchanged before the break.
        m.StateAt(t - 5, out Vec3 before, out _);
        broken.StateAt(t - 5, out Vec3 beforeBroken, out _);
        Assert.True(Vec3.Distance(before, beforeBroken) < 1e-6);

        // Turning right (heading grows from 0°), with |dv/dt| = a_break; a 90° break lasts
        // (π/2)·v/a = (π/2)·250/67.57 = 5.81 s.
        Assert.True(HeadingDeg(broken, t + 2) > 10);
        broken.StateAt(t + 1, out _, out Vec3 v0);
        broken.StateAt(t + 1.1, out _, out Vec3 v1);
        Assert.Equal(aBreak, (v1 - v0).Length / 0.1, 0.01 * aBreak);
        Assert.Equal(t + (Math.PI / 2 * V / aBreak), broken.BreakEndS, 1e-6);
        Assert.Equal(90.0, HeadingDeg(broken, broken.BreakEndS), 0.1);

        // And back to the route: it ends at the last waypoint, later than planned.
        broken.StateAt(broken.EndS, out Vec3 end, out _);
        Assert.True(Vec3.Distance(end, Wgs84.ToEcef(C)) < 1.0);
        Assert.True(broken.EndS > m.EndS);
        Assert.Equal(1, broken.Breaks);
    }

    [Fact]
    public void Break_WithDive_LosesTheDiveAltitude_NotBelowTheFloor()
    {
        var m = Mover();
        double t = Start + 20;
        m.StateAt(t, out Vec3 p, out _);
        Vec3 missile = new EnuFrame(Wgs84.ToGeodetic(p)).ToEcef(new Vec3(5000, 5000, 0));
        var broken = m.Break(t, missile, RouteMover.LevelTurnAcceleration(7), Math.PI / 2, 2000, 100);
        Assert.Equal(3000.0, broken.AltitudeAt(broken.BreakEndS), 1e-6);
        var floored = m.Break(t, missile, RouteMover.LevelTurnAcceleration(7), Math.PI / 2, 9000, 1000);
        Assert.Equal(1000.0, floored.AltitudeAt(floored.BreakEndS), 1e-6);
    }
}
