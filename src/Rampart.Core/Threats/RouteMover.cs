using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Threats;

/// <summary>
/// An air-breathing threat (aircraft, cruise missile, drone) flying a route of waypoints with
/// coordinated turns: straight great-circle legs joined by level-turn arcs whose radius comes
/// from the speed and the turn's lateral acceleration, R = v² / a_lat, and, after an evasive
/// break (<see cref="Break"/>), the break turn and the way back to the route. The state at any
/// time is analytic (a binary search for the segment, then one sine and cosine). Immutable and
/// thread-safe; a break makes a new mover.
/// </summary>
/// <remarks>
/// Model assumptions, made here:
/// <list type="bullet">
/// <item>Fly-by waypoints: the turn at an interior waypoint starts L = R·tan(Δψ/2) before it on
/// the incoming leg and ends L after it on the outgoing leg (Δψ the change of heading), so the
/// path is tangent to both legs and passes R·(1/cos(Δψ/2) − 1) inside the waypoint. A turn is
/// flown at the speed of the leg that ends at the waypoint; its lateral acceleration is
/// a_lat = g·√(n² − 1) for the load factor n of a level coordinated turn (bank angle
/// φ = arccos(1/n)), so R = v² / (g·√(n² − 1)) and a turn through Δψ takes Δψ·R / v.</item>
/// <item>Fly-over waypoints: where the heading change is above <see cref="MaxFlyByTurnDeg"/>° (a
/// fly-by would start its turn more than 1.7 R early) or the fly-by turn does not fit the legs
/// (L longer than the leg in, or than half the leg out), the threat flies over the waypoint and
/// then turns at the same radius until it heads straight for the next one. A next waypoint inside
/// that turn's circle cannot be reached and the route is refused
/// (<see cref="RouteGeometryException"/>) rather than flown with a tighter turn than the threat
/// can pull.</item>
/// <item>Speed is constant along a segment and changes instantly where a turn ends; pitch changes
/// (a climb starting or ending) are instantaneous. The altitude changes linearly along each leg
/// with ground distance, as between the waypoints, and linearly along a turn between the
/// altitudes of its two ends.</item>
/// <item>Turns are laid out in the horizontal plane at their waypoint (see <see cref="PathSegment"/>);
/// legs are great circles on the mean-radius sphere, points placed on the WGS-84 ellipsoid.</item>
/// <item>Lateral offsets (members flying abreast) shift the waypoints as <see cref="WaypointMover"/>
/// does; the turns are then built on the shifted route.</item>
/// </list>
/// </remarks>
public sealed class RouteMover : IThreatMover
{
    /// <summary>Sharpest heading change at a waypoint flown as a fly-by turn, degrees; a sharper one is flown over.</summary>
    public const double MaxFlyByTurnDeg = 120.0;

    /// <summary>Standard gravity, m/s².</summary>
    public const double G0 = 9.80665;

    private const double MinLegLengthM = 1.0;

    private readonly PathSegment[] _segments;
    private readonly double[] _starts;
    private readonly double[] _waypointTimes;
    private readonly GeodeticPosition[] _points;
    private readonly double[] _speeds;

    /// <summary>Builds the mover.</summary>
    /// <param name="route">Waypoints: the first is where the threat is at <paramref name="startS"/>; each later one gives the speed of the leg ending there (m/s, &gt; 0).</param>
    /// <param name="startS">Simulated time the threat is at the first waypoint, s.</param>
    /// <param name="lateralOffsetM">Sideways shift of the whole route, m, positive to the right.</param>
    /// <param name="turnAccelerationMps2">Lateral acceleration in the route's turns, m/s² (&gt; 0; +∞ for instant corners).</param>
    /// <exception cref="RouteGeometryException">A leg too short for its turns, or a turn too sharp.</exception>
    /// <exception cref="ArgumentException">Fewer than two waypoints, a speed that is not positive, coincident waypoints.</exception>
    public RouteMover(IReadOnlyList<Waypoint> route, double startS, double lateralOffsetM, double turnAccelerationMps2)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Count < 2)
        {
            throw new ArgumentException("A route needs at least two waypoints.", nameof(route));
        }

        if (!double.IsFinite(startS) || !double.IsFinite(lateralOffsetM) || !(turnAccelerationMps2 > 0))
        {
            throw new ArgumentException("Start time and lateral offset must be finite numbers and the turn acceleration positive.");
        }

        for (int i = 1; i < route.Count; i++)
        {
            if (!(route[i].SpeedMps > 0) || !double.IsFinite(route[i].SpeedMps))
            {
                throw new ArgumentException(FormattableString.Invariant($"Waypoint {i + 1} has speed {route[i].SpeedMps} m/s; a leg's speed must be positive."), nameof(route));
            }

            if (GreatCircle.DistanceM(route[i - 1].Position, route[i].Position) < MinLegLengthM)
            {
                throw new ArgumentException(FormattableString.Invariant($"Waypoints {i} and {i + 1} coincide; consecutive waypoints must be at least {MinLegLengthM} m apart."), nameof(route));
            }
        }

        _points = WaypointMover.OffsetRoute(route, lateralOffsetM);
        _speeds = route.Select(w => w.SpeedMps).ToArray();
        TurnAccelerationMps2 = turnAccelerationMps2;
        var segments = new List<PathSegment>();
        _waypointTimes = Build(_points, _speeds, 0, startS, turnAccelerationMps2, segments);
        _segments = [.. segments];
        _starts = _segments.Select(s => s.StartS).ToArray();
        StartS = startS;
        EndS = _segments[^1].EndS;
        FinalPoint = _points[^1];
    }

    private RouteMover(RouteMover route, List<PathSegment> segments, double[] waypointTimes)
    {
        _points = route._points;
        _speeds = route._speeds;
        TurnAccelerationMps2 = route.TurnAccelerationMps2;
        _segments = [.. segments];
        _starts = _segments.Select(s => s.StartS).ToArray();
        _waypointTimes = waypointTimes;
        StartS = route.StartS;
        EndS = _segments[^1].EndS;
        FinalPoint = _points[^1];
        Breaks = route.Breaks + 1;
    }

    /// <summary>Lateral acceleration in the route's turns, m/s².</summary>
    public double TurnAccelerationMps2 { get; }

    /// <inheritdoc/>
    public double StartS { get; }

    /// <inheritdoc/>
    public double EndS { get; }

    /// <inheritdoc/>
    public GeodeticPosition FinalPoint { get; }

    /// <summary>Number of waypoints of the route.</summary>
    public int WaypointCount => _points.Length;

    /// <summary>Evasive breaks flown so far (0 for the planned route).</summary>
    public int Breaks { get; }

    /// <summary>When the break now in progress (or last flown) ends, s; −∞ before any break.</summary>
    public double BreakEndS { get; private init; } = double.NegativeInfinity;

    /// <summary>Lateral acceleration of a level coordinated turn at load factor <paramref name="loadFactor"/> (g·√(n² − 1)), m/s².</summary>
    public static double LevelTurnAcceleration(double loadFactor) =>
        loadFactor > 1.0 ? G0 * Math.Sqrt((loadFactor * loadFactor) - 1.0) : throw new ArgumentOutOfRangeException(nameof(loadFactor), "A level turn needs a load factor above 1 g.");

    /// <summary>
    /// Time the threat passes waypoint <paramref name="index"/> (0 = the start): the middle of the
    /// turn there, or the end of the route for the last. After a break, a waypoint left out on the
    /// way back gets the time the threat reached the waypoint it flew to instead.
    /// </summary>
    public double TimeAtWaypoint(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _waypointTimes.Length);
        return _waypointTimes[index];
    }

    /// <inheritdoc/>
    public void StateAt(double timeS, out Vec3 positionEcef, out Vec3 velocityEcef) =>
        _segments[Find(timeS)].StateAt(Math.Clamp(timeS, StartS, EndS), out positionEcef, out velocityEcef);

    /// <inheritdoc/>
    public double AltitudeAt(double timeS) => _segments[Find(timeS)].AltitudeAt(Math.Clamp(timeS, StartS, EndS));

    /// <summary>
    /// The path with an evasive break at <paramref name="timeS"/>: a turn at lateral acceleration
    /// <paramref name="breakAccelerationMps2"/> through <paramref name="turnRad"/> away from
    /// <paramref name="threatEcef"/> (to the side away from it; straight ahead counts as left),
    /// losing <paramref name="diveM"/> of altitude on the way (not below <paramref name="floorM"/>),
    /// then a turn at the route's turn acceleration towards the next waypoint not yet passed and
    /// the rest of the route. The path up to <paramref name="timeS"/> is unchanged.
    /// </summary>
    /// <remarks>
    /// Assumptions: the speed through the break is the speed at its start; if the next waypoint
    /// lies inside the circle of the turn back (too close to turn onto), or the turn at it does
    /// not fit the short leg to it, the threat makes for the waypoint after it instead (the last
    /// waypoint is always reachable by flying on 2R first).
    /// </remarks>
    public RouteMover Break(double timeS, Vec3 threatEcef, double breakAccelerationMps2, double turnRad, double diveM, double floorM)
    {
        if (!(breakAccelerationMps2 > 0) || !(turnRad > 0) || !(diveM >= 0))
        {
            throw new ArgumentException("A break needs a positive acceleration and turn, and a dive of at least 0 m.");
        }

        double t = Math.Clamp(timeS, StartS, EndS);
        int current = Find(t);
        var segments = new List<PathSegment>(_segments.Length + 4);
        for (int i = 0; i < current; i++)
        {
            segments.Add(_segments[i]);
        }

        if (t > _segments[current].StartS)
        {
            segments.Add(_segments[current].TruncatedAt(t));
        }

        // Where the break starts: position, local up, heading and speed.
        _segments[current].StateAt(t, out Vec3 p, out Vec3 v);
        _segments[current].FrameAt(t, out Vec3 up, out Vec3 along);
        double speed = v.Length;
        double altitude = _segments[current].AltitudeAt(t);
        Vec3 toThreat = threatEcef - p;
        bool threatOnLeft = Vec3.Dot(Vec3.Cross(along, toThreat), up) > 0;
        double radius = speed * speed / breakAccelerationMps2;
        double dive = -Math.Min(diveM, Math.Max(0.0, altitude - floorM));
        var breakTurn = PathSegment.Turn(t, up, Vec3.Zero, along, radius, turnRad, left: !threatOnLeft, altitude, dive, speed);
        segments.Add(breakTurn);

        // The next waypoint not yet passed.
        int next = 1;
        while (next < _waypointTimes.Length - 1 && _waypointTimes[next] <= t)
        {
            next++;
        }

        double[] times = (double[])_waypointTimes.Clone();
        Rejoin(breakTurn, next, segments, times);
        return new RouteMover(this, segments, times) { BreakEndS = breakTurn.EndS };
    }

    private void Rejoin(PathSegment from, int next, List<PathSegment> segments, double[] times)
    {
        double t = from.EndS;
        from.StateAt(t, out Vec3 p, out Vec3 v);
        from.FrameAt(t, out Vec3 up, out Vec3 along);
        double speed = v.Length;
        double altitude = from.AltitudeAt(t);
        GeodeticPosition here = Wgs84.ToGeodetic(p);
        double radius = speed * speed / TurnAccelerationMps2;
        for (int target = next; target < _points.Length; target++)
        {
            bool last = target == _points.Length - 1;
            for (int extend = 0; extend < (last ? 3 : 1); extend++)
            {
                var attempt = new List<PathSegment>();
                double start = t;
                Vec3 u = up, d = along;
                GeodeticPosition origin = here;
                if (extend > 0)
                {
                    // Fly on 2R (per try) so the waypoint falls outside the circle of the turn back.
                    double run = 2.0 * radius * extend;
                    Vec3 w = d;
                    var straight = PathSegment.Arc(start, u, w, run / Wgs84.MeanRadius, altitude, 0, speed);
                    attempt.Add(straight);
                    start = straight.EndS;
                    straight.FrameAt(start, out u, out d);
                    straight.StateAt(start, out Vec3 pe, out _);
                    origin = Wgs84.ToGeodetic(pe);
                }

                if (TryTurnTowards(origin, u, d, radius, _points[target], start, altitude, speed, out PathSegment turn, out GeodeticPosition exit))
                {
                    var rest = new List<PathSegment>();
                    var points = new GeodeticPosition[_points.Length - target + 1];
                    var speeds = new double[points.Length];
                    points[0] = exit;
                    speeds[0] = speed;
                    for (int i = target; i < _points.Length; i++)
                    {
                        points[i - target + 1] = _points[i];
                        speeds[i - target + 1] = _speeds[i];
                    }

                    double[] restTimes;
                    try
                    {
                        restTimes = Build(points, speeds, target - 1, turn.EndS, TurnAccelerationMps2, rest);
                    }
                    catch (RouteGeometryException)
                    {
                        continue;
                    }

                    segments.AddRange(attempt);
                    segments.Add(turn);
                    segments.AddRange(rest);
                    for (int i = next; i < target; i++)
                    {
                        times[i] = restTimes[1];
                    }

                    for (int i = target; i < _points.Length; i++)
                    {
                        times[i] = restTimes[i - target + 1];
                    }

                    return;
                }
            }
        }

        throw new InvalidOperationException("No way back to the route after a break.");
    }

    /// <summary>
    /// The level turn from <paramref name="origin"/> (up <paramref name="up"/>, heading
    /// <paramref name="direction"/>) that ends heading straight at <paramref name="target"/>;
    /// false when the target lies inside the turn's circle.
    /// </summary>
    private static bool TryTurnTowards(GeodeticPosition origin, Vec3 up, Vec3 direction, double radius, GeodeticPosition target, double startS, double altitudeM, double speed, out PathSegment turn, out GeodeticPosition exit)
    {
        turn = default;
        exit = default;

        // The target in the horizontal plane at the origin (inverse gnomonic projection), metres.
        Vec3 u0 = GreatCircle.UnitVector(origin);
        Vec3 tu = GreatCircle.UnitVector(target);
        double c = Vec3.Dot(tu, u0);
        if (c <= 0.05)
        {
            return false;
        }

        Vec3 q = ((tu / c) - u0) * Wgs84.MeanRadius;
        Vec3 leftOf = Vec3.Cross(up, direction);
        double qx = Vec3.Dot(q, direction), qy = Vec3.Dot(q, leftOf);
        bool left = qy >= 0;
        double sign = left ? 1.0 : -1.0;

        // Circle centre at (0, ±R); the exit point is where the line to the target is tangent.
        double wx = qx, wy = qy - (sign * radius);
        double distance = Math.Sqrt((wx * wx) + (wy * wy));
        if (distance < radius * 1.001)
        {
            return false;
        }

        double beta = Math.Atan2(wy, wx);
        double phi0 = -sign * Math.PI / 2.0;
        double phi = beta - (sign * Math.Acos(radius / distance));
        double angle = sign * (phi - phi0);
        angle -= 2.0 * Math.PI * Math.Floor(angle / (2.0 * Math.PI));
        if (angle < 1e-6)
        {
            angle = 1e-6; // already heading at it: a vanishing turn keeps the segment list uniform
        }

        turn = PathSegment.Turn(startS, u0, Vec3.Zero, direction, radius, angle, left, altitudeM, 0, speed);
        turn.StateAt(turn.EndS, out Vec3 pe, out _);
        exit = Wgs84.ToGeodetic(pe);
        return GreatCircle.DistanceM(exit, target) >= MinLegLengthM;
    }

    /// <summary>
    /// Lays out the path through <paramref name="points"/> from <paramref name="startS"/>, waypoint
    /// by waypoint from where the threat is: a fly-by turn where the heading change is at most
    /// <see cref="MaxFlyByTurnDeg"/>° and the turn fits the legs, otherwise a fly-over (straight to
    /// the waypoint, then a turn onto the line to the next one). Returns the time at each point
    /// (the middle of a fly-by turn). <paramref name="indexOffset"/> is added to point indices in
    /// error messages (waypoint numbers of the original route).
    /// </summary>
    private static double[] Build(GeodeticPosition[] points, double[] speeds, int indexOffset, double startS, double turnAcceleration, List<PathSegment> segments)
    {
        int n = points.Length;
        var times = new double[n];
        times[0] = startS;
        double t = startS;
        GeodeticPosition here = points[0];
        for (int i = 1; i < n; i++)
        {
            GeodeticPosition target = points[i];
            double speed = speeds[i];
            Vec3 u0 = GreatCircle.UnitVector(here), ui = GreatCircle.UnitVector(target);
            double angle = GreatCircle.CentralAngleRad(here, target);
            double length = angle * Wgs84.MeanRadius;
            Vec3 w0 = (ui - (u0 * Vec3.Dot(u0, ui))).Normalized();
            bool interior = i < n - 1;

            // Fly-by at an interior waypoint: the turn's tangent length on both sides.
            double tangent = 0, radius = 0, delta = 0;
            bool left = false, flyBy = false;
            Vec3 dIn = ((ui * Vec3.Dot(u0, ui)) - u0).Normalized();
            if (interior && !double.IsPositiveInfinity(turnAcceleration))
            {
                Vec3 un = GreatCircle.UnitVector(points[i + 1]);
                Vec3 dOut = (un - (ui * Vec3.Dot(un, ui))).Normalized();
                Vec3 cross = Vec3.Cross(dIn, dOut);
                delta = Math.Atan2(cross.Length, Vec3.Dot(dIn, dOut));
                radius = speed * speed / turnAcceleration;
                double next = GreatCircle.DistanceM(target, points[i + 1]);
                tangent = radius * Math.Tan(delta / 2.0);
                left = Vec3.Dot(cross, ui) > 0;
                flyBy = delta < 1e-6 || (delta * 180.0 / Math.PI <= MaxFlyByTurnDeg && tangent <= length && tangent <= (i + 1 == n - 1 ? next : next / 2.0));
                if (delta < 1e-6)
                {
                    tangent = 0;
                }
            }

            // Straight to where the turn starts (or to the waypoint).
            double straight = length - (flyBy ? tangent : 0);
            double h0 = here.AltitudeM, h1 = target.AltitudeM;
            double hTurnStart = h0 + ((h1 - h0) * straight / length);
            if (straight > 0.01)
            {
                var arc = PathSegment.Arc(t, u0, w0, straight / Wgs84.MeanRadius, h0, hTurnStart - h0, speed);
                segments.Add(arc);
                t = arc.EndS;
            }

            if (!interior)
            {
                times[i] = t;
                break;
            }

            if (flyBy && tangent > 0)
            {
                double hTurnEnd = h1 + ((points[i + 1].AltitudeM - h1) * tangent / GreatCircle.DistanceM(target, points[i + 1]));
                var turn = PathSegment.Turn(t, ui, dIn * -tangent, dIn, radius, delta, left, hTurnStart, hTurnEnd - hTurnStart, speed);
                segments.Add(turn);
                times[i] = turn.StartS + (turn.DurationS / 2.0);
                t = turn.EndS;
                turn.StateAt(t, out Vec3 pe, out _);
                here = Wgs84.ToGeodetic(pe);
            }
            else if (flyBy)
            {
                times[i] = t;
                here = target;
            }
            else
            {
                // Fly-over: at the waypoint, turn onto the line to the next one.
                times[i] = t;
                if (double.IsPositiveInfinity(turnAcceleration))
                {
                    here = target;
                    continue;
                }

                if (!TryTurnTowards(target, ui, dIn, radius, points[i + 1], t, h1, speed, out PathSegment turn, out GeodeticPosition exit))
                {
                    throw new RouteGeometryException(i + 1 + indexOffset, FormattableString.Invariant(
                        $"waypoint {i + indexOffset + 2} lies within the circle of the turn at waypoint {i + indexOffset + 1} (turn radius {radius / 1000.0:F1} km = v²/a_lat): it cannot be reached by turning; move it farther away"));
                }

                segments.Add(turn);
                t = turn.EndS;
                here = exit;
            }
        }

        if (segments.Count == 0)
        {
            throw new RouteGeometryException(indexOffset, "the route has no length");
        }

        return times;
    }

    private int Find(double timeS)
    {
        double t = Math.Clamp(timeS, StartS, EndS);
        int i = Array.BinarySearch(_starts, t);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return Math.Clamp(i, 0, _segments.Length - 1);
    }
}

/// <summary>A route that cannot be flown with the threat's turns; <see cref="WaypointIndex"/> is the waypoint (0-based) where it fails.</summary>
public sealed class RouteGeometryException : ArgumentException
{
    public RouteGeometryException(int waypointIndex, string message)
        : base(message)
    {
        WaypointIndex = waypointIndex;
    }

    public RouteGeometryException()
    {
    }

    public RouteGeometryException(string message)
        : base(message)
    {
    }

    public RouteGeometryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Index (0-based) of the waypoint where the route fails.</summary>
    public int WaypointIndex { get; }
}
