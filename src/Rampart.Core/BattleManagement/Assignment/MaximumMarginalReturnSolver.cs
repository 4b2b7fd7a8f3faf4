namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// The fast heuristic: greedy maximum marginal return (den Broeder, Ellison &amp; Emerling 1959;
/// Kline, Ahner &amp; Hill, C&amp;OR 105, 2019), then local improvement by single-unit moves and
/// swaps until no move lowers the objective. Never proves optimality (except through the exact
/// solver, which knows when greedy is provably optimal). Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>Greedy: repeatedly give one unit to the weapon-target pair with the largest marginal
/// return V_j·s_j·p_ij (s_j the target's current survival probability) among weapons with units
/// left and targets under their cap, until no pair returns anything. When all weapons are alike
/// (p_ij = p_j) this is optimal: the objective is then a separable convex function of the units
/// per target, for which marginal allocation is exact.</para>
/// <para>Local improvement (first improvement, repeated passes): for each assigned unit (and each
/// unassigned one), the best of moving it to another target and swapping it with a unit of a
/// different weapon on another target (or in the unassigned pool) is applied when it lowers the
/// objective by more than 1e-12 of the total value. Every accepted step strictly lowers the
/// objective, so the search ends.</para>
/// <para>Implementation note: all work arrays are allocated once per call; the greedy and
/// improvement loops allocate nothing.</para>
/// </remarks>
public sealed class MaximumMarginalReturnSolver : IWtaSolver
{
    /// <inheritdoc/>
    public string Name => "heuristic";

    /// <inheritdoc/>
    public WtaSolution Solve(WtaInstance instance, WtaOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        int[] counts = Assign(instance);
        return new WtaSolution(instance, counts, optimal: false, lowerBound: 0, options.ElapsedSeconds);
    }

    /// <summary>Greedy plus local improvement; returns x_ij row-major.</summary>
    internal static int[] Assign(WtaInstance instance)
    {
        var work = new Workspace(instance);
        work.Greedy();
        work.Improve();
        return work.Counts();
    }

    /// <summary>
    /// The assignment state. Column n of <c>_x</c> is the pool of unassigned units, so a move to
    /// or from the pool is an ordinary move with no value at stake.
    /// </summary>
    private sealed class Workspace
    {
        private readonly int _m;
        private readonly int _n;
        private readonly int _stride; // n + 1: the pool column
        private readonly double[] _q; // 1 − p_ij, row-major with stride n
        private readonly double[] _p;
        private readonly double[] _value;
        private readonly int[] _cap;
        private readonly int[] _x; // units, row-major with stride n + 1
        private readonly int[] _load; // units per target
        private readonly double[] _survival; // Π_i q_ij^x_ij per target
        private readonly int[] _cells; // scratch: cells holding units, rebuilt each pass
        private readonly double _threshold;

        public Workspace(WtaInstance instance)
        {
            _m = instance.WeaponCount;
            _n = instance.TargetCount;
            _stride = _n + 1;
            _p = instance.KillProbabilities.ToArray();
            _q = new double[_p.Length];
            for (int k = 0; k < _p.Length; k++)
            {
                _q[k] = 1 - _p[k];
            }

            _value = new double[_n];
            _cap = new int[_n];
            _survival = new double[_n];
            _load = new int[_n];
            for (int j = 0; j < _n; j++)
            {
                _value[j] = instance.Value(j);
                _cap[j] = instance.MaxWeapons(j);
                _survival[j] = 1;
            }

            _x = new int[_m * _stride];
            for (int i = 0; i < _m; i++)
            {
                _x[(i * _stride) + _n] = instance.Units(i);
            }

            _cells = new int[_m * _stride];
            _threshold = 1e-12 * Math.Max(instance.TotalValue, double.Epsilon);
        }

        public void Greedy()
        {
            // For each target, the weapons by kill probability, best first, and a pointer to the
            // first one with units left: the best available pair for target j is then O(1) amortised.
            int m = _m, n = _n;
            var order = new int[n * m];
            var keys = new double[m];
            for (int j = 0; j < n; j++)
            {
                var slice = order.AsSpan(j * m, m);
                for (int i = 0; i < m; i++)
                {
                    slice[i] = i;
                    keys[i] = -_p[(i * n) + j];
                }

                // Stable order (ties by weapon index) keeps the result independent of the sort's internals.
                MemoryExtensions.Sort(keys.AsSpan(), slice, Comparer<double>.Default);
                StableTies(keys, slice);
            }

            var next = new int[n];
            while (true)
            {
                int bestTarget = -1, bestWeapon = -1;
                double bestGain = 0;
                for (int j = 0; j < n; j++)
                {
                    if (_load[j] >= _cap[j])
                    {
                        continue;
                    }

                    int k = next[j];
                    while (k < m && _x[(order[(j * m) + k] * _stride) + n] == 0)
                    {
                        k++;
                    }

                    next[j] = k;
                    if (k == m)
                    {
                        continue;
                    }

                    int i = order[(j * m) + k];
                    double gain = _value[j] * _survival[j] * _p[(i * n) + j];
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        bestTarget = j;
                        bestWeapon = i;
                    }
                }

                if (bestTarget < 0)
                {
                    return;
                }

                Shift(bestWeapon, n, bestTarget);
                _survival[bestTarget] *= _q[(bestWeapon * n) + bestTarget];
            }
        }

        public void Improve()
        {
            int n = _n, stride = _stride;
            bool improved = true;
            while (improved)
            {
                improved = false;
                int cellCount = 0;
                for (int c = 0; c < _x.Length; c++)
                {
                    if (_x[c] > 0)
                    {
                        _cells[cellCount++] = c;
                    }
                }

                for (int a = 0; a < cellCount; a++)
                {
                    int ca = _cells[a];
                    if (_x[ca] == 0)
                    {
                        continue;
                    }

                    int i = ca / stride, j = ca % stride;
                    double withoutOne = j < n ? SurvivalWithoutOne(i, j) : 0;
                    double removeLoss = j < n ? _value[j] * (withoutOne - _survival[j]) : 0;

                    // Best move of one unit of weapon i from j to another target k.
                    double bestDelta = -_threshold;
                    int bestKind = 0, bestK = -1, bestI2 = -1;
                    for (int k = 0; k < n; k++)
                    {
                        if (k == j || _load[k] >= _cap[k])
                        {
                            continue;
                        }

                        double delta = removeLoss - (_value[k] * _survival[k] * _p[(i * n) + k]);
                        if (delta < bestDelta)
                        {
                            bestDelta = delta;
                            bestKind = 1;
                            bestK = k;
                        }
                    }

                    // Best swap with a unit of another weapon i2 on another target (or in the pool) k.
                    for (int b = 0; b < cellCount; b++)
                    {
                        int cb = _cells[b];
                        int i2 = cb / stride, k = cb % stride;
                        if (i2 == i || k == j || _x[cb] == 0 || (j == n && k == n))
                        {
                            continue;
                        }

                        double delta = 0;
                        if (j < n)
                        {
                            delta += _value[j] * ((withoutOne * _q[(i2 * n) + j]) - _survival[j]);
                        }

                        if (k < n)
                        {
                            delta += _value[k] * ((SurvivalWithoutOne(i2, k) * _q[(i * n) + k]) - _survival[k]);
                        }

                        if (delta < bestDelta)
                        {
                            bestDelta = delta;
                            bestKind = 2;
                            bestK = k;
                            bestI2 = i2;
                        }
                    }

                    if (bestKind == 1)
                    {
                        Shift(i, j, bestK);
                        Refresh(j);
                        Refresh(bestK);
                        improved = true;
                    }
                    else if (bestKind == 2)
                    {
                        Shift(i, j, bestK);
                        Shift(bestI2, bestK, j);
                        Refresh(j);
                        Refresh(bestK);
                        improved = true;
                    }
                }
            }
        }

        public int[] Counts()
        {
            var counts = new int[_m * _n];
            for (int i = 0; i < _m; i++)
            {
                Array.Copy(_x, i * _stride, counts, i * _n, _n);
            }

            return counts;
        }

        private static void StableTies(double[] keys, Span<int> items)
        {
            // Insertion pass over runs of equal keys: sorts each run by weapon index.
            for (int a = 1; a < items.Length; a++)
            {
                int item = items[a];
                int b = a - 1;
                while (b >= 0 && keys[b] == keys[a] && items[b] > item)
                {
                    items[b + 1] = items[b];
                    b--;
                }

                items[b + 1] = item;
            }
        }

        /// <summary>Moves one unit of weapon <paramref name="i"/> from column <paramref name="from"/> to <paramref name="to"/> (n is the pool).</summary>
        private void Shift(int i, int from, int to)
        {
            _x[(i * _stride) + from]--;
            _x[(i * _stride) + to]++;
            if (from < _n)
            {
                _load[from]--;
            }

            if (to < _n)
            {
                _load[to]++;
            }
        }

        /// <summary>Survival of target j with one unit of weapon i fewer (that unit must be there).</summary>
        private double SurvivalWithoutOne(int i, int j)
        {
            double q = _q[(i * _n) + j];
            return q > 0 ? _survival[j] / q : Product(j, i);
        }

        /// <summary>Recomputes target j's survival from the counts (no drift from repeated division); the pool (j = n) has none.</summary>
        private void Refresh(int j)
        {
            if (j < _n)
            {
                _survival[j] = Product(j, -1);
            }
        }

        private double Product(int j, int lessOneOf)
        {
            double s = 1;
            for (int i = 0; i < _m; i++)
            {
                int x = _x[(i * _stride) + j] - (i == lessOneOf ? 1 : 0);
                for (int r = 0; r < x; r++)
                {
                    s *= _q[(i * _n) + j];
                }
            }

            return s;
        }
    }
}
