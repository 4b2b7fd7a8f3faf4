namespace Rampart.Analysis.Statistics;

/// <summary>A proportion with its confidence interval.</summary>
/// <param name="Mean">The observed fraction k/n.</param>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
public readonly record struct ProportionInterval(double Mean, double Low, double High)
{
    /// <summary>Width of the interval, High − Low.</summary>
    public double Width => High - Low;
}

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson 1927): with p̂ = k/n,
/// centre = (p̂ + z²/2n) / (1 + z²/n) and half-width = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²).
/// Unlike the normal (Wald) interval it stays inside [0, 1] and is not degenerate at k = 0 or
/// k = n, which is where leak probabilities of a good defence live.
/// </summary>
public static class WilsonInterval
{
    /// <summary>z for a two-sided 95 % interval: Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The interval for <paramref name="successes"/> of <paramref name="trials"/> at <paramref name="z"/> (default 95 %).</summary>
    public static ProportionInterval Of(long successes, long trials, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // At k = 0 and k = n the bounds are exactly 0 and 1 algebraically; clamp the rounding.
        return new ProportionInterval(p, Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
