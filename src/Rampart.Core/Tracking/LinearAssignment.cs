using System.Buffers;

namespace Rampart.Core.Tracking;

/// <summary>
/// Optimal 2-D assignment (the rectangular linear sum assignment problem) by the shortest
/// augmenting path method of Jonker &amp; Volgenant (1987), in the rectangular form of Crouse,
/// "On implementing 2D rectangular assignment algorithms", IEEE TAES 52(4), 2016 — the same
/// algorithm as SciPy's <c>linear_sum_assignment</c>. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Forbidden pairs (a cost that is NaN or infinite) are never assigned. The solver first
/// maximises the number of allowed pairs assigned, then minimises their total cost: forbidden
/// entries are replaced by a constant larger than any difference of finite totals, so one more
/// allowed pair always beats any saving in cost. Rows (or columns) that cannot be given an
/// allowed partner get −1. Workspace comes from <see cref="ArrayPool{T}.Shared"/>, so repeated
/// calls do not allocate.
/// </remarks>
public static class LinearAssignment
{
    /// <summary>The cost that marks a pair as forbidden (NaN does too).</summary>
    public const double Forbidden = double.PositiveInfinity;

    /// <summary>
    /// Finds the assignment of rows to distinct columns of minimum total cost.
    /// </summary>
    /// <param name="cost">Row-major <paramref name="rows"/>×<paramref name="cols"/> costs; NaN or ±∞ = forbidden.</param>
    /// <param name="rowToCol">Receives, for each row, its column or −1 if it is left unassigned.</param>
    /// <returns>The total cost of the assigned pairs.</returns>
    public static double Solve(ReadOnlySpan<double> cost, int rows, int cols, Span<int> rowToCol)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        if (cost.Length < rows * cols)
        {
            throw new ArgumentException("The cost matrix is smaller than rows × cols.", nameof(cost));
        }

        if (rowToCol.Length < rows)
        {
            throw new ArgumentException("rowToCol is shorter than rows.", nameof(rowToCol));
        }

        rowToCol[..rows].Fill(-1);
        if (rows == 0 || cols == 0)
        {
            return 0;
        }

        // The algorithm needs no more rows than columns: solve the transpose otherwise.
        bool transpose = rows > cols;
        int n = transpose ? cols : rows, m = transpose ? rows : cols;

        double sumAbs = 0;
        foreach (double c in cost[..(rows * cols)])
        {
            if (double.IsFinite(c))
            {
                sumAbs += Math.Abs(c);
            }
        }

        double big = (2.0 * sumAbs) + 1.0;

        double[] doubles = ArrayPool<double>.Shared.Rent((n * m) + n + (2 * m));
        int[] ints = ArrayPool<int>.Shared.Rent(n + (3 * m));
        bool[] flags = ArrayPool<bool>.Shared.Rent(n + m);
        try
        {
            Span<double> c = doubles.AsSpan(0, n * m);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    double x = transpose ? cost[(j * cols) + i] : cost[(i * cols) + j];
                    c[(i * m) + j] = double.IsFinite(x) ? x : big;
                }
            }

            Span<int> col4row = ints.AsSpan(0, n);
            var work = new Workspace(
                doubles.AsSpan(n * m, n),
                doubles.AsSpan((n * m) + n, m),
                doubles.AsSpan((n * m) + n + m, m),
                ints.AsSpan(n, m),
                ints.AsSpan(n + m, m),
                ints.AsSpan(n + (2 * m), m),
                flags.AsSpan(0, n),
                flags.AsSpan(n, m));
            SolveSquareOrWide(c, n, m, col4row, work);

            double total = 0;
            for (int i = 0; i < n; i++)
            {
                int j = col4row[i];
                int r = transpose ? j : i, k = transpose ? i : j;
                double x = cost[(r * cols) + k];
                if (double.IsFinite(x))
                {
                    rowToCol[r] = k;
                    total += x;
                }
            }

            return total;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(doubles);
            ArrayPool<int>.Shared.Return(ints);
            ArrayPool<bool>.Shared.Return(flags);
        }
    }

    private readonly ref struct Workspace(
        Span<double> u, Span<double> v, Span<double> shortestPathCosts, Span<int> row4col, Span<int> path, Span<int> remaining, Span<bool> scannedRows, Span<bool> scannedCols)
    {
        public readonly Span<double> U = u;
        public readonly Span<double> V = v;
        public readonly Span<double> ShortestPathCosts = shortestPathCosts;
        public readonly Span<int> Row4Col = row4col;
        public readonly Span<int> Path = path;
        public readonly Span<int> Remaining = remaining;
        public readonly Span<bool> ScannedRows = scannedRows;
        public readonly Span<bool> ScannedCols = scannedCols;
    }

    /// <summary>All finite costs, n ≤ m: every row gets a column.</summary>
    private static void SolveSquareOrWide(ReadOnlySpan<double> c, int n, int m, Span<int> col4row, in Workspace w)
    {
        w.U.Clear();
        w.V.Clear();
        w.Row4Col.Fill(-1);
        col4row.Fill(-1);

        for (int curRow = 0; curRow < n; curRow++)
        {
            int sink = AugmentingPath(c, n, m, curRow, w, out double minVal);

            // Update the dual variables (potentials) along the shortest-path tree.
            w.U[curRow] += minVal;
            for (int i = 0; i < n; i++)
            {
                if (w.ScannedRows[i] && i != curRow)
                {
                    w.U[i] += minVal - w.ShortestPathCosts[col4row[i]];
                }
            }

            for (int j = 0; j < m; j++)
            {
                if (w.ScannedCols[j])
                {
                    w.V[j] -= minVal - w.ShortestPathCosts[j];
                }
            }

            // Augment the assignment along the path back from the sink.
            int col = sink;
            while (true)
            {
                int row = w.Path[col];
                w.Row4Col[col] = row;
                (col4row[row], col) = (col, col4row[row]);
                if (row == curRow)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Dijkstra over reduced costs from <paramref name="curRow"/> to the nearest free column.</summary>
    private static int AugmentingPath(ReadOnlySpan<double> c, int n, int m, int curRow, in Workspace w, out double minVal)
    {
        minVal = 0;
        int numRemaining = m;
        for (int it = 0; it < m; it++)
        {
            // Filled in reverse so that ties go to the lowest column index (as in SciPy).
            w.Remaining[it] = m - it - 1;
        }

        w.ScannedRows[..n].Clear();
        w.ScannedCols[..m].Clear();
        w.ShortestPathCosts.Fill(double.PositiveInfinity);

        int sink = -1;
        int i = curRow;
        while (sink == -1)
        {
            int index = -1;
            double lowest = double.PositiveInfinity;
            w.ScannedRows[i] = true;
            for (int it = 0; it < numRemaining; it++)
            {
                int j = w.Remaining[it];
                double r = minVal + c[(i * m) + j] - w.U[i] - w.V[j];
                if (r < w.ShortestPathCosts[j])
                {
                    w.Path[j] = i;
                    w.ShortestPathCosts[j] = r;
                }

                if (w.ShortestPathCosts[j] < lowest || (w.ShortestPathCosts[j] == lowest && w.Row4Col[j] == -1))
                {
                    lowest = w.ShortestPathCosts[j];
                    index = it;
                }
            }

            // Every cost is finite here, so a free column is always reached.
            minVal = lowest;
            int col = w.Remaining[index];
            if (w.Row4Col[col] == -1)
            {
                sink = col;
            }
            else
            {
                i = w.Row4Col[col];
            }

            w.ScannedCols[col] = true;
            w.Remaining[index] = w.Remaining[--numRemaining];
        }

        return sink;
    }
}
