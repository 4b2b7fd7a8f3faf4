using Rampart.Core.Geo;

namespace Rampart.Core.Sensors;

/// <summary>
/// The radar horizon over a smooth spherical earth with standard refraction modelled by an
/// effective earth radius k·Re (k = 4/3 for the standard atmosphere; Skolnik, <i>Introduction to
/// Radar Systems</i>; ITU-R P.834). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions, made here for every sensor: the earth is a sphere of radius
/// <see cref="Wgs84.MeanRadius"/> with no terrain (altitudes are heights above that smooth
/// surface, taken as the heights above the ellipsoid); refraction bends every ray by the same
/// amount, which is equivalent to straight rays over an earth of radius k·Re; negative altitudes
/// are clamped to 0 (nothing is seen below the surface).
/// </remarks>
public static class RadarHorizon
{
    /// <summary>The standard-atmosphere effective-earth-radius factor, 4/3.</summary>
    public const double StandardK = 4.0 / 3.0;

    /// <summary>
    /// The usual horizon range sqrt(2·k·Re·hₐ) + sqrt(2·k·Re·hₜ), metres: how far apart an antenna
    /// at <paramref name="antennaHeightM"/> and a target at <paramref name="targetAltitudeM"/> can
    /// be before the effective earth blocks the ray. This is the small-height approximation
    /// (h ≪ k·Re, ground distance ≈ slant distance) of the exact tangent geometry used by
    /// <see cref="IsAboveHorizon"/>; this one is longer by 5e-7 (relative) for 10 m heights and by 0.15 % for a 30 km target.
    /// </summary>
    /// <param name="antennaHeightM">Antenna height above the surface, m (negative is clamped to 0).</param>
    /// <param name="targetAltitudeM">Target altitude above the surface, m (negative is clamped to 0).</param>
    /// <param name="k">Effective earth radius factor.</param>
    public static double RangeM(double antennaHeightM, double targetAltitudeM, double k = StandardK)
    {
        double twoKRe = 2.0 * k * Wgs84.MeanRadius;
        return Math.Sqrt(twoKRe * Math.Max(antennaHeightM, 0.0)) + Math.Sqrt(twoKRe * Math.Max(targetAltitudeM, 0.0));
    }

    /// <summary>
    /// True when the straight ray from the antenna to the target, drawn over the effective earth of
    /// radius k·Re, clears the surface.
    /// </summary>
    /// <remarks>
    /// Implementation note: the ground (great-circle) angle θ between the two points is measured
    /// from their ECEF position vectors and turned into a ground distance d = Re·θ. On the
    /// effective earth the same ground distance subtends θₑ = d / (k·Re). A point at radius
    /// r = k·Re + h sees the surface tangentially at a central angle acos(k·Re / r) from itself,
    /// so the ray clears the surface exactly when θₑ ≤ acos(k·Re/r₁) + acos(k·Re/r₂). This is the
    /// exact form of "ground distance ≤ horizon range" (<see cref="RangeM"/> is its small-height
    /// approximation).
    /// </remarks>
    /// <param name="antennaEcef">Antenna position, ECEF m (only its direction from the earth's centre is used).</param>
    /// <param name="antennaAltitudeM">Antenna altitude above the surface, m.</param>
    /// <param name="targetEcef">Target position, ECEF m (only its direction is used).</param>
    /// <param name="targetAltitudeM">Target altitude above the surface, m.</param>
    /// <param name="k">Effective earth radius factor.</param>
    public static bool IsAboveHorizon(Vec3 antennaEcef, double antennaAltitudeM, Vec3 targetEcef, double targetAltitudeM, double k = StandardK)
    {
        double kRe = k * Wgs84.MeanRadius;
        return EffectiveGroundAngle(antennaEcef, targetEcef, k) <= HorizonAngle(antennaAltitudeM, kRe) + HorizonAngle(targetAltitudeM, kRe);
    }

    /// <summary>
    /// Central angle, radians, on the effective earth between the point at
    /// <paramref name="altitudeM"/> and the point where its tangent ray touches the surface:
    /// acos(k·Re / (k·Re + h)).
    /// </summary>
    internal static double HorizonAngle(double altitudeM, double kRe) => Math.Acos(kRe / (kRe + Math.Max(altitudeM, 0.0)));

    /// <summary>
    /// The ground angle between two ECEF points scaled to the effective earth, θ / k, radians.
    /// </summary>
    internal static double EffectiveGroundAngle(Vec3 aEcef, Vec3 bEcef, double k)
    {
        // atan2(|a×b|, a·b) keeps full precision at small angles, unlike acos of the dot product.
        double theta = Math.Atan2(Vec3.Cross(aEcef, bEcef).Length, Vec3.Dot(aEcef, bEcef));
        return theta / k;
    }

    /// <summary>
    /// Apparent elevation of the target as seen from the antenna along the refracted ray, radians:
    /// the elevation of the straight ray over the effective earth. It is what a beam pointed at
    /// that elevation illuminates, so it is the elevation a radar's coverage limits apply to.
    /// </summary>
    /// <param name="effectiveGroundAngle">θₑ from <see cref="EffectiveGroundAngle"/>, radians.</param>
    internal static double ApparentElevation(double effectiveGroundAngle, double antennaAltitudeM, double targetAltitudeM, double kRe)
    {
        double r1 = kRe + Math.Max(antennaAltitudeM, 0.0);
        double r2 = kRe + Math.Max(targetAltitudeM, 0.0);
        // Antenna at (0, r1); target at (r2 sin θₑ, r2 cos θₑ); elevation is the angle of the
        // difference above the antenna's local horizontal (the x axis).
        return Math.Atan2((r2 * Math.Cos(effectiveGroundAngle)) - r1, r2 * Math.Sin(effectiveGroundAngle));
    }
}
