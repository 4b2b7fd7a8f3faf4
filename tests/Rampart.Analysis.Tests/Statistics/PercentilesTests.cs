using Rampart.Analysis.Statistics;

namespace Rampart.Analysis.Tests.Statistics;

/// <summary>Percentiles worked by hand with h = (n − 1)p and linear interpolation between x⌊h⌋ and x⌊h⌋₊₁.</summary>
public sealed class PercentilesTests
{
    private static readonly double[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Fact]
    public void Percentile5_Of1To10_Is1p45()
    {
        // h = 9 × 0.05 = 0.45 → x₀ + 0.45(x₁ − x₀) = 1 + 0.45 = 1.45.
        Assert.Equal(1.45, Percentiles.OfSorted(OneToTen, 0.05), 12);
    }

    [Fact]
    public void Percentile95_Of1To10_Is9p55()
    {
        // h = 9 × 0.95 = 8.55 → x₈ + 0.55(x₉ − x₈) = 9 + 0.55 = 9.55.
        Assert.Equal(9.55, Percentiles.OfSorted(OneToTen, 0.95), 12);
    }

    [Fact]
    public void Median_OfFourValues_InterpolatesTheMiddleTwo()
    {
        // {0, 0, 4, 10}: h = 3 × 0.5 = 1.5 → x₁ + 0.5(x₂ − x₁) = 0 + 0.5 × 4 = 2.
        Assert.Equal(2.0, Percentiles.OfSorted([0, 0, 4, 10], 0.5), 12);
    }

    [Fact]
    public void Percentiles_OfOneValue_AreThatValue()
    {
        Assert.Equal(7.0, Percentiles.OfSorted([7], 0.05));
        Assert.Equal(7.0, Percentiles.OfSorted([7], 0.95));
    }
}
