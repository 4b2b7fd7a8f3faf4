namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// The exact solver's own search for instances with few weapon types (or few weapons): a
/// depth-first branch and bound over each target's pattern (its count vector over the weapons),
/// bounded by the Lagrangian relaxation of the weapons' unit limits. Exact arithmetic on the true
/// objective (no linearisation, no integer scaling). Single-threaded and deterministic: its budget
/// is a count of nodes, not a clock.
/// </summary>
/// <remarks>
/// <para><b>Bound.</b> Relaxing Σ_j v_ij ≤ u_i with multipliers λ_i ≥ 0 gives
/// L(λ) = Σ_j g_j(λ) − Σ_i λ_i·u_i with g_j(λ) = min over target j's patterns v of
/// f_j(v) + λ·v, where f_j(v) = V_j Π_i (1 − p_ij)^v_i is the exact surviving value. L(λ) is
/// below the optimum for every λ ≥ 0 (weak duality); it is the value of the convex-hull
/// relaxation at the best λ. λ is found by projected subgradient ascent (Polyak steps towards
/// the incumbent's value, started from the incumbent's marginal values), a fixed number of
/// iterations, so the result does not depend on the machine.</para>
/// <para><b>Search.</b> With r_j(v) = f_j(v) + λ·v − g_j(λ) ≥ 0 (the pattern's reduced cost),
/// every feasible assignment has objective Σ_j f_j(v_j) = L(λ) + Σ_j r_j(v_j) + λ·(u − Σ_j v_j)
/// ≥ L(λ) + Σ_j r_j(v_j). Targets are fixed one at a time (those with the fewest patterns of
/// small reduced cost first), each trying its patterns in increasing reduced cost; a node whose
/// L(λ) + Σ_fixed r_j + Σ_open min{r_l(v) : v fits in the units left} reaches the incumbent less
/// the tolerance is cut. The search is therefore complete: when it ends inside its budget the
/// incumbent is optimal within <see cref="WtaOptions.RelativeGap"/>.</para>
/// <para>Implementation note: patterns are stored flat (cost, then sparse (weapon, count) uses),
/// each target's pattern indices sorted by reduced cost once; the search allocates nothing.</para>
/// </remarks>
internal sealed class LagrangianBranchAndBound
{
    /// <summary>Nodes per unit of <see cref="WtaOptions.DeterministicTimeLimit"/> (about a second of work on a 2020s core).</summary>
    public const long NodesPerDeterministicUnit = 20_000_000;

    private const int SubgradientIterations = 150;

    private readonly WtaInstance _instance;
    private readonly int _m;
    private readonly int _n;
    private readonly int[] _patternStart; // per target: first pattern index; length n + 1
    private readonly double[] _cost; // f_j(v) per pattern
    private readonly int[] _useStart; // per pattern: first use; length patterns + 1
    private readonly int[] _useWeapon;
    private readonly int[] _useCount;
    private readonly double[] _reduced; // r_j(v) per pattern at the chosen λ
    private readonly int[] _sorted; // per target, its pattern indices by increasing reduced cost
    private readonly int[] _order; // targets in branching order
    private readonly int[] _left; // units left per weapon during the search
    private readonly int[] _choice; // chosen pattern per target during the search
    private readonly int[] _bestChoice;
    private double _tolerance;
    private long _nodes;
    private long _nodeBudget;
    private bool _exhausted;

    private LagrangianBranchAndBound(WtaInstance instance, List<int>[] weapons, List<int[]>[] patterns)
    {
        _instance = instance;
        _m = instance.WeaponCount;
        _n = instance.TargetCount;
        int count = patterns.Sum(p => p.Count);
        _patternStart = new int[_n + 1];
        _cost = new double[count];
        _useStart = new int[count + 1];
        var useWeapon = new List<int>();
        var useCount = new List<int>();
        int k = 0;
        for (int j = 0; j < _n; j++)
        {
            _patternStart[j] = k;
            foreach (var v in patterns[j])
            {
                double s = instance.Value(j);
                _useStart[k] = useWeapon.Count;
                for (int w = 0; w < v.Length; w++)
                {
                    if (v[w] > 0)
                    {
                        int i = weapons[j][w];
                        s *= Math.Pow(1 - instance.KillProbability(i, j), v[w]);
                        useWeapon.Add(i);
                        useCount.Add(v[w]);
                    }
                }

                _cost[k++] = s;
            }
        }

        _patternStart[_n] = k;
        _useStart[k] = useWeapon.Count;
        _useWeapon = [.. useWeapon];
        _useCount = [.. useCount];
        _reduced = new double[count];
        _sorted = new int[count];
        _order = new int[_n];
        _left = new int[_m];
        _choice = new int[_n];
        _bestChoice = new int[_n];
    }

    /// <summary>The best assignment found (x_ij row-major).</summary>
    public int[] Incumbent { get; private set; } = [];

    /// <summary>The proven lower bound (the Lagrangian bound, or the incumbent's value once the search is complete).</summary>
    public double Lower { get; private set; }

    /// <summary>True when the search finished inside its budget.</summary>
    public bool Proven { get; private set; }

    /// <summary>Nodes visited (for benchmarks and tests).</summary>
    public long Nodes => _nodes;

    /// <summary>The search for <paramref name="instance"/>, or null when its patterns number more than <paramref name="maxPatterns"/>.</summary>
    public static LagrangianBranchAndBound? TryCreate(WtaInstance instance, long maxPatterns) =>
        PatternModel.TryEnumerate(instance, maxPatterns, out var weapons, out var patterns, out _)
            ? new LagrangianBranchAndBound(instance, weapons, patterns)
            : null;

    /// <summary>
    /// Runs the search from <paramref name="incumbent"/> (feasible, x_ij row-major) with at most
    /// <paramref name="nodeBudget"/> nodes, and — outside simulations only — until
    /// <paramref name="outOfTime"/> says so (asked every 4,096 nodes).
    /// </summary>
    public void Run(int[] incumbent, double relativeGap, long nodeBudget, Func<bool>? outOfTime = null)
    {
        _outOfTime = outOfTime;
        Incumbent = incumbent;
        double upper = _instance.SurvivingValue(incumbent);
        _tolerance = (relativeGap * upper) + (1e-12 * _instance.TotalValue);
        double lagrangian = Dual(incumbent, ref upper);
        Lower = Math.Max(0, Math.Min(lagrangian, upper));
        if (upper - Lower <= _tolerance)
        {
            Proven = true;
            return;
        }

        PrepareSearch(lagrangian);
        _nodeBudget = nodeBudget;
        _upper = upper;
        _bestFound = false;
        for (int i = 0; i < _m; i++)
        {
            _left[i] = _instance.Units(i);
        }

        Search(0, lagrangian, 0);
        if (_bestFound)
        {
            Incumbent = ToCounts(_bestChoice);
        }

        if (!_exhausted)
        {
            // Complete search: nothing is more than the tolerance below the incumbent.
            Proven = true;
            Lower = Math.Max(Lower, _instance.SurvivingValue(Incumbent) - _tolerance);
        }
    }

    private double _upper;
    private bool _bestFound;
    private Func<bool>? _outOfTime;

    /// <summary>
    /// Projected subgradient ascent on L(λ); returns the best L found and leaves the reduced costs
    /// of the best λ in <c>_reduced</c>. A Lagrangian solution that happens to be feasible and
    /// better than the incumbent replaces it (and lowers <paramref name="upper"/>).
    /// </summary>
    private double Dual(int[] incumbent, ref double upper)
    {
        var lambda = StartingPrices(incumbent);
        var best = (double[])lambda.Clone();
        var direction = new double[_m];
        var pick = new int[_n];
        double bestL = double.NegativeInfinity, theta = 1;
        int stall = 0;
        for (int iter = 0; iter < SubgradientIterations; iter++)
        {
            double l = 0;
            for (int i = 0; i < _m; i++)
            {
                l -= lambda[i] * _instance.Units(i);
                direction[i] = -_instance.Units(i);
            }

            for (int j = 0; j < _n; j++)
            {
                int arg = -1;
                double min = double.PositiveInfinity;
                for (int k = _patternStart[j]; k < _patternStart[j + 1]; k++)
                {
                    double c = _cost[k];
                    for (int u = _useStart[k]; u < _useStart[k + 1]; u++)
                    {
                        c += lambda[_useWeapon[u]] * _useCount[u];
                    }

                    if (c < min)
                    {
                        min = c;
                        arg = k;
                    }
                }

                pick[j] = arg;
                l += min;
                for (int u = _useStart[arg]; u < _useStart[arg + 1]; u++)
                {
                    direction[_useWeapon[u]] += _useCount[u];
                }
            }

            if (l > bestL)
            {
                bestL = l;
                Array.Copy(lambda, best, _m);
                stall = 0;
            }
            else if (++stall >= 5)
            {
                theta /= 2;
                stall = 0;
            }

            bool feasible = true;
            double norm = 0;
            for (int i = 0; i < _m; i++)
            {
                feasible &= direction[i] <= 0;
                if (lambda[i] <= 0 && direction[i] < 0)
                {
                    direction[i] = 0; // projection onto λ ≥ 0
                }

                norm += direction[i] * direction[i];
            }

            if (feasible)
            {
                var x = ToCounts(pick);
                double value = _instance.SurvivingValue(x);
                if (value < upper)
                {
                    upper = value;
                    Incumbent = x;
                }
            }

            if (upper - bestL <= _tolerance || norm == 0 || theta < 1e-6)
            {
                break;
            }

            double step = theta * (upper - l) / norm;
            for (int i = 0; i < _m; i++)
            {
                lambda[i] = Math.Max(0, lambda[i] + (step * direction[i]));
            }
        }

        // Reduced costs at the best λ, and L(λ) recomputed from them so both agree to the last bit.
        double bound = 0;
        for (int i = 0; i < _m; i++)
        {
            bound -= best[i] * _instance.Units(i);
        }

        for (int j = 0; j < _n; j++)
        {
            double min = double.PositiveInfinity;
            for (int k = _patternStart[j]; k < _patternStart[j + 1]; k++)
            {
                double c = _cost[k];
                for (int u = _useStart[k]; u < _useStart[k + 1]; u++)
                {
                    c += best[_useWeapon[u]] * _useCount[u];
                }

                _reduced[k] = c;
                min = Math.Min(min, c);
            }

            for (int k = _patternStart[j]; k < _patternStart[j + 1]; k++)
            {
                _reduced[k] = Math.Max(0, _reduced[k] - min);
            }

            bound += min;
        }

        return bound;
    }

    /// <summary>
    /// λ to start from: each weapon's marginal value in the incumbent — the most one more unit of it
    /// would save (0 when it has units left over, since those are worth nothing there).
    /// </summary>
    private double[] StartingPrices(int[] x)
    {
        var survival = new double[_n];
        for (int j = 0; j < _n; j++)
        {
            double s = _instance.Value(j);
            for (int i = 0; i < _m; i++)
            {
                s *= Math.Pow(1 - _instance.KillProbability(i, j), x[(i * _n) + j]);
            }

            survival[j] = s;
        }

        var lambda = new double[_m];
        for (int i = 0; i < _m; i++)
        {
            int used = 0;
            double gain = 0;
            for (int j = 0; j < _n; j++)
            {
                used += x[(i * _n) + j];
                gain = Math.Max(gain, survival[j] * _instance.KillProbability(i, j));
            }

            lambda[i] = used < _instance.Units(i) ? 0 : gain;
        }

        return lambda;
    }

    private void PrepareSearch(double lagrangian)
    {
        var candidates = new int[_n];
        double gap = _upper - lagrangian;
        for (int j = 0; j < _n; j++)
        {
            int a = _patternStart[j], b = _patternStart[j + 1];
            for (int k = a; k < b; k++)
            {
                _sorted[k] = k;
            }

            // Stable by index on ties, so the search order does not depend on the sort's internals.
            Array.Sort(_sorted, a, b - a, Comparer<int>.Create((p, q) => _reduced[p] != _reduced[q] ? _reduced[p].CompareTo(_reduced[q]) : p.CompareTo(q)));
            for (int k = a; k < b; k++)
            {
                if (_reduced[k] < gap)
                {
                    candidates[j]++;
                }
            }

            _order[j] = j;
        }

        Array.Sort(_order, Comparer<int>.Create((p, q) => candidates[p] != candidates[q] ? candidates[p].CompareTo(candidates[q]) : p.CompareTo(q)));
    }

    /// <summary>Fixes the target at <paramref name="depth"/> in branching order; <paramref name="bound"/> is L(λ) + Σ_fixed r, <paramref name="cost"/> Σ_fixed f.</summary>
    private void Search(int depth, double bound, double cost)
    {
        if (_exhausted)
        {
            return;
        }

        if (++_nodes > _nodeBudget || ((_nodes & 4095) == 0 && _outOfTime is not null && _outOfTime()))
        {
            _exhausted = true;
            return;
        }

        if (depth == _n)
        {
            if (cost < _upper)
            {
                _upper = cost;
                _bestFound = true;
                Array.Copy(_choice, _bestChoice, _n);
            }

            return;
        }

        // Look-ahead: every open target needs a pattern that fits in the units left.
        double ahead = 0;
        for (int d = depth + 1; d < _n; d++)
        {
            ahead += MinFitting(_order[d]);
            if (bound + ahead >= _upper - _tolerance)
            {
                return;
            }
        }

        int j = _order[depth];
        for (int s = _patternStart[j]; s < _patternStart[j + 1]; s++)
        {
            int k = _sorted[s];
            double r = bound + _reduced[k];
            if (r + ahead >= _upper - _tolerance)
            {
                break; // sorted: every later pattern of this target is cut too (ahead only grows when units are taken)
            }

            if (!Fits(k))
            {
                continue;
            }

            Take(k, -1);
            _choice[j] = k;
            Search(depth + 1, r, cost + _cost[k]);
            Take(k, +1);
            if (_exhausted)
            {
                return;
            }
        }
    }

    private double MinFitting(int j)
    {
        for (int s = _patternStart[j]; s < _patternStart[j + 1]; s++)
        {
            int k = _sorted[s];
            if (Fits(k))
            {
                return _reduced[k];
            }
        }

        return double.PositiveInfinity; // unreachable: the empty pattern always fits
    }

    private bool Fits(int k)
    {
        for (int u = _useStart[k]; u < _useStart[k + 1]; u++)
        {
            if (_useCount[u] > _left[_useWeapon[u]])
            {
                return false;
            }
        }

        return true;
    }

    private void Take(int k, int sign)
    {
        for (int u = _useStart[k]; u < _useStart[k + 1]; u++)
        {
            _left[_useWeapon[u]] += sign * _useCount[u];
        }
    }

    private int[] ToCounts(int[] patternPerTarget)
    {
        var x = new int[_m * _n];
        for (int j = 0; j < _n; j++)
        {
            int k = patternPerTarget[j];
            for (int u = _useStart[k]; u < _useStart[k + 1]; u++)
            {
                x[(_useWeapon[u] * _n) + j] = _useCount[u];
            }
        }

        return x;
    }
}
