using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.Weapons;

/// <summary>
/// A surface-to-air interceptor in flight: a 3-DOF point mass in ECEF (position, velocity and
/// mass) with thrust, drag, central gravity, a lag-limited lateral manoeuvre, midcourse guidance
/// on the command post's track and terminal homing on its own seeker, and a proximity fuze.
/// Not thread-safe; <see cref="Step"/> does not allocate.
/// </summary>
/// <remarks>
/// Model assumptions (each also written where it is used):
/// <list type="bullet">
/// <item>Non-rotating earth with central gravity −μ/r²·r̂ (no J2, no Coriolis or centrifugal terms).</item>
/// <item>Cold launch: ejected along the local vertical at <see cref="EjectionSpeedMps"/>, coasting
/// until ignition at <c>EjectionDelayS</c>; constant thrust and mass flow over <c>BurnTimeS</c>.</item>
/// <item>Drag is zero-lift drag ½ρv²·Cd(M)·A only; induced drag of manoeuvring is neglected.</item>
/// <item>Turnover: from ignition the thrust points where the autopilot commands (gas-dynamic control
/// assumed able to point the body at once), tilted to cancel gravity across the commanded direction,
/// until the velocity is within 2° of the direction to the predicted intercept point, or for at most 4 s.</item>
/// <item>After turnover thrust acts along the velocity; guidance commands lateral acceleration only.</item>
/// <item>The guidance command is computed at the start of each step and held over it; the airframe
/// follows it through a first-order lag with time constant <see cref="AutopilotTimeConstantS"/>.</item>
/// </list>
/// </remarks>
public sealed class Interceptor
{
    /// <summary>Speed at which the cold-launch gas generator ejects the missile vertically, m/s.</summary>
    public const double EjectionSpeedMps = 30.0;

    /// <summary>Time constant of the first-order autopilot/airframe lag, s.</summary>
    public const double AutopilotTimeConstantS = 0.25;

    /// <summary>The fuze fires if the closest approach is within this multiple of the lethal radius.</summary>
    public const double FuzeRangeFactor = 3.0;

    /// <summary>A closest approach outside the fuze range but within this distance counts as passing the target (self-destruct), m.</summary>
    public const double PassDeclareRangeM = 1000.0;

    private const double TurnoverEndAngleRad = 2.0 * Math.PI / 180.0;
    private const double MaxTurnoverS = 4.0;

    // Assumption: the turnover never aims lower than 5° above the local horizontal, so a flat
    // shot at a low target does not fly into the ground right after ejection.
    private const double TurnoverMinElevationRad = 5.0 * Math.PI / 180.0;

    // Assumption: midcourse lofting. Before seeker lock the missile steers at a point above the
    // target estimate, raised by LoftGain × (range to the target − seeker acquisition range), so a
    // long shot climbs into thin air (about 27° above the line of sight) and comes down onto the
    // target as the seeker's acquisition range is reached; a shot inside that range is not lofted.
    private const double LoftGain = 0.5;

    // Assumption: to plan the turnover the missile solves the collision triangle with a mean
    // speed of 0.6 × its ideal motor velocity gain (a planning figure, not a flight model).
    private const double PlanningSpeedFraction = 0.6;

    // Flight times are sums of steps; comparisons with motor and self-destruct times allow this slack.
    private const double TimeSlackS = 1e-9;

    private const double Mu = Wgs84.GravitationalParameter;

    private readonly MissileAerodynamics _aero;
    private readonly Seeker _seeker;
    private readonly double _groundAltitudeM;
    private readonly double _fuzeRangeM;
    private readonly double _planningSpeedMps;
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
        var launchGeodetic = Wgs84.ToGeodetic(launchPositionEcef);

        // Assumption: no terrain model; the ground is the ellipsoid, or the launcher's own
        // height where that is lower.
        _groundAltitudeM = Math.Min(0.0, launchGeodetic.AltitudeM) - 1.0;
        _position = launchPositionEcef;
        _velocity = Wgs84.Up(launchGeodetic) * EjectionSpeedMps;
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
            double q = 0.5 * AtmosphereTable.At(EllipsoidAltitude(_position), out _) * speed * speed;
            return LateralLimited(_velocity, speed, q, MassKg, _lateral).Length;
        }
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

    private static Vec3 Gravity(Vec3 r)
    {
        double rr = r.LengthSquared;
        return r * (-Mu / (rr * Math.Sqrt(rr)));
    }

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
        if (_turnoverDone && _seeker.Look(_flightTimeS, _position, _velocity, trueTargetPosition, trackVelocity))
        {
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

        if (!_seeker.Locked)
        {
            double loft = LoftGain * Math.Max(0.0, Vec3.Distance(targetPosition, _position) - Spec.SeekerAcquisitionRangeM);
            targetPosition += targetPosition.Normalized() * loft;
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

        return GuidanceLaws.TrueProportionalNavigation(_position, _velocity, targetPosition, targetVelocity, Spec.NavigationConstant)
            - Gravity(_position); // gravity compensation: cancel gravity across the velocity
    }

    /// <summary>Thrust direction whose component across <paramref name="aim"/> cancels gravity's.</summary>
    private Vec3 GravityCompensatedThrust(Vec3 aim)
    {
        double accel = _aero.ThrustN / _aero.MassAt(_flightTimeS);
        Vec3 g = Gravity(_position);
        Vec3 gAcross = g - (aim * Vec3.Dot(g, aim));
        double s = Math.Min(0.9, gAcross.Length / accel);
        Vec3 against = (-gAcross).Normalized();
        return (aim * Math.Sqrt(1 - (s * s))) + (against * s);
    }

    /// <summary>
    /// RK4 over dt, split at ignition and burn-out so that each sub-step sees one thrust regime
    /// (keeps fourth-order accuracy through the motor's on/off discontinuities).
    /// </summary>
    private void Integrate(double dt, Vec3 command, bool turnover, Vec3 thrustDirection)
    {
        double t0 = _flightTimeS;
        Vec3 lateral0 = _lateral;
        double s = 0.0;
        while (s < dt)
        {
            double next = dt;
            double now = t0 + s;
            if (_aero.IgnitionTimeS - now > TimeSlackS)
            {
                next = Math.Min(next, _aero.IgnitionTimeS - t0);
            }

            if (_aero.BurnoutTimeS - now > TimeSlackS)
            {
                next = Math.Min(next, _aero.BurnoutTimeS - t0);
            }

            double h = next - s;
            double mid = now + (0.5 * h);
            bool burning = mid > _aero.IgnitionTimeS && mid < _aero.BurnoutTimeS;
            var ctx = new StepContext(t0, now, burning, turnover, thrustDirection, command, lateral0);
            RungeKutta4(ref _position, ref _velocity, h, in ctx);
            s = next;
        }

        _flightTimeS = t0 + dt;
        _lateral = command + ((lateral0 - command) * Math.Exp(-dt / AutopilotTimeConstantS));
    }

    private void RungeKutta4(ref Vec3 r, ref Vec3 v, double h, in StepContext c)
    {
        // Autopilot lag factors e^(−τ/T) at the sub-step's start, middle and end.
        double lag0 = Math.Exp(-(c.SubStepStart - c.StepStart) / AutopilotTimeConstantS);
        double halfDecay = Math.Exp(-0.5 * h / AutopilotTimeConstantS);
        double lagMid = lag0 * halfDecay, lagEnd = lagMid * halfDecay;
        Vec3 k1r = v;
        Vec3 k1v = Acceleration(r, v, 0.0, lag0, in c);
        Vec3 k2r = v + (k1v * (0.5 * h));
        Vec3 k2v = Acceleration(r + (k1r * (0.5 * h)), k2r, 0.5 * h, lagMid, in c);
        Vec3 k3r = v + (k2v * (0.5 * h));
        Vec3 k3v = Acceleration(r + (k2r * (0.5 * h)), k3r, 0.5 * h, lagMid, in c);
        Vec3 k4r = v + (k3v * h);
        Vec3 k4v = Acceleration(r + (k3r * h), k4r, h, lagEnd, in c);
        r += (k1r + (2 * k2r) + (2 * k3r) + k4r) * (h / 6.0);
        v += (k1v + (2 * k2v) + (2 * k3v) + k4v) * (h / 6.0);
    }

    /// <summary>Total acceleration at <paramref name="sub"/> seconds into the current sub-step, ECEF m/s².</summary>
    /// <param name="lagFactor">e^(−(t − step start)/T) of the autopilot lag at this instant.</param>
    private Vec3 Acceleration(Vec3 r, Vec3 v, double sub, double lagFactor, in StepContext c)
    {
        double t = c.SubStepStart + sub;
        double mass = c.Burning
            ? _aero.LaunchMassKg - (_aero.MassFlowKgPerS * (t - _aero.IgnitionTimeS))
            : _aero.MassAt(t);
        Vec3 lateral = c.Command + ((c.Lateral0 - c.Command) * lagFactor);

        Vec3 acc = Gravity(r);
        double speed = v.Length;
        if (speed > 0)
        {
            double density = AtmosphereTable.At(EllipsoidAltitude(r), out double speedOfSound);
            double q = 0.5 * density * speed * speed;
            double cd = _aero.DragCoefficient(speed / speedOfSound);
            acc -= v * (q * cd * _aero.ReferenceAreaM2 / (mass * speed));
            acc += LateralLimited(v, speed, q, mass, lateral);
        }

        if (c.Burning)
        {
            Vec3 direction = c.Turnover ? c.ThrustDirection : speed > 0 ? v / speed : r.Normalized();
            acc += direction * (_aero.ThrustN / mass);
        }

        return acc;
    }

    /// <summary>
    /// The part of a lateral-acceleration demand the airframe delivers: its component across the
    /// velocity, limited to min(MaxLateralG·g₀, q·A·CNmax/m).
    /// </summary>
    private Vec3 LateralLimited(Vec3 v, double speed, double q, double mass, Vec3 demand)
    {
        if (speed <= 0 || demand.LengthSquared == 0)
        {
            return default;
        }

        Vec3 vHat = v / speed;
        Vec3 across = demand - (vHat * Vec3.Dot(demand, vHat));
        double cap = Math.Min(_aero.MaxLateralAccelerationMps2, q * _aero.ReferenceAreaM2 * _aero.MaxNormalForceCoefficient / mass);
        double magnitude = across.Length;
        return magnitude > cap ? across * (cap / magnitude) : across;
    }

    /// <summary>What stays fixed over one RK4 sub-step.</summary>
    private readonly record struct StepContext(
        double StepStart,
        double SubStepStart,
        bool Burning,
        bool Turnover,
        Vec3 ThrustDirection,
        Vec3 Command,
        Vec3 Lateral0);
}
