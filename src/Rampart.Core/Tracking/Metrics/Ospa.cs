using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// The optimal sub-pattern assignment metric (Schuhmacher, Vo &amp; Vo, "A consistent metric for
/// performance evaluation of multi-object filters", IEEE TSP 56(8), 2008, eq. (3)): for
/// |X| = m ≤ |Y| = n, d_p^(c)(X, Y) = [ (1/n)( min_π Σ_{i≤m} d^(c)(x_i, y_π(i))^p + c^p (n − m) ) ]^(1/p)
/// with d^(c) = min(d, c); 0 when both sets are empty. Exact. Reuses buffers: not thread-safe.
/// </summary>
/// <param name="cutoffM">c, m (&gt; 0).</param>
/// <param name="order">p ≥ 1.</param>
public sealed class Ospa(double cutoffM = 500, double order = 1)
{
    private readonly OptimalSubpatternAssignment _solver = new();

    /// <summary>c, m.</summary>
    public double CutoffM { get; } = cutoffM > 0 ? cutoffM : throw new ArgumentOutOfRangeException(nameof(cutoffM), cutoffM, "c must be > 0.");

    /// <summary>p.</summary>
    public double Order { get; } = order >= 1 ? order : throw new ArgumentOutOfRangeException(nameof(order), order, "p must be ≥ 1.");

    /// <summary>OSPA between <paramref name="truths"/> and <paramref name="estimates"/>, m.</summary>
    public double Compute(ReadOnlySpan<Vec3> truths, ReadOnlySpan<Vec3> estimates)
    {
        int n = Math.Max(truths.Length, estimates.Length);
        if (n == 0)
        {
            return 0;
        }

        // Cut-off pairs and unassigned elements of the larger set both cost c^p: n − |γ| of them.
        (double loc, int assigned) = _solver.Solve(truths, estimates, CutoffM, Order);
        return Math.Pow((loc + (Math.Pow(CutoffM, Order) * (n - assigned))) / n, 1 / Order);
    }
}
