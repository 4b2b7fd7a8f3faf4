using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>
/// Guidance laws on a target estimate (from the track or from the seeker; never from truth).
/// Stateless, thread-safe, allocation-free.
/// </summary>
public static class GuidanceLaws
{
    /// <summary>
    /// True proportional navigation (Zarchan, <i>Tactical and Strategic Missile Guidance</i>, ch. 2):
    /// a = N'·Vc·(Ω × r̂), with the line-of-sight rate vector Ω = r × ṙ / r² and the closing speed
    /// Vc = −ṙ·r̂; the command is perpendicular to the line of sight, m/s² (ECEF).
    /// </summary>
    /// <remarks>Assumption: no command while the range opens (Vc &lt; 0), where PN would steer away.</remarks>
    public static Vec3 TrueProportionalNavigation(Vec3 missilePosition, Vec3 missileVelocity, Vec3 targetPosition, Vec3 targetVelocity, double navigationConstant)
    {
        Vec3 r = targetPosition - missilePosition;
        Vec3 rDot = targetVelocity - missileVelocity;
        double r2 = r.LengthSquared;
        if (r2 <= 0)
        {
            return default;
        }

        double range = Math.Sqrt(r2);
        Vec3 omega = Vec3.Cross(r, rDot) / r2;
        double closing = Math.Max(0.0, -Vec3.Dot(r, rDot) / range);
        return Vec3.Cross(omega, r / range) * (navigationConstant * closing);
    }

    /// <summary>
    /// Pure proportional navigation (Zarchan ch. 2; Shneydor, <i>Missile Guidance and Pursuit</i>,
    /// ch. 5): a = N′·V_m·(Ω × v̂_m), perpendicular to the missile's own velocity (so it turns the
    /// velocity vector at N′ times the line-of-sight rate without changing the speed), with the
    /// missile speed V_m in place of the closing speed; m/s² (ECEF).
    /// </summary>
    /// <remarks>Assumption, as for true PN: no command while the range opens.</remarks>
    public static Vec3 PureProportionalNavigation(Vec3 missilePosition, Vec3 missileVelocity, Vec3 targetPosition, Vec3 targetVelocity, double navigationConstant)
    {
        Vec3 r = targetPosition - missilePosition;
        Vec3 rDot = targetVelocity - missileVelocity;
        double r2 = r.LengthSquared;
        double speed = missileVelocity.Length;
        if (r2 <= 0 || speed <= 0 || Vec3.Dot(r, rDot) >= 0)
        {
            return default;
        }

        Vec3 omega = Vec3.Cross(r, rDot) / r2;
        return Vec3.Cross(omega, missileVelocity / speed) * (navigationConstant * speed);
    }

    /// <summary>
    /// Augmented proportional navigation (Zarchan ch. 8): true PN plus ½·N′ times the target's
    /// acceleration normal to the line of sight, a = N′·V_c·(Ω × r̂) + ½·N′·(a_t − (a_t·r̂)·r̂); m/s² (ECEF).
    /// <paramref name="targetAcceleration"/> is the estimate of the target's acceleration (from a
    /// manoeuvre-tracking filter, never from truth).
    /// </summary>
    /// <remarks>Assumption, as for true PN: no command while the range opens.</remarks>
    public static Vec3 AugmentedProportionalNavigation(Vec3 missilePosition, Vec3 missileVelocity, Vec3 targetPosition, Vec3 targetVelocity, Vec3 targetAcceleration, double navigationConstant)
    {
        Vec3 r = targetPosition - missilePosition;
        double r2 = r.LengthSquared;
        if (r2 <= 0 || Vec3.Dot(r, targetVelocity - missileVelocity) >= 0)
        {
            return default;
        }

        Vec3 los = r / Math.Sqrt(r2);
        Vec3 normalAcceleration = targetAcceleration - (los * Vec3.Dot(targetAcceleration, los));
        return TrueProportionalNavigation(missilePosition, missileVelocity, targetPosition, targetVelocity, navigationConstant)
            + (normalAcceleration * (0.5 * navigationConstant));
    }

    /// <summary>
    /// The command of the selected proportional-navigation law, m/s² (ECEF).
    /// <paramref name="targetAcceleration"/> is used by augmented PN only.
    /// </summary>
    public static Vec3 Command(ProportionalNavigationLaw law, Vec3 missilePosition, Vec3 missileVelocity, Vec3 targetPosition, Vec3 targetVelocity, Vec3 targetAcceleration, double navigationConstant) => law switch
    {
        ProportionalNavigationLaw.True => TrueProportionalNavigation(missilePosition, missileVelocity, targetPosition, targetVelocity, navigationConstant),
        ProportionalNavigationLaw.Pure => PureProportionalNavigation(missilePosition, missileVelocity, targetPosition, targetVelocity, navigationConstant),
        ProportionalNavigationLaw.Augmented => AugmentedProportionalNavigation(missilePosition, missileVelocity, targetPosition, targetVelocity, targetAcceleration, navigationConstant),
        _ => throw new ArgumentOutOfRangeException(nameof(law), law, "unknown proportional-navigation law"),
    };

    /// <summary>
    /// Unit direction from the missile to the predicted intercept point, for the turnover after a
    /// cold launch: the collision triangle |D + Vt·τ| = Vp·τ solved for the first τ &gt; 0 with a
    /// planning speed Vp (the current target position when there is no solution), then raised to
    /// at least <paramref name="minElevationRad"/> above the local horizontal (geocentric up).
    /// </summary>
    public static Vec3 TurnoverDirection(Vec3 missilePosition, Vec3 targetPosition, Vec3 targetVelocity, double planningSpeedMps, double minElevationRad)
    {
        Vec3 d = targetPosition - missilePosition;
        double a = targetVelocity.LengthSquared - (planningSpeedMps * planningSpeedMps);
        double b = 2.0 * Vec3.Dot(d, targetVelocity);
        double c = d.LengthSquared;
        double tau = SmallestPositiveRoot(a, b, c);
        Vec3 aim = (tau > 0 ? d + (targetVelocity * tau) : d).Normalized();
        Vec3 up = missilePosition.Normalized();
        double sinElevation = Vec3.Dot(aim, up);
        double minSin = Math.Sin(minElevationRad);
        if (sinElevation < minSin)
        {
            Vec3 horizontal = (aim - (up * sinElevation)).Normalized();
            aim = (horizontal * Math.Cos(minElevationRad)) + (up * minSin);
        }

        return aim;
    }

    /// <summary>Smallest positive root of a·x² + b·x + c = 0, or NaN.</summary>
    internal static double SmallestPositiveRoot(double a, double b, double c)
    {
        if (Math.Abs(a) < 1e-9)
        {
            return b < 0 ? -c / b : double.NaN;
        }

        double disc = (b * b) - (4 * a * c);
        if (disc < 0)
        {
            return double.NaN;
        }

        double s = Math.Sqrt(disc);
        double t1 = (-b - s) / (2 * a), t2 = (-b + s) / (2 * a);
        double lo = Math.Min(t1, t2), hi = Math.Max(t1, t2);
        return lo > 0 ? lo : hi > 0 ? hi : double.NaN;
    }
}

