using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>
/// An interceptor's homing seeker. It is a sensor, so it may read the target's true position;
/// it reports only a noisy line of sight and keeps a filtered estimate of the target's position
/// and velocity for the guidance law. Not thread-safe (owned by one <see cref="Interceptor"/>).
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Acquisition: the true target is within <c>SeekerAcquisitionRangeM</c> and within
/// <see cref="FieldOfViewHalfAngleRad"/> (30°) of the missile's velocity vector (the seeker is
/// taken to look along the velocity). Once locked, lock is kept to the end (no break-lock model).</item>
/// <item>Measurement: the true direction perturbed by two independent Gaussian angle errors of
/// standard deviation <c>SeekerAngleSigmaRad</c> about orthogonal axes; the range is exact
/// (semi-active and active seekers both get range from the radar or the track).</item>
/// <item>Filtering: the measured target position (missile inertial position plus measured line
/// of sight) goes through a fixed-gain α-β filter (α = 0.5, β = 0.2) per axis in ECEF; the
/// missile knows its own position and velocity exactly (ideal inertial navigation).</item>
/// </list>
/// </remarks>
internal sealed class Seeker
{
    /// <summary>Half-angle of the seeker's field of view about the velocity vector, rad (30°).</summary>
    public const double FieldOfViewHalfAngleRad = 30.0 * Math.PI / 180.0;

    private const double Alpha = 0.5;
    private const double Beta = 0.2;

    private readonly double _acquisitionRangeM;
    private readonly double _angleSigmaRad;
    private readonly double _cosFieldOfView = Math.Cos(FieldOfViewHalfAngleRad);
    private readonly Random _rng;
    private double _lastMeasurementTimeS;

    public Seeker(double acquisitionRangeM, double angleSigmaRad, Random rng)
    {
        _acquisitionRangeM = acquisitionRangeM;
        _angleSigmaRad = angleSigmaRad;
        _rng = rng;
    }

    public bool Locked { get; private set; }

    /// <summary>Filtered target position, ECEF m (valid when <see cref="Locked"/>).</summary>
    public Vec3 TargetPositionEcef { get; private set; }

    /// <summary>Filtered target velocity, ECEF m/s (valid when <see cref="Locked"/>).</summary>
    public Vec3 TargetVelocityEcef { get; private set; }

    /// <summary>
    /// Looks at the true target once at <paramref name="flightTimeS"/>: acquires it if it is within
    /// range and field of view, or, when locked, measures and filters. Returns <see cref="Locked"/>.
    /// </summary>
    /// <param name="initialVelocityEstimate">Target velocity to start the filter with on acquisition (the midcourse track's), m/s.</param>
    public bool Look(double flightTimeS, Vec3 missilePosition, Vec3 missileVelocity, Vec3 trueTargetPosition, Vec3 initialVelocityEstimate)
    {
        Vec3 los = trueTargetPosition - missilePosition;
        double range = los.Length;
        if (!Locked)
        {
            double speed = missileVelocity.Length;
            if (range > _acquisitionRangeM || speed <= 0 || range <= 0
                || Vec3.Dot(los, missileVelocity) < _cosFieldOfView * range * speed)
            {
                return false;
            }

            Locked = true;
            TargetPositionEcef = missilePosition + Measure(los, range);
            TargetVelocityEcef = initialVelocityEstimate;
            _lastMeasurementTimeS = flightTimeS;
            return true;
        }

        double dt = flightTimeS - _lastMeasurementTimeS;
        _lastMeasurementTimeS = flightTimeS;
        Vec3 predicted = TargetPositionEcef + (TargetVelocityEcef * dt);
        Vec3 residual = missilePosition + Measure(los, range) - predicted;
        TargetPositionEcef = predicted + (residual * Alpha);
        if (dt > 0)
        {
            TargetVelocityEcef += residual * (Beta / dt);
        }

        return true;
    }

    /// <summary>The measured line-of-sight vector: true range along a noisy direction.</summary>
    private Vec3 Measure(Vec3 los, double range)
    {
        if (_angleSigmaRad <= 0 || range <= 0)
        {
            return los;
        }

        Vec3 u = los / range;
        // Any axis not parallel to u gives the first perpendicular.
        Vec3 helper = Math.Abs(u.X) < 0.9 ? new Vec3(1, 0, 0) : new Vec3(0, 1, 0);
        Vec3 e1 = Vec3.Cross(u, helper).Normalized();
        Vec3 e2 = Vec3.Cross(u, e1);
        double n1 = Normal.Sample(_rng, 0.0, _angleSigmaRad);
        double n2 = Normal.Sample(_rng, 0.0, _angleSigmaRad);
        return (u + (e1 * n1) + (e2 * n2)).Normalized() * range;
    }
}
