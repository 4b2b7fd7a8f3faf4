using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Weapons;

namespace Rampart.Analysis.Studies;

/// <summary>Direction of a non-manoeuvring target's flight relative to the line from the launcher to the intercept point.</summary>
public enum EnvelopeAspect
{
    /// <summary>Flying straight at the launcher.</summary>
    HeadOn,

    /// <summary>Flying across the line of sight (perpendicular to it at the intercept point).</summary>
    Crossing,

    /// <summary>Flying straight away from the launcher (a tail chase).</summary>
    Tail,
}

/// <summary>One altitude of an engagement envelope: the longest and shortest intercept ground ranges, m (NaN where no intercept counts).</summary>
public readonly record struct EnvelopeRow(double AltitudeM, double MaxRangeM, double MinRangeM);

/// <summary>The outcome of one envelope flyout.</summary>
/// <param name="Counts">The intercept counts (see <see cref="EngagementEnvelope"/>).</param>
/// <param name="GroundRangeM">Ground range from the launcher to the missile at the end of the flight, m.</param>
/// <param name="MissDistanceM">Closest approach, m (NaN when the missile did not fuze).</param>
/// <param name="SpeedMps">Missile speed at the end, m/s.</param>
/// <param name="LateralCapacityG">Lateral acceleration the missile could still pull at the end, g.</param>
/// <param name="TimeOfFlightS">Time from launch to the end, s.</param>
public readonly record struct EnvelopeFlyout(bool Counts, double GroundRangeM, double MissDistanceM, double SpeedMps, double LateralCapacityG, double TimeOfFlightS);

/// <summary>
/// A missile's engagement envelope against a non-manoeuvring target, from the full
/// <see cref="Interceptor"/> flight model: for each target altitude, the longest and the shortest
/// ground range (launcher to intercept point) at which an intercept counts. Stateless and
/// thread-safe; the result does not depend on the thread count.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>An intercept counts when the flyout fuzes with a miss within the lethal radius, the
/// missile is at least at its end-game speed floor (<see cref="MissileSpec.EndgameSpeedFloorMps"/>)
/// and can still pull <see cref="RequiredMarginG"/> (3 g) more than the target (0 g: it does not manoeuvre).</item>
/// <item>Geometry (assumed): launcher at sea level at 45° N, 0° E, shooting north; the intercept point
/// is on that meridian at the given altitude. The target flies a great circle at constant
/// geocentric radius through the intercept point at constant speed: towards the launcher
/// (head-on), eastwards (crossing) or away from it (tail). On the rotating earth the envelope
/// depends a little on latitude and azimuth (Coriolis), which this fixed geometry leaves out.</item>
/// <item>Launch timing: the time of flight to the intercept point is first found by flying at
/// it as a stationary point (with <see cref="PredictionStepS"/>); the target is then placed to pass the point at that time, and the
/// missile flies with perfect track data and a noise-free seeker (PN absorbs the small
/// difference, so the actual intercept point is near the planned one; the reported range is the
/// actual one).</item>
/// <item>Search: a grid of planned ranges (fine near the launcher, 10 % of the published maximum
/// range beyond) up to 1.6 × the published maximum, then bisection at the outermost and innermost
/// edges of the counted region to <see cref="RangeToleranceM"/>. Holes inside the region, and a
/// counted region narrower than a grid cell beyond the fine part, are not reported.</item>
/// </list>
/// </remarks>
public static class EngagementEnvelope
{
    /// <summary>Extra lateral acceleration the missile must keep over the target's at the intercept, g.</summary>
    public const double RequiredMarginG = 3.0;

    /// <summary>Integration step of the envelope flyouts, s (the simulation's terminal step).</summary>
    public const double StepS = 0.05;

    /// <summary>Step of the flyout that predicts the time of flight (as the flyout tables'), s.</summary>
    public const double PredictionStepS = 0.1;

    /// <summary>Bisection stops when the bracket is this narrow, m.</summary>
    public const double RangeToleranceM = 250.0;

    private const double G0 = 9.80665;
    private const double LauncherLatitudeDeg = 45.0;

    /// <summary>Target altitudes of the envelope table when none are given, m.</summary>
    public static IReadOnlyList<double> StandardAltitudesM { get; } =
        [100, 500, 1_000, 2_000, 3_000, 5_000, 7_500, 10_000, 12_500, 15_000, 17_500, 20_000, 22_500, 25_000, 27_500, 30_000];

    /// <summary>The envelope at each altitude (rows in the order given; computed in parallel, the same at any thread count).</summary>
    public static IReadOnlyList<EnvelopeRow> Compute(MissileSpec spec, double targetSpeedMps, IReadOnlyList<double> altitudesM, EnvelopeAspect aspect)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(altitudesM);
        var rows = new EnvelopeRow[altitudesM.Count];
        Parallel.For(0, rows.Length, i => rows[i] = At(spec, targetSpeedMps, altitudesM[i], aspect));
        return rows;
    }

    /// <summary>The longest and shortest counted intercept ground ranges at one target altitude.</summary>
    public static EnvelopeRow At(MissileSpec spec, double targetSpeedMps, double altitudeM, EnvelopeAspect aspect)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double[] grid = Grid(spec.MaxRangeM);
        var outcomes = new EnvelopeFlyout[grid.Length];
        int first = -1, last = -1;
        for (int k = 0; k < grid.Length; k++)
        {
            outcomes[k] = Fly(spec, targetSpeedMps, altitudeM, aspect, grid[k]);
            if (outcomes[k].Counts)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (first < 0)
        {
            return new EnvelopeRow(altitudeM, double.NaN, double.NaN);
        }

        double max = last == grid.Length - 1
            ? outcomes[last].GroundRangeM
            : Edge(spec, targetSpeedMps, altitudeM, aspect, grid[last], outcomes[last], grid[last + 1]);
        double min = first == 0
            ? outcomes[0].GroundRangeM
            : Edge(spec, targetSpeedMps, altitudeM, aspect, grid[first], outcomes[first], grid[first - 1]);
        return new EnvelopeRow(altitudeM, max, min);
    }

    /// <summary>
    /// One flyout at a planned intercept point <paramref name="plannedRangeM"/> (ground range) at
    /// <paramref name="altitudeM"/>, against the target of the given speed and aspect.
    /// </summary>
    public static EnvelopeFlyout Fly(MissileSpec spec, double targetSpeedMps, double altitudeM, EnvelopeAspect aspect, double plannedRangeM)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var quiet = spec with { SeekerAngleSigmaRad = 0.0 };
        var site = new GeodeticPosition(LauncherLatitudeDeg, 0.0, 0.0);
        Vec3 launcher = Wgs84.ToEcef(site);
        var ipGeodetic = GreatCircle.Destination(site, 0.0, plannedRangeM) with { AltitudeM = altitudeM };
        Vec3 ip = Wgs84.ToEcef(ipGeodetic);

        // Time of flight to the point held still (the fire-control prediction), then the real shot.
        var still = FlyAt(quiet, launcher, new TargetPath(ip, ip, 0.0, 0.0), PredictionStepS);
        if (still.Kind != InterceptorStepKind.Fuzed)
        {
            return new EnvelopeFlyout(false, plannedRangeM, double.NaN, 0.0, 0.0, double.NaN);
        }

        double headingRad = aspect switch
        {
            EnvelopeAspect.HeadOn => Math.PI,
            EnvelopeAspect.Tail => 0.0,
            _ => Math.PI / 2,
        };
        Vec3 ahead = Wgs84.ToEcef(GreatCircle.Destination(ipGeodetic, headingRad, 1000.0));
        var path = new TargetPath(ip, ahead, targetSpeedMps, still.Time.Seconds);
        var missile = new Interceptor(new EntityId(1), quiet, launcher, SimTime.Zero, new Random(1));
        var result = Run(missile, path, StepS);
        double range = Wgs84.MeanRadius * Angle(launcher, missile.PositionEcef);
        double capacityG = missile.LateralCapacityMps2 / G0;
        bool counts = result.Kind == InterceptorStepKind.Fuzed
            && result.MissDistanceM <= spec.LethalRadiusM
            && result.SpeedMps >= spec.EndgameSpeedFloorMps
            && capacityG >= RequiredMarginG;
        return new EnvelopeFlyout(counts, range, result.MissDistanceM, result.SpeedMps, capacityG, result.Time.Seconds);
    }

    private static InterceptorStepResult FlyAt(MissileSpec spec, Vec3 launcher, TargetPath path, double step) =>
        Run(new Interceptor(new EntityId(1), spec, launcher, SimTime.Zero, new Random(1)), path, step);

    /// <summary>Steps the missile with perfect track data until it fuzes or is destroyed.</summary>
    private static InterceptorStepResult Run(Interceptor missile, TargetPath path, double step)
    {
        while (true)
        {
            double t = missile.Time.Seconds;
            var start = path.TruthAt(t);
            missile.UpdateTrackData(start.PositionEcef, start.VelocityEcef, missile.Time);
            var result = missile.Step(step, start, path.TruthAt(t + step));
            if (result.Kind != InterceptorStepKind.Flying)
            {
                return result;
            }
        }
    }

    /// <summary>Bisection between a counted planned range and an uncounted one; the counted side's actual range.</summary>
    private static double Edge(MissileSpec spec, double speed, double altitude, EnvelopeAspect aspect, double inside, EnvelopeFlyout insideOutcome, double outside)
    {
        EnvelopeFlyout best = insideOutcome;
        while (Math.Abs(outside - inside) > RangeToleranceM)
        {
            double mid = 0.5 * (inside + outside);
            var outcome = Fly(spec, speed, altitude, aspect, mid);
            if (outcome.Counts)
            {
                inside = mid;
                best = outcome;
            }
            else
            {
                outside = mid;
            }
        }

        return best.GroundRangeM;
    }

    /// <summary>Planned ranges: 0.5, 1, 2, 3, 4 km, then every 10 % of the published maximum range to 1.6 times it.</summary>
    private static double[] Grid(double publishedMaxRangeM)
    {
        var grid = new List<double> { 500, 1_000, 2_000, 3_000, 4_000 };
        double step = Math.Max(1_000.0, 0.1 * publishedMaxRangeM);
        for (double r = 5_000; r <= 1.6 * publishedMaxRangeM; r += step)
        {
            grid.Add(r);
        }

        return [.. grid];
    }

    private static double Angle(Vec3 a, Vec3 b) => Math.Atan2(Vec3.Cross(a, b).Length, Vec3.Dot(a, b));

    /// <summary>
    /// A target on a great circle at constant geocentric radius: through <c>Through</c> at time
    /// <c>PassTimeS</c>, heading towards <c>Toward</c>, at constant speed.
    /// </summary>
    private readonly struct TargetPath
    {
        private readonly Vec3 _radial;   // unit vector to the intercept point
        private readonly Vec3 _heading;  // unit horizontal direction of flight there
        private readonly double _radius;
        private readonly double _speed;
        private readonly double _passTime;

        public TargetPath(Vec3 through, Vec3 toward, double speedMps, double passTimeS)
        {
            _radius = through.Length;
            _radial = through / _radius;
            Vec3 d = toward - through;
            Vec3 horizontal = d - (_radial * Vec3.Dot(d, _radial));
            _heading = horizontal.LengthSquared > 0 ? horizontal.Normalized() : default;
            _speed = speedMps;
            _passTime = passTimeS;
        }

        public TargetTruth TruthAt(double t)
        {
            double theta = _speed * (t - _passTime) / _radius;
            double c = Math.Cos(theta), s = Math.Sin(theta);
            Vec3 p = ((_radial * c) + (_heading * s)) * _radius;
            Vec3 v = ((_heading * c) - (_radial * s)) * _speed;
            return new TargetTruth(new EntityId(-1), p, v, Wgs84.GeocentricHeight(p), 1.0, 0);
        }
    }
}
