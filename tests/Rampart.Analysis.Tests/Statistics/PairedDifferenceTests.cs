using Rampart.Analysis.Statistics;

namespace Rampart.Analysis.Tests.Statistics;

public class PairedDifferenceTests
{
    [Fact]
    public void PairedInterval_MatchesAHandWorkedExample()
    {
        // a = (3, 5, 4, 6), b = (5, 6, 7, 6): d = (2, 1, 3, 0), d̄ = 1.5,
        // s² = ((0.5)² + (−0.5)² + (1.5)² + (−1.5)²) / 3 = 5/3, s = 1.290994,
        // t(0.975, 3) = 3.182446 (any t table), half-width = 3.182446 · 1.290994 / 2 = 2.054260.
        var iv = PairedDifference.Of([3, 5, 4, 6], [5, 6, 7, 6]);

        Assert.Equal(4.5, iv.MeanA, 12);
        Assert.Equal(6.0, iv.MeanB, 12);
        Assert.Equal(1.5, iv.Difference, 12);
        Assert.Equal(1.5 - 2.054260, iv.Ci95Low, 5);
        Assert.Equal(1.5 + 2.054260, iv.Ci95High, 5);
    }

    [Fact]
    public void IdenticalDifferences_GiveAZeroWidthInterval()
    {
        var iv = PairedDifference.Of([1, 2, 3], [3, 4, 5]);

        Assert.Equal(2, iv.Ci95Low, 12);
        Assert.Equal(2, iv.Ci95High, 12);
    }

    [Fact]
    public void UnequalLengths_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => PairedDifference.Of([1, 2], [1]));
    }
}
