using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Weapons;

/// <summary>
/// Warhead kill probability against miss distance, per the missile's <see cref="DamageFunction"/>:
/// the Gaussian (Carleton) damage function or the cookie cutter (Driels, <i>Weaponeering</i>).
/// Stateless, thread-safe.
/// </summary>
public static class KillProbability
{
    /// <summary>
    /// Gaussian (Carleton): P_k = SingleShotPk · exp(−d²/(2σ²)) for a miss distance d, with σ
    /// chosen so that the lethal radius R is where P_k falls to half of SingleShotPk:
    /// σ² = R²/(2·ln 2), i.e. P_k = SingleShotPk · 2^(−d²/R²). Cookie cutter: P_k = SingleShotPk
    /// for d ≤ R, 0 beyond.
    /// </summary>
    /// <remarks>
    /// This is the kill probability of a missile that flew and fuzed: <c>MissileSpec.Reliability</c>
    /// is not included here; the launcher applies it once at launch (a missile that fails never flies).
    /// </remarks>
    public static double Of(MissileSpec spec, double missDistanceM)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (double.IsNaN(missDistanceM) || spec.LethalRadiusM <= 0)
        {
            return 0.0;
        }

        if (spec.DamageFunction == DamageFunction.CookieCutter)
        {
            return missDistanceM <= spec.LethalRadiusM ? spec.SingleShotPk : 0.0;
        }

        double ratio = missDistanceM / spec.LethalRadiusM;
        return spec.SingleShotPk * Math.Exp(-Math.Log(2.0) * ratio * ratio);
    }
}
