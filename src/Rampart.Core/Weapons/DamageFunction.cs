namespace Rampart.Core.Weapons;

/// <summary>A warhead's kill probability against miss distance (see <see cref="KillProbability"/>).</summary>
public enum DamageFunction
{
    /// <summary>The Carleton (Gaussian) function: half the single-shot P_k at the lethal radius, falling smoothly beyond (blast-fragmentation warheads).</summary>
    Gaussian,

    /// <summary>The cookie cutter: the full single-shot P_k inside the lethal radius, none outside (hit-to-kill vehicles).</summary>
    CookieCutter,
}
