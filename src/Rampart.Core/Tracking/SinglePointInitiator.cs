using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// Starts a tentative track from a single unassociated detection (Stone Soup's
/// single-point initiator). Immutable.
/// </summary>
/// <remarks>
/// Model assumption: position and its covariance are the converted measurement's; velocity is
/// zero with variance v_max²/3 on each axis, v_max = <see cref="MaxTargetSpeedMps"/>. v_max²/3
/// is the per-axis variance of an isotropic velocity of speed v_max, the largest per-axis
/// variance any isotropic velocity distribution bounded by v_max can have, so the first gate
/// covers every direction of flight up to about 2·v_max (σ ≈ 1.7 km/s, 0.999 gate ≈ 4σ).
/// Implication: a tentative track's gate after one scan period T spans about ±7·T km, so false
/// alarms confirm tracks at a rate that grows with T³ under 2-of-3; slow search radars in heavy
/// clutter want a stricter rule (3-of-4, 3-of-5).
/// </remarks>
internal static class SinglePointInitiator
{
    /// <summary>Largest target speed the initiator allows for, m/s.</summary>
    public const double MaxTargetSpeedMps = 3000.0;

    public static GaussianState Initiate(in ConvertedMeasurement measurement) =>
        GaussianState.Create(measurement.Position, Vec3.Zero, measurement.Covariance, MaxTargetSpeedMps * MaxTargetSpeedMps / 3.0);
}
