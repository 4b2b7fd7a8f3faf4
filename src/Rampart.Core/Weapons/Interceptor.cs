using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.Weapons;

/// <summary>
/// A surface-to-air interceptor in flight: a 3-DOF point mass in the earth-fixed ECEF frame
/// (position, velocity and mass) with thrust, drag, J2 gravity and the rotating earth's Coriolis
/// and centrifugal terms, a lag-limited lateral manoeuvre, midcourse guidance on the command
/// post's track and terminal homing on its own seeker, and a proximity fuze.
/// Not thread-safe; <see cref="Step"/> does not allocate.
/// </summary>
/// <remarks>
/// Model assumptions (each also written where it is used):
/// <list type="bullet">
/// <item>Rotating WGS-84 earth: J2 gravitation plus the centrifugal and Coriolis terms of the
/// earth-fixed frame (<see cref="EarthGravity"/>); the launcher is at rest on the earth.</item>
/// <item>Cold launch: ejected along the local vertical at <see cref="EjectionSpeedMps"/>, coasting
/// until ignition at <c>EjectionDelayS</c>; constant thrust and mass flow over <c>BurnTimeS</c>.</item>
/// <item>Drag is zero-lift drag ½ρv²·Cd(M)·A only; induced drag of manoeuvring is neglected.</item>
/// <item>Turnover: from ignition the thrust points where the autopilot commands (gas-dynamic control
/// assumed able to point the body at once), tilted to cancel gravity across the commanded direction,
/// until the velocity is within 2° of the direction to the predicted intercept point, or for at most 4 s.</item>
/// <item>After turnover thrust acts along the velocity; guidance commands lateral acceleration only,
/// by the missile's own law (<c>MissileSpec.GuidanceLaw</c>: true, pure or augmented PN) on the
/// track (midcourse) or the seeker's estimate (terminal).</item>
/// <item>The guidance command is computed at the start of each step and held over it; the airframe
/// follows it through a first-order lag with the missile's <c>AutopilotTimeConstantS</c>.</item>
/// <item>Lateral acceleration is limited by the structure and by the dynamic pressure (q·A·CNmax/m,
/// fading with altitude); in the end game (seeker locked) divert thrusters add
/// <c>DivertAccelerationG</c> whatever q is.</item>
/// <item>Loft: for a long shot the midcourse aims above the target by a climb angle scheduled on the
/// intercept range predicted at launch (<see cref="LoftAngleFor"/>).</item>
/// </list>
/// </remarks>
public sealed partial class Interceptor
{
    /// <summary>Speed at which the cold-launch gas generator ejects the missile vertically, m/s.</summary>
    public const double EjectionSpeedMps = 30.0;

    /// <summary>The fuze fires if the closest approach is within this multiple of the lethal radius.</summary>
    public const double FuzeRangeFactor = 3.0;

    /// <summary>A closest approach outside the fuze range but within this distance counts as passing the target (self-destruct), m.</summary>
    public const double PassDeclareRangeM = 1000.0;

    private const double TurnoverEndAngleRad = 2.0 * Math.PI / 180.0;
    private const double MaxTurnoverS = 4.0;

    // Assumption: the turnover never aims lower than 5° above the local horizontal, so a flat
    // shot at a low target does not fly into the ground right after ejection.
    private const double TurnoverMinElevationRad = 5.0 * Math.PI / 180.0;

    // Assumption: the estimate of the target's acceleration (augmented PN only) is the change of
    // its estimated velocity, smoothed by a first-order filter of this time constant, s.
    private const double TargetAccelerationFilterS = 1.0;

    // Assumption: to plan the turnover the missile solves the collision triangle with a mean
    // speed of 0.6 × its ideal motor velocity gain (a planning figure, not a flight model).
    private const double PlanningSpeedFraction = 0.6;

    // Flight times are sums of steps; comparisons with motor and self-destruct times allow this slack.
    private const double TimeSlackS = 1e-9;

    private readonly MissileAerodynamics _aero;
    private readonly Seeker _seeker;
    private readonly double _groundAltitudeM;
    private readonly double _fuzeRangeM;
    private readonly double _planningSpeedMps;
    private readonly double _autopilotTimeConstantS;
    private readonly Vec3 _launchPosition;
    private double _loftTangent = double.NaN;   // tan(loft angle), fixed on the first track data after ignition
    private double _loftBaseM;                  // predicted intercept range then, m
    private bool _hasTargetVelocityEstimate;
    private Vec3 _lastTargetVelocityEstimate;
    private Vec3 _targetAcceleration;          // augmented PN's estimate, ECEF m/s²
    private double _lastTargetEstimateTimeS;
    private Vec3 _position;
    private Vec3 _velocity;
    private Vec3 _lateral;          // autopilot output (lagged lateral acceleration), ECEF m/s²
    private double _flightTimeS;
    private bool _turnoverDone;
    private bool _closingAtLastStepEnd;
    private bool _ended;
    private bool _hasTrack;
    private Vec3 _trackPosition;
    private Vec3 _trackVelocity;
    private SimTime _trackTime;

    /// <summary>Launches an interceptor.</summary>
    /// <param name="id">The missile's entity id.</param>
    /// <param name="spec">Its type.</param>
    /// <param name="launchPositionEcef">Canister position, ECEF m.</param>
    /// <param name="launchTime">Time of ejection.</param>
    /// <param name="rng">The missile's own random stream (seeker noise).</param>
    public Interceptor(EntityId id, MissileSpec spec, Vec3 launchPositionEcef, SimTime launchTime, Random rng)
        : this(id, spec, launchPositionEcef, launchTime, rng, null)
    {
    }

    /// <summary>Launches an interceptor with a given initial velocity instead of the cold-launch ejection (tests of the dynamics).</summary>
    internal Interceptor(EntityId id, MissileSpec spec, Vec3 launchPositionEcef, SimTime launchTime, Random rng, Vec3? initialVelocityEcef)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rng);
        Id = id;
        Spec = spec;
        LaunchTime = launchTime;
        _aero = new MissileAerodynamics(spec);
        _seeker = new Seeker(spec.SeekerAcquisitionRangeM, spec.SeekerAngleSigmaRad, rng);
        _fuzeRangeM = FuzeRangeFactor * spec.LethalRadiusM;
        _planningSpeedMps = Math.Max(100.0, PlanningSpeedFraction * _aero.IdealDeltaVMps);
        _autopilotTimeConstantS = spec.AutopilotTimeConstantS > 0 ? spec.AutopilotTimeConstantS : 0.25;
        _launchPosition = launchPositionEcef;
        var launchGeodetic = Wgs84.ToGeodetic(launchPositionEcef);

        // Assumption: no terrain model; the ground is the ellipsoid, or the launcher's own
        // height where that is lower.
        _groundAltitudeM = Math.Min(0.0, launchGeodetic.AltitudeM) - 1.0;
        _position = launchPositionEcef;
        _velocity = initialVelocityEcef ?? (Wgs84.Up(launchGeodetic) * EjectionSpeedMps);
    }

    public EntityId Id { get; }

    public MissileSpec Spec { get; }

    public SimTime LaunchTime { get; }

    /// <summary>Current time (launch time plus flight time).</summary>
    public SimTime Time => LaunchTime + _flightTimeS;

    /// <summary>Seconds since launch.</summary>
    public double FlightTimeS => _flightTimeS;

    /// <summary>Position, ECEF m.</summary>
    public Vec3 PositionEcef => _position;

    /// <summary>Velocity, ECEF m/s.</summary>
    public Vec3 VelocityEcef => _velocity;

    /// <summary>Current mass, kg.</summary>
    public double MassKg => _aero.MassAt(_flightTimeS);

    /// <summary>Height above the WGS-84 ellipsoid, m.</summary>
    public double AltitudeM => EllipsoidAltitude(_position);

    /// <summary>True once the seeker has acquired the target (kept to the end).</summary>
    public bool SeekerLocked => _seeker.Locked;

    /// <summary>True after the fuze fired or the missile was destroyed; it then may not be stepped.</summary>
    public bool HasEnded => _ended;

    public InterceptorPhase Phase =>
        _flightTimeS < _aero.IgnitionTimeS - TimeSlackS ? InterceptorPhase.Ejection
        : _flightTimeS < _aero.BurnoutTimeS - TimeSlackS ? InterceptorPhase.Boost
        : InterceptorPhase.Coast;

    /// <summary>
    /// Lateral acceleration the airframe is producing now (the autopilot's lagged output,
    /// perpendicular to the velocity and within the structural and aerodynamic limits), m/s².
    /// </summary>
    public double LateralAccelerationMps2
    {
        get
        {
            double speed = _velocity.Length;
            return LateralLimited(_velocity, speed, LateralCapacityMps2, _lateral).Length;
        }
    }

    /// <summary>
    /// The largest lateral acceleration the missile could pull now, m/s²: the structural limit,
    /// the dynamic-pressure limit and (once the seeker has locked) the divert thrusters.
    /// </summary>
    public double LateralCapacityMps2
    {
        get
        {
            double speed = _velocity.Length;
            double q = 0.5 * AtmosphereTable.At(EllipsoidAltitude(_position), out _) * speed * speed;
            return _aero.LateralCapacity(q, MassKg, _seeker.Locked);
        }
    }

    /// <summary>
    /// The loft (climb) angle of the midcourse for a shot whose intercept is predicted at
    /// <paramref name="predictedRangeM"/> from the launcher, rad: 0 up to <c>LoftMinRangeM</c>,
    /// growing linearly to <c>LoftAngleRad</c> at <c>LoftFullRangeM</c> (default: the published
    /// maximum range), constant beyond.
    /// </summary>
    /// <remarks>
    /// Assumption (the schedule is not published): a short shot flies the direct path, which is
    /// quickest; a long one climbs into thin air where drag is small and glides down onto the
    /// target, as the published 48N6 flyouts with apogees above 40 km do. A shot that lofts too
    /// steeply for its range climbs where the air is too thin to turn it down again and
    /// overflies the target, so the angle grows with the range.
    /// </remarks>
    public static double LoftAngleFor(MissileSpec spec, double predictedRangeM)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.LoftAngleRad <= 0 || predictedRangeM <= spec.LoftMinRangeM)
        {
            return 0.0;
        }

        double span = spec.LoftFullRangeFloorM - spec.LoftMinRangeM;
        double ramp = span > 0 ? (predictedRangeM - spec.LoftMinRangeM) / span : 1.0;
        return spec.LoftAngleRad * Math.Min(1.0, ramp);
    }

    /// <summary>
    /// Midcourse guidance data from the command post: the target's estimated position and
    /// velocity at <paramref name="estimateTime"/>. The missile extrapolates it at constant velocity
    /// until the next update; it never sees the target's truth except through its seeker and fuze.
    /// </summary>
    public void UpdateTrackData(Vec3 targetPositionEcef, Vec3 targetVelocityEcef, SimTime estimateTime)
    {
        _hasTrack = true;
        _trackPosition = targetPositionEcef;
        _trackVelocity = targetVelocityEcef;
        _trackTime = estimateTime;
    }

    /// <summary>
    /// Advances the missile by <paramref name="dt"/> seconds (from <see cref="Time"/> to
    /// <see cref="Time"/> + dt) and reports whether it fuzed or was destroyed in that interval.
    /// </summary>
    /// <param name="dt">Integration step, s (fixed-step RK4; 0.05 s is a good choice).</param>
    /// <param name="targetAtStart">The engaged target's truth at the start of the step (read by the seeker and the fuze only).</param>
    /// <param name="targetAtEnd">The same target's truth at the end of the step (read by the fuze only).</param>
    /// <remarks>
    /// Two truth samples let the fuze find the closest approach between them (linear relative
    /// motion over the step) rather than at a step boundary. The guidance command is computed
    /// once, at the start of the step. Allocation-free.
    /// </remarks>
    public InterceptorStepResult Step(double dt, in TargetTruth targetAtStart, in TargetTruth targetAtEnd)
    {
        if (_ended)
        {
            throw new InvalidOperationException($"Interceptor {Id} has already ended its flight.");
        }

        if (!(dt > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be positive.");
        }

        Vec3 p0 = _position, v0 = _velocity;
        Vec3 command = Guidance(targetAtStart.PositionEcef, out bool turnover, out Vec3 thrustDirection);
        Integrate(dt, command, turnover, thrustDirection);

        // Fuze (a sensor: reads truth). Closest approach between the two samples.
        double miss = Fuze.ClosestApproach(targetAtStart.PositionEcef - p0, targetAtEnd.PositionEcef - _position, out double f);
        bool passing = f < 1.0 && (f > 0.0 || _closingAtLastStepEnd);
        _closingAtLastStepEnd = f >= 1.0;
        if (passing && (miss <= _fuzeRangeM || _seeker.Locked || miss <= PassDeclareRangeM))
        {
            _ended = true;
            double speedAtCpa = (v0 + ((_velocity - v0) * f)).Length;
            var time = LaunchTime + (_flightTimeS - dt + (f * dt));
            return miss <= _fuzeRangeM
                ? new InterceptorStepResult(InterceptorStepKind.Fuzed, InterceptorDestructReason.None, time, miss, speedAtCpa)
                : new InterceptorStepResult(InterceptorStepKind.Destroyed, InterceptorDestructReason.PassedTarget, time, miss, speedAtCpa);
        }

        double speed = _velocity.Length;
        InterceptorDestructReason reason =
            EllipsoidAltitude(_position) < _groundAltitudeM ? InterceptorDestructReason.Ground
            : _flightTimeS >= Spec.MaxFlightTimeS - TimeSlackS ? InterceptorDestructReason.Timeout
            : _flightTimeS >= _aero.BurnoutTimeS - TimeSlackS && speed < Spec.MinSpeedMps ? InterceptorDestructReason.Energy
            : InterceptorDestructReason.None;
        if (reason == InterceptorDestructReason.None)
        {
            return new InterceptorStepResult(InterceptorStepKind.Flying, reason, Time, double.NaN, speed);
        }

        _ended = true;
        return new InterceptorStepResult(InterceptorStepKind.Destroyed, reason, Time, double.NaN, speed);
    }

    /// <summary>Height above the WGS-84 ellipsoid along the geocentric radius (see <see cref="Wgs84.GeocentricHeight"/>).</summary>
    internal static double EllipsoidAltitude(Vec3 r) => Wgs84.GeocentricHeight(r);

    /// <summary>The accelerations the airframe does not control (gravity, centrifugal, Coriolis) at the current state, m/s².</summary>
    private Vec3 Uncontrolled() => EarthGravity.ApparentAcceleration(_position, _velocity);

    /// <summary>
    /// The guidance command for this step: a lateral acceleration (ECEF m/s²), or during the
    /// turnover the thrust direction. Reads truth only through the seeker.
    /// </summary>
    private Vec3 Guidance(Vec3 trueTargetPosition, out bool turnover, out Vec3 thrustDirection)
    {
        turnover = false;
        thrustDirection = default;
        if (_flightTimeS < _aero.IgnitionTimeS - TimeSlackS)
        {
            return default; // ejection: no control force yet
        }

        Vec3 targetPosition, targetVelocity;
        Vec3 trackVelocity = _hasTrack ? _trackVelocity : default;
        bool wasLocked = _seeker.Locked;
        if (_turnoverDone && _seeker.Look(_flightTimeS, _position, _velocity, trueTargetPosition, trackVelocity))
        {
            if (!wasLocked)
            {
                _hasTargetVelocityEstimate = false; // a new source of estimates: restart the acceleration filter
            }

            targetPosition = _seeker.TargetPositionEcef;
            targetVelocity = _seeker.TargetVelocityEcef;
        }
        else if (_hasTrack)
        {
            targetVelocity = _trackVelocity;
            targetPosition = _trackPosition + (_trackVelocity * (Time - _trackTime));
        }
        else
        {
            _turnoverDone = true; // nothing to aim at: fly out along the velocity
            return default;
        }

        if (Spec.GuidanceLaw == ProportionalNavigationLaw.Augmented)
        {
            EstimateTargetAcceleration(targetVelocity);
        }

        if (!_seeker.Locked)
        {
            // Loft: the angle is chosen once, on the first target data after ignition, from the
            // intercept range R predicted then (a fire-control choice of trajectory at launch).
            // The missile steers at a point above the target estimate, raised by tan(loft angle)
            // × d²/R, d the horizontal distance to go to the predicted intercept point: it climbs
            // into thin air and glides down onto the target along a parabola that ends flat.
            if (double.IsNaN(_loftTangent))
            {
                Vec3 predicted = PredictedInterceptPoint(targetPosition, targetVelocity);
                _loftBaseM = Math.Max(1.0, Vec3.Distance(predicted, _launchPosition));
                _loftTangent = Math.Tan(LoftAngleFor(Spec, _loftBaseM));
            }

            if (_loftTangent > 0)
            {
                Vec3 predicted = PredictedInterceptPoint(targetPosition, targetVelocity);
                Vec3 up = predicted.Normalized();
                Vec3 toGo = predicted - _position;
                double groundToGo = (toGo - (up * Vec3.Dot(toGo, up))).Length;
                double loft = _loftTangent * groundToGo * groundToGo / _loftBaseM;
                targetPosition += up * loft;
            }
        }

        if (!_turnoverDone)
        {
            Vec3 aim = GuidanceLaws.TurnoverDirection(_position, targetPosition, targetVelocity, _planningSpeedMps, TurnoverMinElevationRad);
            double speed = _velocity.Length;
            bool aligned = speed > 0 && Vec3.Dot(_velocity, aim) >= Math.Cos(TurnoverEndAngleRad) * speed;
            if (aligned || _flightTimeS - _aero.IgnitionTimeS >= MaxTurnoverS)
            {
                _turnoverDone = true;
            }
            else
            {
                turnover = true;
                thrustDirection = GravityCompensatedThrust(aim);
                return default;
            }
        }

        Vec3 command = GuidanceLaws.Command(Spec.GuidanceLaw, _position, _velocity, targetPosition, targetVelocity, _targetAcceleration, Spec.NavigationConstant);

        // Compensation: cancel gravity and the rotating frame's terms across the velocity (the
        // limiter keeps only the part across the velocity).
        return command - Uncontrolled();
    }

    /// <summary>
    /// The intercept point predicted by the collision triangle at the planning speed (the
    /// target's estimated position when there is no solution), ECEF m.
    /// </summary>
    private Vec3 PredictedInterceptPoint(Vec3 targetPosition, Vec3 targetVelocity)
    {
        Vec3 d = targetPosition - _position;
        double tau = GuidanceLaws.SmallestPositiveRoot(
            targetVelocity.LengthSquared - (_planningSpeedMps * _planningSpeedMps),
            2.0 * Vec3.Dot(d, targetVelocity),
            d.LengthSquared);
        return double.IsNaN(tau) ? targetPosition : targetPosition + (targetVelocity * tau);
    }

    /// <summary>
    /// Augmented PN's estimate of the target's acceleration: the change of the estimated target
    /// velocity (track or seeker) over the flight time, through a first-order filter.
    /// </summary>
    private void EstimateTargetAcceleration(Vec3 targetVelocity)
    {
        if (_hasTargetVelocityEstimate && _flightTimeS > _lastTargetEstimateTimeS)
        {
            double dt = _flightTimeS - _lastTargetEstimateTimeS;
            Vec3 raw = (targetVelocity - _lastTargetVelocityEstimate) / dt;
            double gain = 1.0 - Math.Exp(-dt / TargetAccelerationFilterS);
            _targetAcceleration += (raw - _targetAcceleration) * gain;
        }
        else if (!_hasTargetVelocityEstimate)
        {
            _targetAcceleration = default;
        }

        _hasTargetVelocityEstimate = true;
        _lastTargetVelocityEstimate = targetVelocity;
        _lastTargetEstimateTimeS = _flightTimeS;
    }

    /// <summary>Thrust direction whose component across <paramref name="aim"/> cancels gravity's.</summary>
    private Vec3 GravityCompensatedThrust(Vec3 aim)
    {
        double accel = _aero.ThrustN / _aero.MassAt(_flightTimeS);
        Vec3 g = EarthGravity.Gravitation(_position) + EarthGravity.Centrifugal(_position);
        Vec3 gAcross = g - (aim * Vec3.Dot(g, aim));
        double s = Math.Min(0.9, gAcross.Length / accel);
        Vec3 against = (-gAcross).Normalized();
        return (aim * Math.Sqrt(1 - (s * s))) + (against * s);
    }
}
