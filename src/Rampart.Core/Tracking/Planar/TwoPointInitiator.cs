namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// Track initiation from two detections (Stone Soup's two-point initiation): a detection no track
/// takes starts a tentative track at its position with a zero-mean velocity prior; the second
/// detection associated with it re-initialises the state by two-point differencing. Stateless.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>One-point state: position z₁ with variance σ² per axis, velocity 0 with variance
/// σ_v² per axis (<see cref="PlanarTrackerSettings.InitialVelocitySigmaMps"/>), no correlation.
/// It serves only to gate the second detection.</item>
/// <item>Two-point state (Bar-Shalom, Li &amp; Kirubarajan §5.5.3): x = z₂, v = (z₂ − z₁)/Δt,
/// per axis P = [σ², σ²/Δt; σ²/Δt, 2σ²/Δt²]. The process noise over Δt is neglected (its
/// velocity variance q·Δt is small against 2σ²/Δt² for the scan periods used: 1 against 5,000 m²/s²
/// for q = 1, σ = 50 m, Δt = 1 s), so the velocity prior does not bias the first velocity.</item>
/// </list>
/// </remarks>
internal static class TwoPointInitiator
{
    /// <summary>The tentative state from one detection.</summary>
    public static PlanarGaussianState OnePoint(PlanarDetection z, double measurementVariance, double velocitySigmaMps) =>
        PlanarGaussianState.Create(z.XM, z.YM, 0, 0, measurementVariance, 0, velocitySigmaMps * velocitySigmaMps);

    /// <summary>The state from two detections <paramref name="dt"/> seconds apart (dt &gt; 0).</summary>
    public static PlanarGaussianState TwoPoint(double x1, double y1, PlanarDetection z2, double dt, double measurementVariance)
    {
        double r = measurementVariance;
        return PlanarGaussianState.Create(
            z2.XM, z2.YM, (z2.XM - x1) / dt, (z2.YM - y1) / dt, r, r / dt, 2 * r / (dt * dt));
    }
}
