namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// A static weapon-target assignment problem (Manne 1958): <see cref="WeaponCount"/> weapons
/// (or weapon types), each with a number of identical units, against <see cref="TargetCount"/>
/// targets, each with a value and, optionally, a most number of units that may engage it.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The objective is the expected surviving value, to be minimised:
/// Σ_j V_j Π_i (1 − p_ij)^x_ij, where x_ij is the number of units of weapon i assigned to target j.
/// Model assumption: shots are independent (the survival probabilities multiply) and a target's
/// value is lost entirely when it is killed (no partial damage), as in Manne's formulation.</para>
/// <para>Constraints of a feasible assignment: Σ_j x_ij ≤ units_i (each weapon's magazine),
/// x_ij ≥ 0 integer, and Σ_i x_ij ≤ cap_j where a target has a cap. Units may be left unassigned.</para>
/// </remarks>
public sealed class WtaInstance
{
    private readonly int[] _units;
    private readonly double[] _values;
    private readonly double[] _killProbabilities;
    private readonly int[] _targetCaps;

    /// <summary>Creates an instance, copying the arrays.</summary>
    /// <param name="units">Units of each weapon (≥ 0); its length is the number of weapons m.</param>
    /// <param name="targetValues">Value of each target (finite, ≥ 0); its length is the number of targets n.</param>
    /// <param name="killProbabilities">Single-shot kill probability p_ij of one unit of weapon i against target j, in [0, 1], dense row-major (index i·n + j).</param>
    /// <param name="maxWeaponsPerTarget">Optional most units per target (≥ 0), length n; null for no caps.</param>
    /// <exception cref="ArgumentException">A length or a value is out of range.</exception>
    public WtaInstance(IReadOnlyList<int> units, IReadOnlyList<double> targetValues, IReadOnlyList<double> killProbabilities, IReadOnlyList<int>? maxWeaponsPerTarget = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(targetValues);
        ArgumentNullException.ThrowIfNull(killProbabilities);
        int m = units.Count, n = targetValues.Count;
        if (killProbabilities.Count != m * n)
        {
            throw new ArgumentException($"expected {m}×{n} = {m * n} kill probabilities, found {killProbabilities.Count}", nameof(killProbabilities));
        }

        if (maxWeaponsPerTarget is not null && maxWeaponsPerTarget.Count != n)
        {
            throw new ArgumentException($"expected {n} target caps, found {maxWeaponsPerTarget.Count}", nameof(maxWeaponsPerTarget));
        }

        _units = [.. units];
        _values = [.. targetValues];
        _killProbabilities = [.. killProbabilities];
        _targetCaps = maxWeaponsPerTarget is null ? Enumerable.Repeat(int.MaxValue, n).ToArray() : [.. maxWeaponsPerTarget];
        HasTargetCaps = maxWeaponsPerTarget is not null;

        if (Array.Exists(_units, u => u < 0))
        {
            throw new ArgumentException("weapon units must be ≥ 0", nameof(units));
        }

        if (Array.Exists(_values, v => !double.IsFinite(v) || v < 0))
        {
            throw new ArgumentException("target values must be finite and ≥ 0", nameof(targetValues));
        }

        if (Array.Exists(_killProbabilities, p => !(p >= 0 && p <= 1)))
        {
            throw new ArgumentException("kill probabilities must lie in [0, 1]", nameof(killProbabilities));
        }

        if (Array.Exists(_targetCaps, c => c < 0))
        {
            throw new ArgumentException("target caps must be ≥ 0", nameof(maxWeaponsPerTarget));
        }

        TotalUnits = _units.Sum(u => (long)u);
        TotalValue = _values.Sum();
    }

    /// <summary>Number of weapons (or weapon types) m.</summary>
    public int WeaponCount => _units.Length;

    /// <summary>Number of targets n.</summary>
    public int TargetCount => _values.Length;

    /// <summary>Units of all weapons together.</summary>
    public long TotalUnits { get; }

    /// <summary>Σ_j V_j: the surviving value when nothing is assigned.</summary>
    public double TotalValue { get; }

    /// <summary>True when at least one target has a cap on the units engaging it.</summary>
    public bool HasTargetCaps { get; }

    /// <summary>Units of weapon <paramref name="weapon"/>.</summary>
    public int Units(int weapon) => _units[weapon];

    /// <summary>Value V_j of target <paramref name="target"/> (the instance's own unit, e.g. points).</summary>
    public double Value(int target) => _values[target];

    /// <summary>Single-shot kill probability p_ij of one unit of <paramref name="weapon"/> against <paramref name="target"/>.</summary>
    public double KillProbability(int weapon, int target) => _killProbabilities[(weapon * _values.Length) + target];

    /// <summary>Most units that may engage <paramref name="target"/>; <see cref="int.MaxValue"/> when uncapped.</summary>
    public int MaxWeapons(int target) => _targetCaps[target];

    /// <summary>All kill probabilities, row-major (index weapon·n + target).</summary>
    public ReadOnlySpan<double> KillProbabilities => _killProbabilities;

    /// <summary>
    /// The expected surviving value Σ_j V_j Π_i (1 − p_ij)^x_ij of an assignment, computed directly
    /// (no logarithms, so a certain kill gives exactly 0).
    /// </summary>
    /// <param name="counts">x_ij, row-major (index weapon·n + target), length m·n.</param>
    public double SurvivingValue(ReadOnlySpan<int> counts)
    {
        int m = WeaponCount, n = TargetCount;
        if (counts.Length != m * n)
        {
            throw new ArgumentException($"expected {m * n} counts, found {counts.Length}", nameof(counts));
        }

        double total = 0;
        for (int j = 0; j < n; j++)
        {
            double survival = 1;
            for (int i = 0; i < m; i++)
            {
                int x = counts[(i * n) + j];
                if (x > 0)
                {
                    survival *= Math.Pow(1 - _killProbabilities[(i * n) + j], x);
                }
            }

            total += _values[j] * survival;
        }

        return total;
    }

    /// <summary>
    /// Checks an assignment against the constraints: counts ≥ 0, each weapon's units, each target's cap.
    /// Returns null when feasible, otherwise what is violated.
    /// </summary>
    public string? Infeasibility(ReadOnlySpan<int> counts)
    {
        int m = WeaponCount, n = TargetCount;
        if (counts.Length != m * n)
        {
            return $"expected {m * n} counts, found {counts.Length}";
        }

        Span<long> perTarget = n <= 256 ? stackalloc long[n] : new long[n];
        perTarget.Clear();
        for (int i = 0; i < m; i++)
        {
            long used = 0;
            for (int j = 0; j < n; j++)
            {
                int x = counts[(i * n) + j];
                if (x < 0)
                {
                    return $"weapon {i} has {x} units on target {j}";
                }

                used += x;
                perTarget[j] += x;
            }

            if (used > _units[i])
            {
                return $"weapon {i} assigns {used} units but has {_units[i]}";
            }
        }

        for (int j = 0; j < n; j++)
        {
            if (perTarget[j] > _targetCaps[j])
            {
                return $"target {j} is engaged by {perTarget[j]} units, more than its cap {_targetCaps[j]}";
            }
        }

        return null;
    }

    /// <summary>
    /// True when, for every target, every weapon has the same kill probability against it
    /// (p_ij = p_j): the weapons are then interchangeable, and greedy maximum marginal return is
    /// optimal (den Broeder, Ellison &amp; Emerling 1959) because the problem becomes a separable
    /// convex allocation of one pooled resource.
    /// </summary>
    public bool WeaponsAreAlike()
    {
        int m = WeaponCount, n = TargetCount;
        for (int i = 1; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (_killProbabilities[(i * n) + j] != _killProbabilities[j])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
