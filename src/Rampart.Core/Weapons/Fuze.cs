using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>
/// The proximity fuze's geometry: closest point of approach between two sampled instants.
/// Stateless, thread-safe, allocation-free.
/// </summary>
public static class Fuze
{
    /// <summary>
    /// Closest approach within one step, assuming the relative position (target minus missile)
    /// moves linearly from <paramref name="relativeStart"/> to <paramref name="relativeEnd"/>:
    /// minimises |Δr₀ + (Δr₁ − Δr₀)·f| over f ∈ [0, 1].
    /// </summary>
    /// <param name="relativeStart">Target position minus missile position at the start of the step, m.</param>
    /// <param name="relativeEnd">Target position minus missile position at the end of the step, m.</param>
    /// <param name="fraction">Where in the step the minimum lies, 0 (start) to 1 (end).</param>
    /// <returns>The distance at the closest approach, m.</returns>
    /// <remarks>
    /// Implementation note: linear relative motion over one step is exact for straight-line
    /// flight at constant velocities; for a manoeuvring missile the error is of order
    /// a·dt²/8 (0.6 m at 40 g and dt = 0.05 s), much less than a lethal radius.
    /// </remarks>
    public static double ClosestApproach(Vec3 relativeStart, Vec3 relativeEnd, out double fraction)
    {
        Vec3 w = relativeEnd - relativeStart;
        double ww = w.LengthSquared;
        fraction = ww > 0 ? Math.Clamp(-Vec3.Dot(relativeStart, w) / ww, 0.0, 1.0) : 0.0;
        return (relativeStart + (w * fraction)).Length;
    }
}
