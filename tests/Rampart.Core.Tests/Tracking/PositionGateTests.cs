using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class PositionGateTests
{
    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 2.0)]
    [InlineData(3, 3.0)]
    [InlineData(6, 9.0)]
    public void SelectKth_HandWorked_GivesTheSortedValue(int k, double expected)
    {
        // {5, 1, 4, 1, 3, 9, 2} sorted by hand: 1, 1, 2, 3, 4, 5, 9.
        double[] values = [5, 1, 4, 1, 3, 9, 2];

        Assert.Equal(expected, PositionGate.SelectKth(values, k));
    }

    [Fact]
    public void SelectKth_MatchesArraySort_OnManyDuplicatesAndSizes()
    {
        // Reference: the BCL's Array.Sort (independent of the selection under test), on arrays of
        // every size 1..80 filled by a fixed linear congruential generator (few distinct values, so
        // many ties), each k from 0 to n − 1.
        uint state = 12345;
        for (int n = 1; n <= 80; n++)
        {
            var source = new double[n];
            for (int i = 0; i < n; i++)
            {
                state = (state * 1664525) + 1013904223;
                source[i] = (state >> 24) % 7;
            }

            double[] sorted = (double[])source.Clone();
            Array.Sort(sorted);
            for (int k = 0; k < n; k++)
            {
                double[] work = (double[])source.Clone();
                Assert.Equal(sorted[k], PositionGate.SelectKth(work, k));
            }
        }
    }
}
