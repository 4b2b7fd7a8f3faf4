using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>The interceptor's equations of motion and their fixed-step RK4 integration.</summary>
public sealed partial class Interceptor
{
    /// <summary>
    /// RK4 over dt, split at ignition and burn-out so that each sub-step sees one thrust regime
    /// (keeps fourth-order accuracy through the motor's on/off discontinuities).
    /// </summary>
    private void Integrate(double dt, Vec3 command, bool turnover, Vec3 thrustDirection)
    {
        double t0 = _flightTimeS;
        Vec3 lateral0 = _lateral;
        bool endgame = _seeker.Locked;
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
            var ctx = new StepContext(t0, now, burning, turnover, endgame, thrustDirection, command, lateral0);
            RungeKutta4(ref _position, ref _velocity, h, in ctx);
            s = next;
        }

        _flightTimeS = t0 + dt;
        _lateral = command + ((lateral0 - command) * Math.Exp(-dt / _autopilotTimeConstantS));
    }

    private void RungeKutta4(ref Vec3 r, ref Vec3 v, double h, in StepContext c)
    {
        // Autopilot lag factors e^(−τ/T) at the sub-step's start, middle and end.
        double lag0 = Math.Exp(-(c.SubStepStart - c.StepStart) / _autopilotTimeConstantS);
        double halfDecay = Math.Exp(-0.5 * h / _autopilotTimeConstantS);
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

    /// <summary>
    /// Total acceleration in the earth-fixed frame at <paramref name="sub"/> seconds into the
    /// current sub-step, m/s²: J2 gravitation, centrifugal and Coriolis terms, drag, thrust and the
    /// airframe's lateral acceleration.
    /// </summary>
    /// <param name="lagFactor">e^(−(t − step start)/T) of the autopilot lag at this instant.</param>
    /// <remarks>
    /// Assumption: the air moves with the earth (no wind), so the velocity relative to the air is
    /// the ECEF velocity; drag is zero-lift drag ½ρv²·Cd(M)·A only (the induced drag of
    /// manoeuvring is neglected).
    /// </remarks>
    private Vec3 Acceleration(Vec3 r, Vec3 v, double sub, double lagFactor, in StepContext c)
    {
        double t = c.SubStepStart + sub;
        double mass = c.Burning
            ? _aero.LaunchMassKg - (_aero.MassFlowKgPerS * (t - _aero.IgnitionTimeS))
            : _aero.MassAt(t);
        Vec3 lateral = c.Command + ((c.Lateral0 - c.Command) * lagFactor);

        Vec3 acc = EarthGravity.ApparentAcceleration(r, v);
        double speed = v.Length;
        if (speed > 0)
        {
            double density = AtmosphereTable.At(EllipsoidAltitude(r), out double speedOfSound);
            double q = 0.5 * density * speed * speed;
            double cd = _aero.DragCoefficient(speed / speedOfSound);
            acc -= v * (q * cd * _aero.ReferenceAreaM2 / (mass * speed));
            acc += LateralLimited(v, speed, _aero.LateralCapacity(q, mass, c.Endgame), lateral);
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
    /// velocity, limited to <paramref name="capacity"/> (see <see cref="MissileAerodynamics.LateralCapacity"/>).
    /// </summary>
    private static Vec3 LateralLimited(Vec3 v, double speed, double capacity, Vec3 demand)
    {
        if (speed <= 0 || demand.LengthSquared == 0)
        {
            return default;
        }

        Vec3 vHat = v / speed;
        Vec3 across = demand - (vHat * Vec3.Dot(demand, vHat));
        double magnitude = across.Length;
        return magnitude > capacity ? across * (capacity / magnitude) : across;
    }

    /// <summary>What stays fixed over one RK4 sub-step.</summary>
    private readonly record struct StepContext(
        double StepStart,
        double SubStepStart,
        bool Burning,
        bool Turnover,
        bool Endgame,
        Vec3 ThrustDirection,
        Vec3 Command,
        Vec3 Lateral0);
}
