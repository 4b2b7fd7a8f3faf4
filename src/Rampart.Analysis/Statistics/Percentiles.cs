using MathNet.Numerics.Statistics;

namespace Rampart.Analysis.Statistics;

/// <summary>
/// Percentiles by linear interpolation between order statistics (Hyndman and Fan 1996, definition 7;
/// the default of R, NumPy and Excel's PERCENTILE.INC): for sorted x₀ ≤ … ≤ xₙ₋₁ and
/// h = (n − 1)·p, the p-quantile is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋₊₁ − x⌊h⌋).
/// </summary>
public static class Percentiles
{
    /// <summary>The <paramref name="p"/>-quantile (0 ≤ p ≤ 1) of values already sorted ascending.</summary>
    public static double OfSorted(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Length);
        return SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
    }
}
