namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// A feasible assignment of weapon units to targets with its objective. Immutable.
/// </summary>
public sealed class WtaSolution
{
    private readonly int[] _counts;
    private readonly int _targetCount;

    /// <summary>Creates a solution; the objective is recomputed from the counts.</summary>
    /// <param name="instance">The problem solved.</param>
    /// <param name="counts">x_ij, row-major (weapon·n + target); copied.</param>
    /// <param name="optimal">True when the solver proved the assignment optimal.</param>
    /// <param name="lowerBound">A proven lower bound on the optimal objective (0 when the solver proves none).</param>
    /// <param name="seconds">Wall time taken, seconds, as measured by the caller's stopwatch (0 without one).</param>
    /// <exception cref="ArgumentException">The counts break a constraint of the instance (a solver bug).</exception>
    public WtaSolution(WtaInstance instance, ReadOnlySpan<int> counts, bool optimal, double lowerBound, double seconds)
    {
        ArgumentNullException.ThrowIfNull(instance);
        string? why = instance.Infeasibility(counts);
        if (why is not null)
        {
            throw new ArgumentException("infeasible assignment: " + why, nameof(counts));
        }

        _counts = counts.ToArray();
        _targetCount = instance.TargetCount;
        WeaponCount = instance.WeaponCount;
        Objective = instance.SurvivingValue(counts);
        Optimal = optimal;
        LowerBound = optimal ? Math.Min(Math.Max(lowerBound, 0), Objective) : Math.Max(lowerBound, 0);
        Seconds = seconds;

        var list = new List<WtaAllocation>();
        for (int i = 0; i < WeaponCount; i++)
        {
            for (int j = 0; j < _targetCount; j++)
            {
                int x = _counts[(i * _targetCount) + j];
                if (x > 0)
                {
                    list.Add(new WtaAllocation(i, j, x));
                }
            }
        }

        Allocations = list;
    }

    /// <summary>Expected surviving value Σ_j V_j Π_i (1 − p_ij)^x_ij, recomputed from the counts at full double precision.</summary>
    public double Objective { get; }

    /// <summary>True when the solver proved that no feasible assignment has a lower objective (within <see cref="WtaOptions.RelativeGap"/>).</summary>
    public bool Optimal { get; }

    /// <summary>A proven lower bound on the optimal objective; 0 when the solver proves none.</summary>
    public double LowerBound { get; }

    /// <summary>Wall time the solver took, seconds (from the caller's stopwatch; 0 without one).</summary>
    public double Seconds { get; }

    /// <summary>Number of weapons m.</summary>
    public int WeaponCount { get; }

    /// <summary>Units of <paramref name="weapon"/> assigned to <paramref name="target"/>.</summary>
    public int Count(int weapon, int target) => _counts[(weapon * _targetCount) + target];

    /// <summary>All counts x_ij, row-major (weapon·n + target).</summary>
    public ReadOnlySpan<int> Counts => _counts;

    /// <summary>The non-zero counts, sorted by weapon, then target.</summary>
    public IReadOnlyList<WtaAllocation> Allocations { get; }
}
