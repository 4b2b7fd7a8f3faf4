using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Weapons;

/// <summary>
/// Predicts where and when a missile launched after a delay meets a target flying at constant
/// velocity (the track's estimate) or, for a track believed ballistic, coasting on a drag-free
/// ballistic arc, using the missile type's <see cref="FlyoutTable"/>.
/// Stateless, thread-safe, allocation-free.
/// </summary>
/// <remarks>
/// Method: find the time-to-go t with t = delay + tof(P(t)), P(t) = P₀ + V·t (or the ballistic
/// arc, <see cref="BallisticArc"/>). Fixed-point
/// iteration from t = delay first (it converges when the target is slower than the missile's
/// closing speed); if it fails, a scan of t in 4 s steps over the window in which the target
/// is within the table's reach and the missile's flight time, for the first sign change of
/// delay + tof(P(t)) − t, refined by bisection. Ground range and altitude
/// are measured as the table defines them (spherical arc from the launcher; height above it).
/// </remarks>
public static class InterceptPredictor
{
    private const double ToleranceS = 1e-3;
    private const int MaxIterations = 40;
    private const double ScanStepS = 4.0;

    /// <summary>Solves for the intercept of a target by a missile launched <paramref name="launchDelayS"/> from now.</summary>
    /// <param name="table">The missile type's flyout table.</param>
    /// <param name="spec">The missile type (range, altitude and target-speed limits).</param>
    /// <param name="launcherEcef">Launcher position, ECEF m.</param>
    /// <param name="targetPositionEcef">Target position now (track estimate), ECEF m.</param>
    /// <param name="targetVelocityEcef">Target velocity (track estimate), ECEF m/s; taken as constant.</param>
    /// <param name="launchDelayS">Time from now to launch, s.</param>
    /// <param name="ballistic">
    /// True when the command post believes the track ballistic: the target is then predicted on a
    /// drag-free arc under central gravity (<see cref="BallisticArc"/>) instead of a straight line.
    /// </param>
    public static InterceptSolution Solve(FlyoutTable table, MissileSpec spec, Vec3 launcherEcef, Vec3 targetPositionEcef, Vec3 targetVelocityEcef, double launchDelayS, bool ballistic = false) =>
        Solve(table, spec, launcherEcef, targetPositionEcef, targetVelocityEcef, launchDelayS, ballistic, BallisticArc.DenseAirCeilingM);

    /// <summary>As the public overload, with the ballistic prediction's dense-air ceiling given (m; −∞ for the arc all the way down).</summary>
    internal static InterceptSolution Solve(FlyoutTable table, MissileSpec spec, Vec3 launcherEcef, Vec3 targetPositionEcef, Vec3 targetVelocityEcef, double launchDelayS, bool ballistic, double denseAirCeilingM)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(spec);
        var geometry = new Geometry(table, launcherEcef, targetPositionEcef, targetVelocityEcef, launchDelayS, ballistic, denseAirCeilingM);
        if (targetVelocityEcef.Length > spec.MaxTargetSpeedMps)
        {
            return Infeasible(InterceptReason.TooFast, targetPositionEcef);
        }

        // The target can only be met while its straight line is within the table's reach (slant
        // distance from the launcher) and within the missile's flight time: find that window once,
        // reject at once when it is empty, and scan only inside it. A ballistic arc bends back
        // towards the launcher where the straight line leaves, so it is scanned over the whole
        // flight time instead.
        double reach = (table.GroundRangesM[^1] * 1.05) + spec.MaxAltitudeM;
        double windowStart = launchDelayS, windowEnd = launchDelayS + spec.MaxFlightTimeS;
        if (!ballistic && !ReachWindow(launcherEcef, targetPositionEcef, targetVelocityEcef, reach, launchDelayS, launchDelayS + spec.MaxFlightTimeS, out windowStart, out windowEnd))
        {
            return Infeasible(InterceptReason.OutOfRange, targetPositionEcef);
        }

        if (TryFixedPoint(in geometry, out double t) || TryScan(in geometry, windowStart, windowEnd, out t))
        {
            return Classify(in geometry, spec, t);
        }

        // No consistent time: say why from where the target is at launch.
        var at = geometry.At(launchDelayS);
        InterceptReason reason = at.AltitudeM < spec.MinAltitudeM || at.AltitudeM > spec.MaxAltitudeM ? InterceptReason.AltitudeBand
            : at.GroundRangeM < spec.MinRangeM ? InterceptReason.TooClose
            : InterceptReason.OutOfRange;
        return Infeasible(reason, at.Position);
    }

    /// <summary>
    /// The times t in [t0, t1] at which p + v·t lies within <paramref name="reach"/> of
    /// <paramref name="point"/> (an interval, since the distance along a line is convex); false
    /// when there are none.
    /// </summary>
    internal static bool ReachWindow(Vec3 point, Vec3 p, Vec3 v, double reach, double t0, double t1, out double start, out double end)
    {
        Vec3 d = p - point;
        double a = v.LengthSquared, b = 2 * Vec3.Dot(d, v), c = d.LengthSquared - (reach * reach);
        start = t0;
        end = t1;
        if (a < 1e-9)
        {
            return c <= 0;
        }

        double disc = (b * b) - (4 * a * c);
        if (disc < 0)
        {
            return false;
        }

        double root = Math.Sqrt(disc);
        start = Math.Max(t0, (-b - root) / (2 * a));
        end = Math.Min(t1, (-b + root) / (2 * a));
        return start <= end;
    }

    private static bool TryFixedPoint(in Geometry g, out double t) => TryFixedPoint(in g, g.Delay, out t);

    /// <summary>
    /// t ← delay + tof(P(t)) from <paramref name="start"/>. From a point where the missile would
    /// arrive after the target (f &gt; 0) it climbs monotonically to the first root when
    /// |d tof/dt| &lt; 1 (the target slower than the missile's mean speed).
    /// </summary>
    private static bool TryFixedPoint(in Geometry g, double start, out double t)
    {
        t = start;
        for (int k = 0; k < MaxIterations; k++)
        {
            var at = g.At(t);
            if (!at.Reachable)
            {
                return false;
            }

            double next = g.Delay + at.TimeOfFlightS;
            if (Math.Abs(next - t) < ToleranceS)
            {
                t = next;
                return true;
            }

            t = next;
        }

        return false;
    }

    private static bool TryScan(in Geometry g, double from, double to, out double t)
    {
        // f(s) = delay + tof(P(s)) − s is ≤ 0 once s ≥ delay + the longest time of flight in the
        // table, so no root lies beyond that.
        to = Math.Min(to, g.Delay + g.MaxTimeOfFlightS);
        double previousT = double.NaN, previousF = double.NaN;
        double s = from;
        while (s <= to + ScanStepS)
        {
            var at = g.At(s);
            double f = at.Reachable ? g.Delay + at.TimeOfFlightS - s : double.NaN;
            if (previousF > 0 && f <= 0)
            {
                return Bisect(in g, previousT, s, out t);
            }

            // Entering the envelope with the missile arriving after the target (f > 0): iterate
            // from here rather than stepping towards the root.
            if (f > 0 && double.IsNaN(previousF) && TryFixedPoint(in g, s, out t))
            {
                return true;
            }

            previousT = s;
            previousF = f;
            // Outside the table's envelope the target needs at least (distance to the envelope) /
            // (its speed) to enter it — ground range and height cannot change faster than the
            // speed — so the samples in between can be skipped.
            s += at.Reachable ? ScanStepS : Math.Max(ScanStepS, g.SecondsToEnvelope(at) - ScanStepS);
        }

        t = double.NaN;
        return false;
    }

    private static bool Bisect(in Geometry g, double lo, double hi, out double t)
    {
        for (int k = 0; k < 60 && hi - lo > ToleranceS; k++)
        {
            double mid = 0.5 * (lo + hi);
            var at = g.At(mid);
            if (!at.Reachable)
            {
                t = double.NaN;
                return false;
            }

            if (g.Delay + at.TimeOfFlightS - mid > 0)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        t = hi;
        return g.At(hi).Reachable;
    }

    private static InterceptSolution Classify(in Geometry g, MissileSpec spec, double t)
    {
        var at = g.At(t);
        if (!at.Reachable)
        {
            return Infeasible(InterceptReason.NoConvergence, at.Position);
        }

        InterceptReason reason =
            at.AltitudeM < spec.MinAltitudeM || at.AltitudeM > spec.MaxAltitudeM ? InterceptReason.AltitudeBand
            : at.GroundRangeM < spec.MinRangeM ? InterceptReason.TooClose
            : at.GroundRangeM > spec.MaxRangeM ? InterceptReason.OutOfRange
            : InterceptReason.None;
        return reason == InterceptReason.None
            ? new InterceptSolution(true, reason, at.Position, t, at.TimeOfFlightS, at.SpeedMps)
            : Infeasible(reason, at.Position);
    }

    private static InterceptSolution Infeasible(InterceptReason reason, Vec3 point) =>
        new(false, reason, point, double.NaN, double.NaN, double.NaN);

    /// <summary>Ground range R_mean·θ (θ the angle between the position vectors), m.</summary>
    internal static double GroundRange(Vec3 launcherEcef, Vec3 pointEcef) =>
        Wgs84.MeanRadius * Math.Atan2(Vec3.Cross(launcherEcef, pointEcef).Length, Vec3.Dot(launcherEcef, pointEcef));

    private readonly record struct Sample(Vec3 Position, double GroundRangeM, double AltitudeM, bool Reachable, double TimeOfFlightS, double SpeedMps);

    private readonly struct Geometry
    {
        private readonly FlyoutTable _table;
        private readonly Vec3 _launcher;
        private readonly double _launcherAltitudeM;
        private readonly Vec3 _position;
        private readonly Vec3 _velocity;
        private readonly bool _ballistic;
        private readonly double _denseAirCeilingM;

        /// <summary>An upper bound on the target's speed over the prediction, m/s.</summary>
        private readonly double _maxSpeed;

        public Geometry(FlyoutTable table, Vec3 launcher, Vec3 position, Vec3 velocity, double delay, bool ballistic, double denseAirCeilingM)
        {
            _denseAirCeilingM = denseAirCeilingM;
            _table = table;
            _launcher = launcher;
            _launcherAltitudeM = Wgs84.GeocentricHeight(launcher);
            _position = position;
            _velocity = velocity;
            _ballistic = ballistic;
            // On a drag-free arc the speed grows only by falling: v² ≤ v₀² + 2·g_max·h₀, with
            // g_max = 9.9 m/s² above the surface gravity anywhere on earth (9.78–9.83).
            _maxSpeed = ballistic
                ? Math.Sqrt(velocity.LengthSquared + (2 * 9.9 * Math.Max(0.0, Wgs84.GeocentricHeight(position))))
                : velocity.Length;
            Delay = delay;
        }

        public double Delay { get; }

        public double MaxTimeOfFlightS => _table.MaxTimeOfFlightS;

        /// <summary>A lower bound on the time the target needs to reach the table's envelope from a sample, s.</summary>
        public double SecondsToEnvelope(in Sample at)
        {
            double speed = _maxSpeed;
            if (speed < 1.0)
            {
                return double.PositiveInfinity;
            }

            double height = at.AltitudeM - _launcherAltitudeM;
            double below = _table.AltitudesM[0] - height, above = height - _table.AltitudesM[^1];
            double outside = Math.Max(below, above);
            if (outside > 0)
            {
                return outside / speed;
            }

            double beyond = at.GroundRangeM - _table.MaxRangeAt(height);
            return beyond > 0 ? beyond / speed : 0.0;
        }

        /// <summary>The target's predicted point <paramref name="t"/> seconds from now and its table entry.</summary>
        public Sample At(double t)
        {
            Vec3 p = _ballistic ? BallisticArc.PredictedPositionAt(_position, _velocity, t, _denseAirCeilingM) : _position + (_velocity * t);
            double altitude = Wgs84.GeocentricHeight(p);
            double range = GroundRange(_launcher, p);
            bool ok = _table.TryLookup(range, altitude - _launcherAltitudeM, out double tof, out double speed);
            return new Sample(p, range, altitude, ok, tof, speed);
        }
    }
}
