using Rampart.Core.Tracking;

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
        work.Descend();
        return work.Counts();
    }

    /// <summary>Local improvement alone, from a feasible <paramref name="start"/> (x_ij row-major); for restarts in studies.</summary>
    internal static int[] Improve(WtaInstance instance, ReadOnlySpan<int> start)
    {
        var work = new Workspace(instance);
        work.Load(start);
        work.Descend();
        return work.Counts();
    }

    /// <summary>Most splits of two columns' units that <see cref="Workspace.SplitPairs"/> enumerates.</summary>
    private const long MaxSplits = 256;

    /// <summary>Most cells on one ejection chain (<see cref="Workspace.Chain"/>).</summary>
    private const int ChainLength = 4;

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
        private readonly int[] _units;
        private readonly int[] _x; // units, row-major with stride n + 1
        private readonly int[] _load; // units per target
        private readonly double[] _survival; // Π_i q_ij^x_ij per target
        private readonly int[] _cells; // scratch: cells holding units, rebuilt each pass
        private readonly double[] _label; // chain search: best cost of a path of each length ending at each node
        private readonly int[] _pred; // chain search: the previous node of that path (−1 at its head)
        private readonly double _threshold;
        private int[]? _rowWeapon; // reassignment scratch, allocated on first use
        private int[]? _rowFrom;
        private int[]? _assigned;
        private double[]? _baseSurvival;
        private int[]? _baseLoad;
        private double[]? _cost;

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
            _units = new int[_m];
            for (int i = 0; i < _m; i++)
            {
                _units[i] = instance.Units(i);
                _x[(i * _stride) + _n] = instance.Units(i);
            }

            _cells = new int[_m * _stride];
            _label = new double[ChainLength * _m * _stride];
            _pred = new int[ChainLength * _m * _stride];
            _threshold = 1e-12 * Math.Max(instance.TotalValue, double.Epsilon);
        }

        /// <summary>Replaces the assignment by <paramref name="counts"/> (feasible, row-major with stride n).</summary>
        public void Load(ReadOnlySpan<int> counts)
        {
            Array.Clear(_load);
            for (int i = 0; i < _m; i++)
            {
                int used = 0;
                for (int j = 0; j < _n; j++)
                {
                    int x = counts[(i * _n) + j];
                    _x[(i * _stride) + j] = x;
                    _load[j] += x;
                    used += x;
                }

                _x[(i * _stride) + _n] = _units[i] - used;
            }

            for (int j = 0; j < _n; j++)
            {
                Refresh(j);
            }
        }

        /// <summary>
        /// Local improvement to a local optimum of every neighbourhood: pairwise moves and swaps,
        /// then ejection chains (cheaper), then the reassignment neighbourhood with each choice of
        /// the unit freed per target. Every accepted step lowers the objective, so this ends.
        /// </summary>
        public void Descend()
        {
            Improve();
            while (true)
            {
                bool changed = Chain();
                for (int rotation = 0; !changed && rotation < MostWeaponsOnATarget(); rotation++)
                {
                    changed = Reassign(rotation);
                }

                changed = changed || SplitPairs();

                if (!changed)
                {
                    return;
                }

                Improve();
            }
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

        /// <summary>
        /// The pair neighbourhood, searched exactly: for every two columns (targets, or a target and
        /// the pool of unassigned units), every way of splitting the units the two hold between
        /// them, within caps. Contains block moves (several units at once) and 2-for-1 exchanges,
        /// which single-unit moves, chains and reassignment do not. Pairs whose splits number more
        /// than <see cref="MaxSplits"/> are skipped. Applies the first improving pair; false when none.
        /// </summary>
        public bool SplitPairs()
        {
            int m = _m, n = _n, stride = _stride;
            Span<int> weapons = m <= 64 ? stackalloc int[m] : new int[m];
            Span<int> total = m <= 64 ? stackalloc int[m] : new int[m];
            Span<int> split = m <= 64 ? stackalloc int[m] : new int[m];
            Span<int> bestSplit = m <= 64 ? stackalloc int[m] : new int[m];
            for (int j = 0; j < n; j++)
            {
                for (int k = j + 1; k <= n; k++)
                {
                    int count = 0;
                    long combos = 1;
                    for (int i = 0; i < m && combos <= MaxSplits; i++)
                    {
                        int c = _x[(i * stride) + j] + _x[(i * stride) + k];
                        if (c > 0)
                        {
                            weapons[count] = i;
                            total[count++] = c;
                            combos *= c + 1;
                        }
                    }

                    if (count == 0 || combos > MaxSplits || (count == 1 && k == n && _x[(weapons[0] * stride) + j] == total[0]))
                    {
                        continue;
                    }

                    double current = _value[j] * _survival[j];
                    if (k < n)
                    {
                        current += _value[k] * _survival[k];
                    }

                    double best = current - _threshold;
                    bool found = false;
                    split[..count].Clear();
                    while (true)
                    {
                        // Evaluate this split: split[w] units of weapons[w] on j, the rest on k.
                        int onJ = 0, onK = 0;
                        double sj = 1, sk = 1;
                        for (int w = 0; w < count; w++)
                        {
                            int i = weapons[w], a = split[w], b = total[w] - a;
                            onJ += a;
                            onK += b;
                            for (int r = 0; r < a; r++)
                            {
                                sj *= _q[(i * n) + j];
                            }

                            if (k < n)
                            {
                                for (int r = 0; r < b; r++)
                                {
                                    sk *= _q[(i * n) + k];
                                }
                            }
                        }

                        if (onJ <= _cap[j] && (k == n || onK <= _cap[k]))
                        {
                            double value = (_value[j] * sj) + (k < n ? _value[k] * sk : 0);
                            if (value < best)
                            {
                                best = value;
                                found = true;
                                split[..count].CopyTo(bestSplit);
                            }
                        }

                        int d = 0;
                        while (d < count && split[d] == total[d])
                        {
                            split[d++] = 0;
                        }

                        if (d == count)
                        {
                            break;
                        }

                        split[d]++;
                    }

                    if (found)
                    {
                        for (int w = 0; w < count; w++)
                        {
                            int i = weapons[w];
                            int onJ = _x[(i * stride) + j];
                            _load[j] += bestSplit[w] - onJ;
                            if (k < n)
                            {
                                _load[k] -= bestSplit[w] - onJ;
                            }

                            _x[(i * stride) + j] = bestSplit[w];
                            _x[(i * stride) + k] = total[w] - bestSplit[w];
                        }

                        Refresh(j);
                        Refresh(k);
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The most distinct weapons on one target.</summary>
        public int MostWeaponsOnATarget()
        {
            int most = 1;
            for (int j = 0; j < _n; j++)
            {
                int k = 0;
                for (int i = 0; i < _m; i++)
                {
                    k += _x[(i * _stride) + j] > 0 ? 1 : 0;
                }

                most = Math.Max(most, k);
            }

            return most;
        }

        /// <summary>
        /// The reassignment neighbourhood, searched exactly: take one unit off every engaged target
        /// (the <paramref name="rotation"/>-th of its weapons, in index order) and consider the
        /// unassigned units too (at most n of each weapon); give each of these units a target anew,
        /// at most one per target, or none. Each target then gains at most one unit, so the change of
        /// the objective is a sum over the units, −V_j·s'_j·p_ij with s'_j the target's survival
        /// without its freed unit, and the best reassignment is an optimal 2-D assignment
        /// (<see cref="LinearAssignment"/>). Applies it and returns true when it beats the current one.
        /// </summary>
        /// <remarks>
        /// This contains every cyclic and path exchange of single units among distinct targets
        /// (Ahuja et al. 2007's neighbourhood restricted to the freed units) and solves it exactly,
        /// where <see cref="Chain"/> searches longer chains heuristically.
        /// </remarks>
        public bool Reassign(int rotation)
        {
            int m = _m, n = _n, stride = _stride;
            // Rows: at most one per target and n per weapon from the pool.
            _rowWeapon ??= new int[_n + (_m * _n)];
            _rowFrom ??= new int[_n + (_m * _n)];
            int[] rowWeapon = _rowWeapon, rowFrom = _rowFrom;
            int rows = 0;
            for (int j = 0; j < n; j++)
            {
                int k = 0, held = -1;
                for (int i = 0; i < m; i++)
                {
                    k += _x[(i * stride) + j] > 0 ? 1 : 0;
                }

                if (k == 0)
                {
                    continue;
                }

                for (int i = 0, seen = 0; i < m; i++)
                {
                    if (_x[(i * stride) + j] > 0 && seen++ == rotation % k)
                    {
                        held = i;
                        break;
                    }
                }

                rowWeapon[rows] = held;
                rowFrom[rows++] = j;
            }

            for (int i = 0; i < m; i++)
            {
                for (int c = Math.Min(_x[(i * stride) + n], n); c > 0; c--)
                {
                    rowWeapon[rows] = i;
                    rowFrom[rows++] = n;
                }
            }

            if (rows == 0)
            {
                return false;
            }

            var baseSurvival = _baseSurvival ??= new double[n];
            var baseLoad = _baseLoad ??= new int[n];
            for (int j = 0; j < n; j++)
            {
                baseSurvival[j] = _survival[j];
                baseLoad[j] = _load[j];
            }

            for (int r = 0; r < rows; r++)
            {
                int j = rowFrom[r];
                if (j < n)
                {
                    baseSurvival[j] = SurvivalWithoutOne(rowWeapon[r], j);
                    baseLoad[j]--;
                }
            }

            // Every row may stay out: a zero-cost column of its own. Not needed when no target is
            // full and rows ≤ n: all costs are then ≤ 0 and a free target is always at hand, so some
            // optimal assignment places every row.
            bool full = false;
            for (int j = 0; j < n; j++)
            {
                full |= baseLoad[j] >= _cap[j];
            }

            int cols = full || rows > n ? n + rows : n;
            if (_cost is null || _cost.Length < rows * cols)
            {
                _cost = new double[rows * cols];
            }

            var cost = _cost;
            double current = 0;
            for (int r = 0; r < rows; r++)
            {
                int i = rowWeapon[r];
                for (int j = 0; j < n; j++)
                {
                    cost[(r * cols) + j] = baseLoad[j] < _cap[j] ? -_value[j] * baseSurvival[j] * _p[(i * n) + j] : LinearAssignment.Forbidden;
                }

                for (int d = n; d < cols; d++)
                {
                    cost[(r * cols) + d] = d - n == r ? 0 : LinearAssignment.Forbidden;
                }

                if (rowFrom[r] < n)
                {
                    current += cost[(r * cols) + rowFrom[r]];
                }
            }

            var assigned = _assigned ??= new int[_n + (_m * _n)];
            double best = LinearAssignment.Solve(cost.AsSpan(0, rows * cols), rows, cols, assigned);
            if (!(best < current - _threshold))
            {
                return false;
            }

            for (int r = 0; r < rows; r++)
            {
                Shift(rowWeapon[r], rowFrom[r], n);
            }

            for (int r = 0; r < rows; r++)
            {
                if (assigned[r] >= 0 && assigned[r] < n)
                {
                    Shift(rowWeapon[r], n, assigned[r]);
                }
            }

            for (int j = 0; j < n; j++)
            {
                Refresh(j);
            }

            return true;
        }

        /// <summary>
        /// One search of the ejection-chain neighbourhood; applies the best improving chain found
        /// and returns true, or false when there is none.
        /// </summary>
        /// <remarks>
        /// A chain moves one unit from cell c₁ to the target of cell c₂, whose unit moves to the
        /// target of c₃, …, and the last unit moves to a target off the chain (with room), to the
        /// pool of unassigned units, or back to c₁'s target (a cycle). Targets on a chain are
        /// distinct, so each gains and loses at most one unit and every step's change of the
        /// objective is exact: for the unit of weapon a replacing one of weapon b on target t it is
        /// V_t·(s_t/q_bt·q_at − s_t). This is the very-large-scale neighbourhood of Ahuja, Kumar, Jha
        /// &amp; Orlin (2007) searched, as they do, by a label-correcting pass over paths of bounded
        /// length (<see cref="ChainLength"/>) that keeps one best path per (length, end cell) and
        /// checks disjointness along it: a heuristic search of the neighbourhood, not an exact one.
        /// </remarks>
        public bool Chain()
        {
            int n = _n, stride = _stride, size = _m * stride;
            int cellCount = 0;
            for (int c = 0; c < _x.Length; c++)
            {
                if (_x[c] > 0)
                {
                    _cells[cellCount++] = c;
                }
            }

            double best = -_threshold;
            int bestLevel = -1, bestEnd = -1, bestTail = -1;
            for (int level = 0; level < ChainLength; level++)
            {
                int row = level * size;
                for (int a = 0; a < cellCount; a++)
                {
                    int c = _cells[a];
                    _label[row + c] = double.PositiveInfinity;
                    if (level == 0)
                    {
                        int j0 = c % stride;
                        _label[row + c] = j0 < n ? _value[j0] * (SurvivalWithoutOne(c / stride, j0) - _survival[j0]) : 0;
                        _pred[row + c] = -1;
                        continue;
                    }

                    // Extend every path of the previous length by the arc (previous end → c):
                    // the previous end's unit replaces one of c's units on c's target.
                    int i = c / stride, t = c % stride;
                    if (t == n)
                    {
                        continue; // the pool only heads a chain or ends it
                    }

                    double without = SurvivalWithoutOne(i, t);
                    int prevRow = row - size;
                    for (int b = 0; b < cellCount; b++)
                    {
                        int e = _cells[b];
                        double l = _label[prevRow + e];
                        int ie = e / stride;
                        if (double.IsPositiveInfinity(l) || ie == i || OnPath(level - 1, e, t))
                        {
                            continue;
                        }

                        double cost = l + (_value[t] * ((without * _q[(ie * n) + t]) - _survival[t]));
                        if (cost < _label[row + c])
                        {
                            _label[row + c] = cost;
                            _pred[row + c] = e;
                        }
                    }
                }

                // Close the paths of this length: the end's unit goes to the pool, to a target off the chain, or to the head's target.
                for (int a = 0; a < cellCount; a++)
                {
                    int c = _cells[a];
                    double l = _label[row + c];
                    if (double.IsPositiveInfinity(l))
                    {
                        continue;
                    }

                    int i = c / stride, head = Head(level, c), headTarget = head % stride;
                    if (c % stride < n && l < best)
                    {
                        best = l; // to the pool
                        bestLevel = level;
                        bestEnd = c;
                        bestTail = n;
                    }

                    for (int t = 0; t < n; t++)
                    {
                        double cost;
                        if (t == headTarget)
                        {
                            if (level == 0 || head / stride == i)
                            {
                                continue;
                            }

                            // A cycle: the head's target lost the head's unit (in l) and gains this one.
                            double without = SurvivalWithoutOne(head / stride, t);
                            cost = l + (_value[t] * without * (_q[(i * n) + t] - 1));
                        }
                        else
                        {
                            if (_load[t] >= _cap[t] || OnPath(level, c, t))
                            {
                                continue;
                            }

                            cost = l + (_value[t] * _survival[t] * (_q[(i * n) + t] - 1));
                        }

                        if (cost < best)
                        {
                            best = cost;
                            bestLevel = level;
                            bestEnd = c;
                            bestTail = t;
                        }
                    }
                }
            }

            if (bestLevel < 0)
            {
                return false;
            }

            // Apply from the tail back to the head: each cell's unit goes to the next column.
            int to = bestTail;
            int cell = bestEnd;
            for (int level = bestLevel; level >= 0; level--)
            {
                int from = cell % stride;
                Shift(cell / stride, from, to);
                to = from;
                cell = _pred[(level * size) + cell];
            }

            // Survivals from the new counts (each refresh reads counts only, so order does not matter).
            Refresh(bestTail);
            cell = bestEnd;
            for (int level = bestLevel; level >= 0; level--)
            {
                Refresh(cell % stride);
                cell = _pred[(level * size) + cell];
            }

            return true;
        }

        /// <summary>True when the path of length <paramref name="level"/> + 1 ending at cell <paramref name="end"/> already touches target <paramref name="t"/> (the pool never counts).</summary>
        private bool OnPath(int level, int end, int t)
        {
            int size = _m * _stride;
            for (int c = end; level >= 0; level--)
            {
                if (c % _stride == t && t != _n)
                {
                    return true;
                }

                c = _pred[(level * size) + c];
            }

            return false;
        }

        private int Head(int level, int end)
        {
            int size = _m * _stride, c = end;
            for (; level > 0; level--)
            {
                c = _pred[(level * size) + c];
            }

            return c;
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
