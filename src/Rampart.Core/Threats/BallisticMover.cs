using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using MathNet.Numerics.RootFinding;

namespace Rampart.Core.Threats;

/// <summary>
/// A ballistic missile from burn-out to impact. The trajectory is computed once, when the mover
/// is built, by integrating a point mass and shooting on the burn-out speed until the impact
/// lands on the aim point; the state at any later query is a cubic Hermite interpolation of the
/// stored samples. Immutable and thread-safe after construction.
/// </summary>
/// <remarks>
/// Model assumptions, made here:
/// <list type="bullet">
/// <item>Boost: when the threat type gives a boost time T_b (<see cref="ThreatSpec.BoostTimeS"/>),
/// the missile climbs from the launch point in a straight line along its burn-out direction (the
/// flight-path angle γ below, in the trajectory plane) with constant acceleration v_bo/T_b, so it
/// burns out after T_b at v_bo, v_bo·T_b/2 along that line. The kinematics are prescribed: the
/// thrust is taken to supply that acceleration and to cancel gravity across the line, so boost
/// gravity and drag losses are folded into the burn-out speed, and the real vertical rise and
/// pitch-over (a gravity turn) are not reproduced. A single stage, no staging. With T_b = 0 the
/// missile leaves the launch point at its full burn-out speed (instantaneous burn-out).</item>
/// <item>Point mass, non-rotating earth: ECEF is treated as an inertial frame (no Coriolis or
/// centrifugal terms); gravity is central, μ/r² towards the earth's centre (no J2).</item>
/// <item>Drag a = −ρ|v|v / (2β) with the threat's re-entry ballistic coefficient β = m/(Cd·A),
/// constant in Mach, and density from the US Standard Atmosphere 1976 (none above 120 km). With a
/// boost phase it acts from burn-out on (ascent and re-entry alike: the body after burn-out is
/// taken to fly with the re-entry vehicle's β). Without one it acts only on the descending branch,
/// because applying the re-entry vehicle's drag to a 2 km/s climb through sea-level air from the
/// launch point would be an artefact of instantaneous burn-out.</item>
/// <item>The trajectory lies in the plane through the earth's centre, the launch point and the
/// aim point, so there is no cross-range miss. The flight-path angle is measured from the
/// geocentric horizontal (it differs from the geodetic horizontal by at most 0.19°).</item>
/// <item>Flight-path angle at burn-out: minimum energy γ = 45° − θ/4, θ the central angle from
/// launch to aim (spherical earth, equal burn-out and impact radius; Wheelon, 1959); lofted
/// γ + 15°; depressed γ − 15°. The burn-out speed is then solved (Brent's method) so the impact
/// falls on the aim point; a speed above 1.1 × the threat's published burn-out speed is refused.</item>
/// <item>Integration: fourth-order Runge–Kutta with a fixed 0.5 s step. The step holding the
/// apogee is split there (drag starts exactly at apogee) and impact is where the descending
/// missile reaches the aim point's altitude, both located within their step by root finding on
/// the step length, so the impact point moves smoothly with the burn-out speed.</item>
/// </list>
/// </remarks>
public sealed class BallisticMover : IThreatMover
{
    /// <summary>Integration step and sample spacing, s.</summary>
    public const double StepS = 0.5;

    /// <summary>Greatest allowed distance between the computed impact and the aim point, m.</summary>
    public const double AimToleranceM = 50.0;

    /// <summary>Burn-out speed may exceed the threat's published figure by this factor before the plan is refused.</summary>
    public const double BurnoutSpeedMargin = 1.1;

    private const double LoftOffsetRad = 15.0 * Math.PI / 180.0;
    private const double MaxFlightTimeS = 3.0 * 3600.0;
    private const double DragCeilingM = 120_000.0; // density above is below 3e-8 kg/m³: no drag computed
    private const double Mu = Wgs84.GravitationalParameter;

    private readonly Sample[] _samples;

    /// <summary>Builds the trajectory for <paramref name="plan"/>.</summary>
    /// <param name="plan">Launch point, aim point and trajectory kind.</param>
    /// <param name="spec">The threat type: its <see cref="ThreatSpec.BurnoutSpeedMps"/> caps the speed the plan may need, its <see cref="ThreatSpec.ReentryBallisticCoefficient"/> (kg/m², +∞ for no drag) sets re-entry drag.</param>
    /// <param name="startS">Simulated time of launch (burn-out), s.</param>
    /// <exception cref="ArgumentException">The spec is not a ballistic one, the aim coincides with the launch point, or the aim is out of reach at 1.1 × the spec's burn-out speed.</exception>
    public BallisticMover(BallisticPlan plan, ThreatSpec spec, double startS)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(spec);
        if (!(spec.BurnoutSpeedMps > 0) || !double.IsFinite(spec.BurnoutSpeedMps))
        {
            throw new ArgumentException($"Threat '{spec.Name}' has no burn-out speed; a ballistic threat needs a positive one.", nameof(spec));
        }

        if (!(spec.ReentryBallisticCoefficient > 0))
        {
            throw new ArgumentException($"Threat '{spec.Name}' has no re-entry ballistic coefficient; a ballistic threat needs a positive one (kg/m²).", nameof(spec));
        }

        if (!double.IsFinite(startS))
        {
            throw new ArgumentException("Launch time must be a finite number.", nameof(startS));
        }

        if (!(spec.BoostTimeS >= 0) || !double.IsFinite(spec.BoostTimeS))
        {
            throw new ArgumentException($"Threat '{spec.Name}' has a boost time that is not a finite number of seconds ≥ 0.", nameof(spec));
        }

        var geometry = new Geometry(plan, spec.ReentryBallisticCoefficient, spec.BoostTimeS);
        if (geometry.RangeM < 1000.0)
        {
            throw new ArgumentException($"Ballistic threat '{spec.Name}': the aim point is within 1 km of the launch point.", nameof(plan));
        }

        double gamma = (Math.PI / 4.0) - (geometry.AimAngleRad / 4.0) + plan.Trajectory switch
        {
            BallisticTrajectoryKind.MinimumEnergy => 0.0,
            BallisticTrajectoryKind.Lofted => LoftOffsetRad,
            BallisticTrajectoryKind.Depressed => -LoftOffsetRad,
            _ => throw new ArgumentException($"Unknown trajectory kind {plan.Trajectory}.", nameof(plan)),
        };

        double vMax = BurnoutSpeedMargin * spec.BurnoutSpeedMps;
        double speed = SolveBurnoutSpeed(geometry, gamma, vMax)
            ?? throw Unreachable(geometry, gamma, spec, plan.Trajectory, vMax);

        var samples = new List<Sample>((int)(MaxFlightTimeS / StepS / 20));
        Impact impact = geometry.Fly(speed, gamma, samples);
        double miss = Vec3.Distance(samples[^1].PositionEcef, geometry.AimEcef);
        if (miss > AimToleranceM)
        {
            // Brent's method stops at a speed accuracy worth well under a metre; this guards the
            // assumption that range grows smoothly with speed.
            throw new InvalidOperationException(FormattableString.Invariant($"Ballistic threat '{spec.Name}': the shooting solution misses the aim by {miss:F0} m."));
        }

        _samples = [.. samples];
        StartS = startS;
        EndS = startS + impact.TimeS;
        BurnoutSpeedMps = speed;
        BurnoutTimeS = spec.BoostTimeS;
        FlightPathAngleRad = gamma;
        FinalPoint = Wgs84.ToGeodetic(_samples[^1].PositionEcef);
        double apogee = double.NegativeInfinity;
        foreach (Sample s in _samples)
        {
            apogee = Math.Max(apogee, Wgs84.ToGeodetic(s.PositionEcef).AltitudeM);
        }

        ApogeeAltitudeM = apogee;
    }

    private BallisticMover(BallisticMover other, double startS)
    {
        _samples = other._samples; // immutable after construction, so safe to share
        StartS = startS;
        EndS = startS + (other.EndS - other.StartS);
        BurnoutSpeedMps = other.BurnoutSpeedMps;
        BurnoutTimeS = other.BurnoutTimeS;
        FlightPathAngleRad = other.FlightPathAngleRad;
        FinalPoint = other.FinalPoint;
        ApogeeAltitudeM = other.ApogeeAltitudeM;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(BallisticPlan Plan, ThreatSpec Spec), Lazy<BallisticMover>> Trajectories = new();

    /// <summary>
    /// The trajectory for (<paramref name="plan"/>, <paramref name="spec"/>) launched at
    /// <paramref name="startS"/>, computed once per process and shared (the scenario loader checks
    /// it can be flown, every run and every Monte Carlo replication reuses it). Thread-safe.
    /// </summary>
    /// <exception cref="ArgumentException">As the constructor.</exception>
    public static BallisticMover For(BallisticPlan plan, ThreatSpec spec, double startS)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(spec);
        return Trajectories.GetOrAdd((plan, spec), static key => new Lazy<BallisticMover>(() => new BallisticMover(key.Plan, key.Spec, 0.0))).Value.WithStartTime(startS);
    }

    /// <summary>
    /// The same trajectory launched at <paramref name="startS"/> instead, sharing the computed
    /// samples: members of a salvo with one launch and aim point cost one trajectory computation
    /// (about 10–50 ms) instead of one each.
    /// </summary>
    public BallisticMover WithStartTime(double startS) =>
        double.IsFinite(startS) ? new BallisticMover(this, startS) : throw new ArgumentException("Launch time must be a finite number.", nameof(startS));

    /// <inheritdoc/>
    public double StartS { get; }

    /// <summary>Impact time, s.</summary>
    public double EndS { get; }

    /// <summary>The impact point (within <see cref="AimToleranceM"/> of the aim point).</summary>
    public GeodeticPosition FinalPoint { get; }

    /// <summary>The burn-out speed the shooting found, m/s.</summary>
    public double BurnoutSpeedMps { get; }

    /// <summary>Burn-out time after launch, s (the threat type's boost time; 0 for burn-out at launch).</summary>
    public double BurnoutTimeS { get; }

    /// <summary>Flight-path angle at burn-out above the local geocentric horizontal, radians.</summary>
    public double FlightPathAngleRad { get; }

    /// <summary>Highest altitude of the trajectory (from the 0.5 s samples), metres.</summary>
    public double ApogeeAltitudeM { get; }

    /// <inheritdoc/>
    public void StateAt(double timeS, out Vec3 positionEcef, out Vec3 velocityEcef)
    {
        double t = Math.Clamp(timeS - StartS, 0.0, EndS - StartS);
        int k = Math.Min((int)(t / StepS), _samples.Length - 2);
        ref readonly Sample a = ref _samples[k];
        ref readonly Sample b = ref _samples[k + 1];
        double h = b.TimeS - a.TimeS;
        double s = Math.Clamp((t - a.TimeS) / h, 0.0, 1.0);

        // Cubic Hermite basis on [0, 1] and its derivative.
        double s2 = s * s, s3 = s2 * s;
        double h00 = (2 * s3) - (3 * s2) + 1, h10 = s3 - (2 * s2) + s, h01 = (3 * s2) - (2 * s3), h11 = s3 - s2;
        double d00 = (6 * s2) - (6 * s), d10 = (3 * s2) - (4 * s) + 1, d11 = (3 * s2) - (2 * s);
        positionEcef = (a.PositionEcef * h00) + (a.VelocityEcef * (h10 * h)) + (b.PositionEcef * h01) + (b.VelocityEcef * (h11 * h));
        velocityEcef = ((b.PositionEcef - a.PositionEcef) * (-d00 / h)) + (a.VelocityEcef * d10) + (b.VelocityEcef * d11);
    }

    /// <inheritdoc/>
    public double AltitudeAt(double timeS)
    {
        StateAt(timeS, out Vec3 p, out _);
        return Wgs84.ToGeodetic(p).AltitudeM;
    }

    /// <summary>Burn-out speed that lands on the aim at flight-path angle <paramref name="gamma"/>, or null if above <paramref name="vMax"/>.</summary>
    private static double? SolveBurnoutSpeed(Geometry geometry, double gamma, double vMax)
    {
        // Range grows monotonically with speed at a fixed flight-path angle, so [almost nothing,
        // vMax] brackets the root whenever vMax reaches the aim.
        const double vMin = 1.0;
        if (geometry.MissM(vMax, gamma) < 0)
        {
            return null;
        }

        return Brent.TryFindRoot(v => geometry.MissM(v, gamma), vMin, vMax, 1e-3, 200, out double root)
            ? root
            : throw new InvalidOperationException("Ballistic shooting did not converge.");
    }

    private static ArgumentException Unreachable(Geometry geometry, double gamma, ThreatSpec spec, BallisticTrajectoryKind kind, double vMax)
    {
        // Find the speed it would need, for the message, below 99 % of circular orbital speed.
        double vCap = 0.99 * Math.Sqrt(Mu / geometry.LaunchEcef.Length);
        double? needed = vCap > vMax ? SolveBurnoutSpeed(geometry, gamma, vCap) : null;
        string need = needed is double v
            ? FormattableString.Invariant($"needs a burn-out speed of {v:F0} m/s")
            : FormattableString.Invariant($"needs more than {vCap:F0} m/s");
        return new ArgumentException(FormattableString.Invariant(
            $"Ballistic threat '{spec.Name}' cannot reach its aim point {geometry.RangeM / 1000.0:F0} km away on a {kind} trajectory: it {need}, more than {BurnoutSpeedMargin} × its burn-out speed of {spec.BurnoutSpeedMps:F0} m/s ({vMax:F0} m/s)."));
    }

    /// <summary>One stored state: time since launch (s), ECEF position (m) and velocity (m/s).</summary>
    private readonly record struct Sample(double TimeS, Vec3 PositionEcef, Vec3 VelocityEcef);

    private readonly record struct Impact(double TimeS, double DownrangeAngleRad);

    /// <summary>The launch-to-aim geometry and the equations of motion.</summary>
    private sealed class Geometry
    {
        private readonly double _beta;
        private readonly double _boostS;
        private readonly double _aimAltitudeM;
        private readonly Vec3 _up;        // geocentric radial unit vector at launch
        private readonly Vec3 _downrange; // horizontal unit vector at launch, towards the aim

        public Geometry(BallisticPlan plan, double beta, double boostS)
        {
            _beta = beta;
            _boostS = boostS;
            _aimAltitudeM = plan.Aim.AltitudeM;
            LaunchEcef = Wgs84.ToEcef(plan.Launch);
            AimEcef = Wgs84.ToEcef(plan.Aim);
            _up = LaunchEcef.Normalized();
            _downrange = (AimEcef - (_up * Vec3.Dot(AimEcef, _up))).Normalized();
            AimAngleRad = DownrangeAngle(AimEcef);
            RangeM = GreatCircle.DistanceM(plan.Launch, plan.Aim);
        }

        /// <summary>Great-circle ground range from launch to aim (mean-radius sphere), m.</summary>
        public double RangeM { get; }

        public Vec3 LaunchEcef { get; }

        public Vec3 AimEcef { get; }

        /// <summary>Central angle from launch to aim in the trajectory plane, radians.</summary>
        public double AimAngleRad { get; }

        /// <summary>Signed downrange miss at the impact, metres on the mean-radius sphere (negative: short).</summary>
        public double MissM(double speed, double gamma) =>
            (Fly(speed, gamma, null).DownrangeAngleRad - AimAngleRad) * Wgs84.MeanRadius;

        /// <summary>Flies the boost (prescribed), then integrates from burn-out to impact; records the samples if asked.</summary>
        public Impact Fly(double speed, double gamma, List<Sample>? samples)
        {
            Vec3 direction = (_up * Math.Sin(gamma)) + (_downrange * Math.Cos(gamma));
            Vec3 r = LaunchEcef;
            Vec3 v = direction * speed;
            double t = 0;

            // "descending" switches drag on (see the type's remarks): at apogee without a boost
            // phase, at burn-out with one.
            bool descending = false;
            if (_boostS > 0)
            {
                // Boost on the StepS grid (the samples must stay evenly spaced): constant
                // acceleration along the burn-out direction, position quadratic in time (which the
                // cubic Hermite interpolation reproduces exactly).
                double accel = speed / _boostS;
                int k = 0;
                for (; k * StepS < _boostS; k++)
                {
                    double tk = k * StepS;
                    samples?.Add(new Sample(tk, LaunchEcef + (direction * (0.5 * accel * tk * tk)), direction * (accel * tk)));
                }

                r = LaunchEcef + (direction * (0.5 * speed * _boostS));
                t = _boostS;
                descending = true;
                double toGrid = (k * StepS) - _boostS;
                if (toGrid > 1e-9)
                {
                    // Coast from burn-out to the next grid time (the boost climbs far above the
                    // aim altitude, so no impact can fall inside this part-step).
                    Advance(r, v, toGrid, ref descending, out r, out v);
                    t = k * StepS;
                }

                samples?.Add(new Sample(t, r, v));
            }
            else
            {
                samples?.Add(new Sample(0, r, v));
            }

            double altitude = Wgs84.ToGeodetic(r).AltitudeM;
            while (t < MaxFlightTimeS)
            {
                bool descendingAtStart = descending;
                Advance(r, v, StepS, ref descending, out Vec3 rNext, out Vec3 vNext);
                double altitudeNext = Wgs84.ToGeodetic(rNext).AltitudeM;
                if (descending && altitudeNext <= _aimAltitudeM)
                {
                    double tau = altitude > _aimAltitudeM ? ImpactStep(r, v, descendingAtStart) : StepS;
                    bool flag = descendingAtStart;
                    Advance(r, v, tau, ref flag, out rNext, out vNext);
                    samples?.Add(new Sample(t + tau, rNext, vNext));
                    return new Impact(t + tau, DownrangeAngle(rNext));
                }

                r = rNext;
                v = vNext;
                altitude = altitudeNext;
                t += StepS;
                samples?.Add(new Sample(t, r, v));
            }

            // No impact within three hours (in orbit or escaping): treat as overshooting the aim.
            return new Impact(t, Math.PI * 2.0);
        }

        /// <summary>Step length within (0, StepS] at which the descending missile reaches the aim altitude.</summary>
        private double ImpactStep(Vec3 r, Vec3 v, bool descendingAtStart)
        {
            double AboveAim(double tau)
            {
                bool flag = descendingAtStart;
                Advance(r, v, tau, ref flag, out Vec3 rt, out _);
                return Wgs84.ToGeodetic(rt).AltitudeM - _aimAltitudeM;
            }

            return Brent.TryFindRoot(AboveAim, 0.0, StepS, 1e-6, 100, out double tau) ? tau : StepS;
        }

        /// <summary>
        /// Advances the state by <paramref name="dt"/>. Drag switches on exactly at apogee: a step
        /// in which the radial velocity changes sign is split there, so the trajectory (and the
        /// impact point the shooting searches on) varies smoothly with the burn-out speed.
        /// </summary>
        private void Advance(Vec3 r, Vec3 v, double dt, ref bool descending, out Vec3 rNext, out Vec3 vNext)
        {
            Step(r, v, dt, descending, out rNext, out vNext);
            if (descending || Vec3.Dot(rNext, vNext) >= 0)
            {
                return;
            }

            double RadialVelocity(double tau)
            {
                Step(r, v, tau, drag: false, out Vec3 ra, out Vec3 va);
                return Vec3.Dot(ra.Normalized(), va);
            }

            double apogee = Brent.TryFindRoot(RadialVelocity, 0.0, dt, 1e-9, 100, out double root) ? root : dt;
            Step(r, v, apogee, drag: false, out Vec3 rApogee, out Vec3 vApogee);
            Step(rApogee, vApogee, dt - apogee, drag: true, out rNext, out vNext);
            descending = true;
        }

        /// <summary>One classical fourth-order Runge–Kutta step of length <paramref name="dt"/>.</summary>
        private void Step(Vec3 r, Vec3 v, double dt, bool drag, out Vec3 rNext, out Vec3 vNext)
        {
            Vec3 a1 = Acceleration(r, v, drag);
            Vec3 r2 = r + (v * (dt / 2)), v2 = v + (a1 * (dt / 2));
            Vec3 a2 = Acceleration(r2, v2, drag);
            Vec3 r3 = r + (v2 * (dt / 2)), v3 = v + (a2 * (dt / 2));
            Vec3 a3 = Acceleration(r3, v3, drag);
            Vec3 r4 = r + (v3 * dt), v4 = v + (a3 * dt);
            Vec3 a4 = Acceleration(r4, v4, drag);
            rNext = r + ((v + (v2 * 2) + (v3 * 2) + v4) * (dt / 6));
            vNext = v + ((a1 + (a2 * 2) + (a3 * 2) + a4) * (dt / 6));
        }

        /// <summary>Central gravity, plus drag on the descending branch (see the type's remarks), m/s².</summary>
        private Vec3 Acceleration(Vec3 r, Vec3 v, bool drag)
        {
            double r2 = r.LengthSquared;
            Vec3 gravity = r * (-Mu / (r2 * Math.Sqrt(r2)));
            if (!drag || double.IsPositiveInfinity(_beta))
            {
                return gravity;
            }

            double altitude = Wgs84.ToGeodetic(r).AltitudeM;
            if (altitude > DragCeilingM)
            {
                return gravity;
            }

            double rho = StandardAtmosphere1976.At(altitude).DensityKgPerM3;
            return gravity - (v * (rho * v.Length / (2.0 * _beta)));
        }

        private double DownrangeAngle(Vec3 r) => Math.Atan2(Vec3.Dot(r, _downrange), Vec3.Dot(r, _up));
    }
}
