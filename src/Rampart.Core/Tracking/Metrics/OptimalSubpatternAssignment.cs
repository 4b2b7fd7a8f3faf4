using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// The optimal partial assignment of estimates to truths under a cut-off c, on which OSPA and
/// GOSPA are built: pairs farther apart than c are never worth assigning (they cost as much as
/// leaving both out), so only pairs with d &lt; c are formed — found with a spatial grid of cell c
/// — and each connected cluster is solved exactly (<see cref="ClusteredAssignment"/>, i.e.
/// <see cref="LinearAssignment"/>). Not thread-safe (reusable buffers).
/// </summary>
/// <remarks>
/// Both metrics minimise Σ_assigned (d^p − c^p) over partial assignments of pairs with d &lt; c
/// (GOSPA α = 2 directly; OSPA because a cut-off pair costs c^p, the same as an unassigned
/// element), so one solve serves both.
/// </remarks>
internal sealed class OptimalSubpatternAssignment
{
    private readonly SpatialGrid _grid = new();
    private readonly ClusteredAssignment _assignment = new();
    private readonly List<int> _candidates = [];
    private PointItem[] _items = new PointItem[64];
    private bool[] _valid = new bool[64];
    private int[] _truthToEstimate = new int[64];
    private int[] _estimateToTruth = new int[64];

    /// <summary>Solves the assignment; returns Σ d^p over assigned pairs and their number.</summary>
    public (double LocalisationSum, int Assigned) Solve(ReadOnlySpan<Vec3> truths, ReadOnlySpan<Vec3> estimates, double c, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(c, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 1);
        if (truths.IsEmpty || estimates.IsEmpty)
        {
            return (0, 0);
        }

        Grow(ref _items, estimates.Length);
        Grow(ref _valid, estimates.Length);
        Grow(ref _truthToEstimate, truths.Length);
        Grow(ref _estimateToTruth, estimates.Length);
        for (int j = 0; j < estimates.Length; j++)
        {
            _items[j] = new PointItem(estimates[j]);
            _valid[j] = true;
        }

        _grid.Build<PointItem>(_items.AsSpan(0, estimates.Length), _valid.AsSpan(0, estimates.Length), c);
        _assignment.Reset(truths.Length);
        double cp = Math.Pow(c, p);
        _assignment.MissCost.Fill(cp);
        for (int i = 0; i < truths.Length; i++)
        {
            _grid.Query(truths[i], c, _candidates);
            foreach (int j in _candidates)
            {
                double d = (estimates[j] - truths[i]).Length;
                if (d < c)
                {
                    _assignment.Add(i, j, Math.Pow(d, p));
                }
            }
        }

        _truthToEstimate.AsSpan(0, truths.Length).Fill(-1);
        _estimateToTruth.AsSpan(0, estimates.Length).Fill(-1);
        _assignment.Solve(estimates.Length, _truthToEstimate, _estimateToTruth);

        double sum = 0;
        int assigned = 0;
        for (int i = 0; i < truths.Length; i++)
        {
            int j = _truthToEstimate[i];
            if (j >= 0)
            {
                sum += Math.Pow((estimates[j] - truths[i]).Length, p);
                assigned++;
            }
        }

        return (sum, assigned);
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    private readonly record struct PointItem(Vec3 Position) : IPositioned;
}
