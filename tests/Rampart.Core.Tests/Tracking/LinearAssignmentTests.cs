using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class LinearAssignmentTests
{
    [Fact]
    public void Solve_HandWorked3x3_FindsUniqueOptimum()
    {
        // Costs (rows = tracks, cols = detections):
        //   4 1 3
        //   2 0 5
        //   3 2 2
        // The six permutations by hand: (0,1,2) 4+0+2=6; (0,2,1) 4+5+2=11; (1,0,2) 1+2+2=5;
        // (1,2,0) 1+5+3=9; (2,0,1) 3+2+2=7; (2,1,0) 3+0+3=6. Unique minimum 5 at row→col (1,0,2).
        double[] cost = [4, 1, 3, 2, 0, 5, 3, 2, 2];
        var rowToCol = new int[3];

        double total = LinearAssignment.Solve(cost, 3, 3, rowToCol);

        Assert.Equal([1, 0, 2], rowToCol);
        Assert.Equal(5.0, total, 12);
    }

    [Fact]
    public void Solve_ForbiddenEntries_AreNeverUsed_AndRowWithoutAllowedPartnerGetsMinusOne()
    {
        // Row 0 may only take col 0; row 1 may take col 0 (cost 1) or col 1 (cost 10); row 2 may take
        // nothing. By hand: row0→0 forces row1→1: 5 + 10 = 15, the only assignment with two pairs.
        double f = LinearAssignment.Forbidden;
        double[] cost = [5, f, 1, 10, double.NaN, f];
        var rowToCol = new int[3];

        double total = LinearAssignment.Solve(cost, 3, 2, rowToCol);

        Assert.Equal([0, 1, -1], rowToCol);
        Assert.Equal(15.0, total, 12);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    [InlineData(5, 3)]
    [InlineData(4, 6)]
    [InlineData(6, 2)]
    public void Solve_RandomMatrices_MatchesBruteForce(int rows, int cols)
    {
        var random = new Random(1000 + (rows * 10) + cols);
        for (int trial = 0; trial < 40; trial++)
        {
            var cost = new double[rows * cols];
            for (int k = 0; k < cost.Length; k++)
            {
                // Some forbidden pairs and some negative costs, like the tracker's log-likelihood costs.
                cost[k] = random.NextDouble() < 0.2 ? LinearAssignment.Forbidden : (random.NextDouble() * 20) - 5;
            }

            var rowToCol = new int[rows];
            double total = LinearAssignment.Solve(cost, rows, cols, rowToCol);
            (int bestPairs, double bestCost) = BruteForce(cost, rows, cols);

            int pairs = 0;
            var used = new HashSet<int>();
            for (int r = 0; r < rows; r++)
            {
                if (rowToCol[r] >= 0)
                {
                    Assert.True(double.IsFinite(cost[(r * cols) + rowToCol[r]]));
                    Assert.True(used.Add(rowToCol[r]), "a column was assigned twice");
                    pairs++;
                }
            }

            Assert.Equal(bestPairs, pairs);
            Assert.Equal(bestCost, total, 9);
        }
    }

    /// <summary>
    /// Independent reference: enumerates every partial injective map rows → cols and keeps the one
    /// with the most allowed pairs, then the least total cost.
    /// </summary>
    private static (int Pairs, double Cost) BruteForce(double[] cost, int rows, int cols)
    {
        int bestPairs = -1;
        double bestCost = double.PositiveInfinity;
        var usedCols = new bool[cols];

        void Recurse(int row, int pairs, double sum)
        {
            if (row == rows)
            {
                if (pairs > bestPairs || (pairs == bestPairs && sum < bestCost))
                {
                    bestPairs = pairs;
                    bestCost = sum;
                }

                return;
            }

            Recurse(row + 1, pairs, sum); // row left unassigned
            for (int c = 0; c < cols; c++)
            {
                double x = cost[(row * cols) + c];
                if (!usedCols[c] && double.IsFinite(x))
                {
                    usedCols[c] = true;
                    Recurse(row + 1, pairs + 1, sum + x);
                    usedCols[c] = false;
                }
            }
        }

        Recurse(0, 0, 0);
        return (bestPairs, bestCost);
    }
}
