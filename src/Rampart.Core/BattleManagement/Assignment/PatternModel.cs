using Google.OrTools.Sat;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// The exact solver's formulation for few weapon types: each target receives one <i>pattern</i>
/// (a count vector: how many units of each type), chosen by a Boolean in CP-SAT, with the
/// pattern's surviving value as its exact cost. No linearisation error but integer scaling.
/// </summary>
/// <remarks>
/// <para><b>Which patterns.</b> All count vectors over the weapons that can hurt the target
/// (p_ij &gt; 0), with at most K_j units in total. K_j is the target's cap, lowered by an exchange
/// argument that holds for every optimal assignment (one using no unit with p = 0, which exists):
/// if target j held k units, some uncapped target l ≠ j holds at most c = ⌊(N − k)/|U|⌋ of the
/// N units (U: the other targets whose cap is at least N), so it survives with probability at
/// least q̲_l^c (q̲_l the smallest 1 − p against l); moving one unit from j to l would then gain at
/// least V_l·q̲_l^c·p̲_l and lose at most V_j·q̄_j^(k−1) (q̄_j the largest 1 − p among the weapons
/// that hurt j). Where the loss bound is below the gain bound, k units cannot be optimal.</para>
/// <para><b>Scaling.</b> Costs are ⌊S·V_j·Π_i (1 − p_ij)^v_i⌋; every solution's scaled cost is at
/// most S times its true value and at least that less one per target, so the proven lower bound
/// is CP-SAT's bound / S and the gap at optimality is below targets / S, a quarter of the
/// tolerance at the heuristic's objective, capped as <see cref="CpSatBudget.MaxScale"/> says.</para>
/// <para>Used only when the patterns number at most <see cref="MaxPatterns"/>; otherwise the
/// solver falls back to <see cref="OuterApproximation"/>.</para>
/// </remarks>
internal sealed class PatternModel
{
    /// <summary>Most patterns over all targets for which the model is built.</summary>
    public const int MaxPatterns = 60_000;

    private readonly WtaInstance _instance;
    private readonly WtaOptions _options;
    private readonly CpSatBudget _budget;
    private readonly List<int>[] _weapons; // per target: the weapons that can hurt it
    private readonly List<int[]>[] _patterns; // per target: count vectors over _weapons[j]
    private readonly double _constant;
    private readonly double _scale;

    private PatternModel(WtaInstance instance, WtaOptions options, CpSatBudget budget, List<int>[] weapons, List<int[]>[] patterns, double constant, double upper)
    {
        _instance = instance;
        _options = options;
        _budget = budget;
        _weapons = weapons;
        _patterns = patterns;
        _constant = constant;
        int n = instance.TargetCount;
        double wanted = options.RelativeGap > 0 && upper > 0 ? 4.0 * (n + 1) / (options.RelativeGap * upper) : double.MaxValue;
        double largest = Enumerable.Range(0, n).Max(j => instance.Value(j));
        _scale = Math.Min(wanted, CpSatBudget.MaxScale(instance.TotalValue, largest));
    }

    public int[] Incumbent { get; private set; } = [];

    public double Lower { get; private set; }

    public bool Proven { get; private set; }

    /// <summary>The model for <paramref name="instance"/>, or null when it would need more than <see cref="MaxPatterns"/> patterns.</summary>
    public static PatternModel? TryCreate(WtaInstance instance, WtaOptions options, CpSatBudget budget, double upper)
    {
        return TryEnumerate(instance, MaxPatterns, out var weapons, out var patterns, out double constant)
            ? new PatternModel(instance, options, budget, weapons, patterns, constant, upper)
            : null;
    }

    /// <summary>
    /// Every target's candidate patterns (see the remarks on this class): per target the weapons
    /// that can hurt it and the count vectors over them; targets nothing can hurt get the empty
    /// pattern and their value goes into <paramref name="constant"/>. False when more than
    /// <paramref name="limit"/> patterns would be needed.
    /// </summary>
    internal static bool TryEnumerate(WtaInstance instance, long limit, out List<int>[] weapons, out List<int[]>[] patterns, out double constant)
    {
        int m = instance.WeaponCount, n = instance.TargetCount;
        weapons = new List<int>[n];
        patterns = new List<int[]>[n];
        constant = 0;
        long total = 0;
        for (int j = 0; j < n; j++)
        {
            weapons[j] = Enumerable.Range(0, m).Where(i => instance.Units(i) > 0 && instance.KillProbability(i, j) > 0).ToList();
            patterns[j] = [];
            if (instance.Value(j) == 0 || weapons[j].Count == 0 || instance.MaxWeapons(j) == 0)
            {
                constant += instance.Value(j);
                patterns[j].Add(new int[weapons[j].Count]);
                continue;
            }

            int most = MostUnits(instance, j, weapons[j]);
            if (!Enumerate(instance, weapons[j], most, patterns[j], limit - total))
            {
                return false;
            }

            total += patterns[j].Count;
        }

        return true;
    }

    public void Run(int[] incumbent)
    {
        Incumbent = incumbent;
        int m = _instance.WeaponCount, n = _instance.TargetCount;
        var model = new CpModel();
        var choice = new BoolVar[n][];
        var objective = LinearExpr.NewBuilder();
        var perWeapon = new LinearExprBuilder[m];
        var reach = new long[m];
        for (int i = 0; i < m; i++)
        {
            perWeapon[i] = LinearExpr.NewBuilder();
        }

        for (int j = 0; j < n; j++)
        {
            var list = _patterns[j];
            choice[j] = new BoolVar[list.Count];
            var hint = IncumbentPattern(incumbent, j);
            for (int k = 0; k < list.Count; k++)
            {
                var z = choice[j][k] = model.NewBoolVar("");
                long cost = (long)Math.Floor(_scale * Survival(j, list[k]));
                if (cost != 0)
                {
                    objective.AddTerm(z, cost);
                }

                for (int w = 0; w < list[k].Length; w++)
                {
                    if (list[k][w] > 0)
                    {
                        int i = _weapons[j][w];
                        perWeapon[i].AddTerm(z, list[k][w]);
                        reach[i] += list[k][w];
                    }
                }

                model.AddHint(z, list[k].AsSpan().SequenceEqual(hint));
            }

            model.AddExactlyOne(choice[j]);
        }

        for (int i = 0; i < m; i++)
        {
            if (reach[i] > _instance.Units(i))
            {
                model.AddLinearConstraint(perWeapon[i], 0, _instance.Units(i));
            }
        }

        model.Minimize(objective);
        if (_budget.Solve(model) is not { } result)
        {
            return;
        }

        var (solver, status) = result;
        using var disposeSolver = solver;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return;
        }

        var x = new int[m * n];
        for (int j = 0; j < n; j++)
        {
            for (int k = 0; k < choice[j].Length; k++)
            {
                if (solver.BooleanValue(choice[j][k]))
                {
                    for (int w = 0; w < _patterns[j][k].Length; w++)
                    {
                        x[(_weapons[j][w] * n) + j] = _patterns[j][k][w];
                    }
                }
            }
        }

        double upper = _instance.SurvivingValue(Incumbent);
        double value = _instance.SurvivingValue(x);
        if (value < upper)
        {
            upper = value;
            Incumbent = x;
        }

        double bound = _constant + (solver.BestObjectiveBound / _scale);
        double tolerance = (_options.RelativeGap * upper) + (1e-12 * _instance.TotalValue);
        if (bound > upper + tolerance)
        {
            return; // a bound above a feasible value: CP-SAT's arithmetic failed; prove nothing
        }

        Lower = Math.Max(0, bound);
        Proven = upper - Lower <= tolerance;
    }

    /// <summary>V_j times the survival of target j under a pattern, evaluated directly.</summary>
    private double Survival(int j, int[] pattern)
    {
        double s = _instance.Value(j);
        for (int w = 0; w < pattern.Length; w++)
        {
            if (pattern[w] > 0)
            {
                s *= Math.Pow(1 - _instance.KillProbability(_weapons[j][w], j), pattern[w]);
            }
        }

        return s;
    }

    private int[] IncumbentPattern(int[] x, int j)
    {
        int n = _instance.TargetCount;
        var v = new int[_weapons[j].Count];
        for (int w = 0; w < v.Length; w++)
        {
            v[w] = x[(_weapons[j][w] * n) + j];
        }

        return v;
    }

    /// <summary>The most units target j can hold in an optimal assignment (its cap, lowered by the exchange argument).</summary>
    private static int MostUnits(WtaInstance instance, int j, List<int> hurting)
    {
        int m = instance.WeaponCount, n = instance.TargetCount;
        long units = instance.TotalUnits;
        long most = Math.Min(instance.MaxWeapons(j), hurting.Sum(i => (long)instance.Units(i)));
        var uncapped = Enumerable.Range(0, n).Where(l => l != j && instance.MaxWeapons(l) >= units).ToList();
        double qMax = hurting.Max(i => 1 - instance.KillProbability(i, j));
        if (uncapped.Count == 0 || qMax >= 1)
        {
            return (int)most;
        }

        // For each uncapped l: V_l, and the weakest single shot and the best-protected survival per unit.
        var gainBase = new double[uncapped.Count];
        var qMin = new double[uncapped.Count];
        for (int u = 0; u < uncapped.Count; u++)
        {
            int l = uncapped[u];
            double pMin = 1, q = 1;
            for (int i = 0; i < m; i++)
            {
                if (instance.Units(i) > 0)
                {
                    pMin = Math.Min(pMin, instance.KillProbability(i, l));
                    q = Math.Min(q, 1 - instance.KillProbability(i, l));
                }
            }

            gainBase[u] = instance.Value(l) * pMin;
            qMin[u] = q;
        }

        for (long k = 1; k <= most; k++)
        {
            long c = (units - k) / uncapped.Count;
            double gain = double.PositiveInfinity;
            for (int u = 0; u < uncapped.Count; u++)
            {
                gain = Math.Min(gain, gainBase[u] * Math.Pow(qMin[u], c));
            }

            double loss = instance.Value(j) * Math.Pow(qMax, k - 1);
            // A margin of 1e-9 keeps rounding in the powers from cutting off a true optimum.
            if (loss < gain * (1 - 1e-9))
            {
                return (int)(k - 1);
            }
        }

        return (int)most;
    }

    /// <summary>Appends every count vector with v_w ≤ units and Σ v ≤ most; false when more than <paramref name="room"/>.</summary>
    private static bool Enumerate(WtaInstance instance, List<int> hurting, int most, List<int[]> into, long room)
    {
        var v = new int[hurting.Count];
        bool Visit(int w, int left)
        {
            if (w == v.Length)
            {
                if (into.Count >= room)
                {
                    return false;
                }

                into.Add((int[])v.Clone());
                return true;
            }

            int top = Math.Min(left, instance.Units(hurting[w]));
            for (int c = 0; c <= top; c++)
            {
                v[w] = c;
                if (!Visit(w + 1, left - c))
                {
                    return false;
                }
            }

            v[w] = 0;
            return true;
        }

        return Visit(0, most);
    }
}
