using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Threats;

/// <summary>
/// An air-breathing threat (aircraft, cruise missile, drone) flying a route of waypoints: each
/// leg is a great-circle arc flown at constant speed, the speed given by the waypoint that ends
/// it, with the altitude changing linearly with distance along the leg. The state at any time is
/// analytic: a binary search for the leg, then one sine and cosine. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions, made here:
/// <list type="bullet">
/// <item>Legs are great circles on the sphere of <see cref="GreatCircle"/> (spherical approximation);
/// the point on it is then placed on the WGS-84 ellipsoid at the leg's altitude.</item>
/// <item>Speed is constant along a leg and changes instantly at a waypoint; the heading also
/// changes instantly (no turn radius): turns are corners.</item>
/// <item>The leg's speed is the speed along the 3-D path (ground distance on the mean-radius sphere
/// and altitude change), so a climbing leg takes a little longer than a level leg of the same ground
/// length. The reported velocity has exactly the leg's speed; the position's own rate of change
/// differs from it by the sphere–ellipsoid and altitude scale (R_curvature + h) / R_mean: about
/// 0.3 % at 50° latitude, below 1 % anywhere at aircraft altitudes.</item>
/// <item>A lateral offset moves every waypoint sideways by the offset, perpendicular to the route
/// (positive to the right of the direction of flight): at the first and last waypoint
/// perpendicular to the leg, at an interior waypoint along the bisector of the turn, pushed out by
/// 1 / cos(half the turn) so the offset legs stay parallel to the route (a mitre join; the factor
/// is capped at 2, that is for turns sharper than 120° the offset at the corner is smaller).
/// Offset legs are great circles between offset waypoints, which depart from a true parallel by a
/// metre or so for a 500 km leg and a 2 km offset.</item>
/// </list>
/// </remarks>
public sealed class WaypointMover : IThreatMover
{
    private const double MaxMitreFactor = 2.0;
    private const double MinLegLengthM = 1.0;

    private readonly Leg[] _legs;
    private readonly double[] _legStartS;

    /// <summary>Builds the mover.</summary>
    /// <param name="route">Waypoints: the first is where the threat is at <paramref name="startS"/>; each later one gives the speed of the leg ending there (m/s, &gt; 0). At least two; consecutive waypoints at least 1 m apart.</param>
    /// <param name="startS">Simulated time the threat is at the first waypoint, s.</param>
    /// <param name="lateralOffsetM">Sideways shift of the whole route, m, positive to the right of the direction of flight (used to fly a group abreast).</param>
    /// <exception cref="ArgumentException">The route has fewer than two waypoints, a speed that is not positive, or coincident consecutive waypoints.</exception>
    public WaypointMover(IReadOnlyList<Waypoint> route, double startS, double lateralOffsetM)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Count < 2)
        {
            throw new ArgumentException("A route needs at least two waypoints.", nameof(route));
        }

        if (!double.IsFinite(startS) || !double.IsFinite(lateralOffsetM))
        {
            throw new ArgumentException("Start time and lateral offset must be finite numbers.");
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

        GeodeticPosition[] points = OffsetRoute(route, lateralOffsetM);
        _legs = new Leg[points.Length - 1];
        _legStartS = new double[points.Length - 1];
        double t = startS;
        for (int i = 0; i < _legs.Length; i++)
        {
            _legStartS[i] = t;
            _legs[i] = Leg.Create(points[i], points[i + 1], route[i + 1].SpeedMps);
            t += _legs[i].DurationS;
        }

        StartS = startS;
        EndS = t;
        FinalPoint = points[^1];
    }

    /// <inheritdoc/>
    public double StartS { get; }

    /// <inheritdoc/>
    public double EndS { get; }

    /// <inheritdoc/>
    public GeodeticPosition FinalPoint { get; }

    /// <summary>Number of waypoints of the route.</summary>
    public int WaypointCount => _legs.Length + 1;

    /// <summary>Time the threat passes waypoint <paramref name="index"/> (0 = the start), s.</summary>
    public double TimeAtWaypoint(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, _legs.Length);
        return index == 0 ? StartS : _legStartS[index - 1] + _legs[index - 1].DurationS;
    }

    /// <inheritdoc/>
    public void StateAt(double timeS, out Vec3 positionEcef, out Vec3 velocityEcef)
    {
        ref readonly Leg leg = ref Find(timeS, out double fraction);
        double s = fraction * leg.AngleRad;
        double sin = Math.Sin(s), cos = Math.Cos(s);

        // Point and along-track direction on the unit sphere. The unit vector is also the
        // ellipsoid normal (local up) at the geodetic position with that latitude and longitude,
        // and the tangent is horizontal there, so velocity = tangent × ground speed + up × climb rate.
        Vec3 up = (leg.U * cos) + (leg.W * sin);
        Vec3 along = (leg.W * cos) - (leg.U * sin);
        positionEcef = EcefFromUp(up, leg.StartAltitudeM + (fraction * leg.AltitudeChangeM));
        velocityEcef = (along * leg.HorizontalSpeedMps) + (up * leg.ClimbRateMps);
    }

    /// <inheritdoc/>
    public double AltitudeAt(double timeS)
    {
        ref readonly Leg leg = ref Find(timeS, out double fraction);
        return leg.StartAltitudeM + (fraction * leg.AltitudeChangeM);
    }

    private ref readonly Leg Find(double timeS, out double fraction)
    {
        double t = Math.Clamp(timeS, StartS, EndS);
        int i = Array.BinarySearch(_legStartS, t);
        if (i < 0)
        {
            i = ~i - 1; // the leg that started last before t
        }

        i = Math.Clamp(i, 0, _legs.Length - 1);
        ref readonly Leg leg = ref _legs[i];
        fraction = Math.Clamp((t - _legStartS[i]) / leg.DurationS, 0.0, 1.0);
        return ref leg;
    }

    // Wgs84.ToEcef written with the ellipsoid normal's components in place of the sines and
    // cosines of latitude and longitude (cosφ·cosλ, cosφ·sinλ, sinφ), which saves four trig calls.
    private static Vec3 EcefFromUp(Vec3 up, double altitudeM)
    {
        double n = Wgs84.SemiMajorAxis / Math.Sqrt(1.0 - (Wgs84.E2 * up.Z * up.Z));
        double horizontal = n + altitudeM;
        return new Vec3(horizontal * up.X, horizontal * up.Y, ((n * (1.0 - Wgs84.E2)) + altitudeM) * up.Z);
    }

    /// <summary>The route's waypoints shifted sideways by <paramref name="offsetM"/> (see the type's remarks).</summary>
    internal static GeodeticPosition[] OffsetRoute(IReadOnlyList<Waypoint> route, double offsetM)
    {
        int n = route.Count;
        var points = new GeodeticPosition[n];
        for (int i = 0; i < n; i++)
        {
            points[i] = route[i].Position;
        }

        if (offsetM == 0)
        {
            return points;
        }

        for (int i = 0; i < n; i++)
        {
            GeodeticPosition here = route[i].Position;
            double bearing, factor = 1.0;
            if (i == 0)
            {
                bearing = GreatCircle.InitialBearingRad(here, route[1].Position);
            }
            else
            {
                // Direction of flight arriving here: the reverse of the bearing back along the leg.
                double incoming = GreatCircle.InitialBearingRad(here, route[i - 1].Position) + Math.PI;
                if (i == n - 1)
                {
                    bearing = incoming;
                }
                else
                {
                    double outgoing = GreatCircle.InitialBearingRad(here, route[i + 1].Position);
                    double halfTurn = Math.IEEERemainder(outgoing - incoming, 2.0 * Math.PI) / 2.0;
                    bearing = incoming + halfTurn;
                    factor = Math.Min(1.0 / Math.Cos(halfTurn), MaxMitreFactor);
                }
            }

            points[i] = GreatCircle.Destination(here, bearing + (Math.PI / 2.0), offsetM * factor);
        }

        return points;
    }

    /// <summary>One leg, precomputed: the arc is U·cos(s) + W·sin(s) for s in [0, AngleRad].</summary>
    private readonly record struct Leg(
        Vec3 U,
        Vec3 W,
        double AngleRad,
        double StartAltitudeM,
        double AltitudeChangeM,
        double DurationS,
        double HorizontalSpeedMps,
        double ClimbRateMps)
    {
        public static Leg Create(GeodeticPosition from, GeodeticPosition to, double speedMps)
        {
            Vec3 u = GreatCircle.UnitVector(from);
            Vec3 v = GreatCircle.UnitVector(to);
            double angle = GreatCircle.CentralAngleRad(from, to);

            // The unit vector in the arc's plane, perpendicular to u, pointing towards v.
            Vec3 w = (v - (u * Vec3.Dot(u, v))).Normalized();
            double ground = angle * Wgs84.MeanRadius;
            double climb = to.AltitudeM - from.AltitudeM;
            double pathLength = Math.Sqrt((ground * ground) + (climb * climb));
            return new Leg(
                u,
                w,
                angle,
                from.AltitudeM,
                climb,
                pathLength / speedMps,
                speedMps * ground / pathLength,
                speedMps * climb / pathLength);
        }
    }
}
