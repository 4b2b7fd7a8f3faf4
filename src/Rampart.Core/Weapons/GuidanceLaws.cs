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
