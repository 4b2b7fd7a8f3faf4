using System.Diagnostics;
using System.Globalization;
using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Benchmarks;

/// <summary>
/// The heuristic's quality over seeded families of random instances (issue 5, item 8):
/// <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- wta-study</c>. For each instance
/// it prints the heuristic's objective and its relative gap to a reference: the exact solver's
/// proven optimum where it proves one, otherwise a Lagrangian lower bound (<see cref="LowerBound"/>)
/// — a gap to a lower bound is at least the gap to the optimum, so "within 1 % of the bound"
/// implies "within 1 % of optimal".
/// </summary>
public static class WtaStudy
{
    /// <summary>The families: name, weapons, units per weapon, targets, number of seeds.</summary>
    public static readonly (string Name, int Weapons, int Units, int Targets, int Seeds)[] Families =
    [
        ("6x6-singles", 6, 1, 6, 50),
        ("5x8-singles", 5, 1, 8, 20),
        ("10x10-singles", 10, 1, 10, 20),
        ("72x36-types", 4, 18, 36, 20),
        ("72x36-singles", 72, 1, 36, 5),
        ("100x200-singles", 100, 1, 200, 3),
    ];

    /// <summary>Instance <paramref name="seed"/> of a family (Ahuja et al. 2007 generator, seed = family hash-free: 1000·index + seed).</summary>
    public static WtaInstance Instance(int family, int seed)
    {
        var f = Families[family];
        return WtaBenchmarks.Generate(new Random((1000 * (family + 1)) + seed), f.Weapons, f.Units, f.Targets);
    }

    /// <summary>Runs the families whose name contains <paramref name="filter"/> (all when empty).</summary>
    public static void Run(TextWriter output, string filter)
    {
        ArgumentNullException.ThrowIfNull(output);
        var heuristic = new MaximumMarginalReturnSolver();
        var exact = new ExactWtaSolver();
        var c = CultureInfo.InvariantCulture;
        for (int f = 0; f < Families.Length; f++)
        {
            var family = Families[f];
            if (!family.Name.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            double worst = 0, sum = 0, worstMs = 0;
            int proven = 0;
            for (int seed = 0; seed < family.Seeds; seed++)
            {
                var instance = Instance(f, seed);
                var clock = Stopwatch.StartNew();
                var h = heuristic.Solve(instance, new WtaOptions { Stopwatch = clock });
                worstMs = Math.Max(worstMs, h.Seconds * 1000);
                var e = exact.Solve(instance, new WtaOptions { Deterministic = true, DeterministicTimeLimit = 2 });
                double reference;
                string kind;
                if (e.Optimal)
                {
                    reference = e.Objective;
                    kind = "optimum";
                    proven++;
                }
                else
                {
                    // No proof: compare with the best value known to us — the exact solver's, or an
                    // iterated local search far longer than the heuristic — and report the bound too.
                    double bound = Math.Max(e.LowerBound, LowerBound(instance, instance.WeaponCount <= 80 ? 3 : 2));
                    reference = Math.Min(e.Objective, IteratedLocalSearch(instance, Restarts, seed));
                    kind = string.Create(c, $"best known (bound {bound:R}, {(reference - bound) / reference:P2} below)");
                }

                double gap = (h.Objective - reference) / reference;
                worst = Math.Max(worst, gap);
                sum += gap;
                output.WriteLine(string.Create(c, $"{family.Name} seed {seed}: heuristic {h.Objective:R} ({h.Seconds * 1000:0.000} ms), {kind} {reference:R}, exact best {e.Objective:R}; gap {gap:P3}"));
            }

            output.WriteLine(string.Create(c, $"== {family.Name}: {family.Seeds} instances, {proven} proven by the exact solver; heuristic gap mean {sum / family.Seeds:P3}, worst {worst:P3}; slowest heuristic {worstMs:0.000} ms (one cold run)"));
        }
    }

    /// <summary>Restarts of <see cref="IteratedLocalSearch"/> per instance.</summary>
    public const int Restarts = 300;

    /// <summary>
    /// Iterated local search (Lourenço, Martin &amp; Stützle 2003): from the heuristic's assignment,
    /// <paramref name="restarts"/> times move a few random units (a seeded generator) to random
    /// targets or out, descend with the heuristic's local search, and keep the better. A reference
    /// "best known" value for instances nothing proves.
    /// </summary>
    public static double IteratedLocalSearch(WtaInstance instance, int restarts, int seed)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int m = instance.WeaponCount, n = instance.TargetCount;
        var rng = new Random(seed);
        int[] best = MaximumMarginalReturnSolver.Assign(instance);
        double bestValue = instance.SurvivingValue(best);
        var x = new int[m * n];
        for (int r = 0; r < restarts; r++)
        {
            Array.Copy(best, x, x.Length);
            int kicks = 2 + rng.Next(Math.Max(1, m / 4));
            for (int k = 0; k < kicks; k++)
            {
                int i = rng.Next(m), from = rng.Next(n), to = rng.Next(n);
                if (x[(i * n) + from] > 0)
                {
                    x[(i * n) + from]--;
                    x[(i * n) + to]++;
                    if (instance.Infeasibility(x) is not null)
                    {
                        x[(i * n) + to]--;
                        x[(i * n) + from]++;
                    }
                }
            }

            var improved = MaximumMarginalReturnSolver.Improve(instance, x);
            double value = instance.SurvivingValue(improved);
            if (value < bestValue)
            {
                bestValue = value;
                best = improved;
            }
        }

        return bestValue;
    }

    private static long TotalHurtingUnits(WtaInstance instance, int j)
    {
        long total = 0;
        for (int i = 0; i < instance.WeaponCount; i++)
        {
            total += instance.KillProbability(i, j) > 0 ? instance.Units(i) : 0;
        }

        return total;
    }

    /// <summary>
    /// A Lagrangian lower bound for any instance: the units limits are relaxed with prices λ ≥ 0,
    /// each target's subproblem min_v f_j(v) + λ·v is solved exactly over count vectors of at most
    /// <paramref name="exactSize"/> units, and bounded below for larger ones (by tangents of the
    /// convex survival term, and by the cheapest unit prices since f_j ≥ 0); maximised over λ by
    /// projected subgradient steps. Valid for every λ (weak duality on a relaxation).
    /// </summary>
    public static double LowerBound(WtaInstance instance, int exactSize)
    {
        ArgumentNullException.ThrowIfNull(instance);
        int m = instance.WeaponCount, n = instance.TargetCount;
        var lambda = new double[m];
        var direction = new double[m];
        var v = new int[m];
        var bestV = new int[m];
        var weights = new List<double>();
        double best = double.NegativeInfinity, theta = 1;
        var start = new MaximumMarginalReturnSolver().Solve(instance, WtaOptions.Default);
        double upper = start.Objective;

        // Start from the heuristic's marginal values: the most one more unit of weapon i would save.
        var survival = new double[n];
        for (int j = 0; j < n; j++)
        {
            survival[j] = instance.Value(j);
            for (int i = 0; i < m; i++)
            {
                survival[j] *= Math.Pow(1 - instance.KillProbability(i, j), start.Count(i, j));
            }
        }

        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                lambda[i] = Math.Max(lambda[i], survival[j] * instance.KillProbability(i, j));
            }
        }

        int stall = 0;
        for (int iter = 0; iter < 300; iter++)
        {
            double l = 0;
            for (int i = 0; i < m; i++)
            {
                l -= lambda[i] * instance.Units(i);
                direction[i] = -instance.Units(i);
            }

            for (int j = 0; j < n; j++)
            {
                double min = double.PositiveInfinity;
                Array.Clear(bestV);
                Array.Clear(v);

                // Exact: count vectors of at most exactSize units (weapons in index order, with repetition).
                void Visit(int from, int size, double survival, double price)
                {
                    double c = (instance.Value(j) * survival) + price;
                    if (c < min)
                    {
                        min = c;
                        Array.Copy(v, bestV, m);
                    }

                    if (size == exactSize)
                    {
                        return;
                    }

                    for (int i = from; i < m; i++)
                    {
                        double p = instance.KillProbability(i, j);
                        if (v[i] < instance.Units(i) && p > 0)
                        {
                            v[i]++;
                            Visit(i, size + 1, survival * (1 - p), price + lambda[i]);
                            v[i]--;
                        }
                    }
                }

                Visit(0, 0, 1, 0);

                // Larger vectors (at least exactSize + 1 units, one-unit weapons assumed: v_i ≤ 1 here,
                // units of a weapon count as copies): V_j·exp(y) lies above its tangent at t, so
                // f_j(v) + λ·v ≥ V_j·e^t·(1 − t) + Σ_i v_i·w_i with w_i = λ_i + V_j·e^t·ln(1 − p_ij);
                // over vectors of at least K units that is the K smallest w plus every other negative one.
                double relaxed = double.NegativeInfinity;
                int need = exactSize + 1;
                double meanLog = 0;
                int hurting = 0;
                for (int i = 0; i < m; i++)
                {
                    double p = instance.KillProbability(i, j);
                    if (p > 0 && instance.Units(i) > 0)
                    {
                        meanLog += Math.Log(Math.Max(1 - p, 1e-22));
                        hurting++;
                    }
                }

                meanLog /= Math.Max(1, hurting);
                if (hurting == 0 || TotalHurtingUnits(instance, j) < need)
                {
                    relaxed = double.PositiveInfinity;
                }
                else
                {
                    for (int k = need; k <= need + 6; k++)
                    {
                        double t = k * meanLog, et = instance.Value(j) * Math.Exp(t);
                        weights.Clear();
                        for (int i = 0; i < m; i++)
                        {
                            double p = instance.KillProbability(i, j);
                            if (p > 0)
                            {
                                double w = lambda[i] + (et * Math.Log(Math.Max(1 - p, 1e-22)));
                                for (int c = 0; c < instance.Units(i); c++)
                                {
                                    weights.Add(w);
                                }
                            }
                        }

                        weights.Sort();
                        double sum = et * (1 - t);
                        for (int c = 0; c < weights.Count; c++)
                        {
                            if (c < need || weights[c] < 0)
                            {
                                sum += weights[c];
                            }
                        }

                        relaxed = Math.Max(relaxed, sum);
                    }

                    // And at least the need cheapest unit prices (f_j ≥ 0).
                    Array.Clear(v);
                    double prices = 0;
                    for (int k = 0; k < need; k++)
                    {
                        int arg = -1;
                        for (int i = 0; i < m; i++)
                        {
                            if (v[i] < instance.Units(i) && instance.KillProbability(i, j) > 0 && (arg < 0 || lambda[i] < lambda[arg]))
                            {
                                arg = i;
                            }
                        }

                        v[arg]++;
                        prices += lambda[arg];
                    }

                    relaxed = Math.Max(relaxed, prices);
                }

                if (relaxed < min)
                {
                    min = relaxed;
                    Array.Copy(v, bestV, m);
                }

                l += min;
                for (int i = 0; i < m; i++)
                {
                    direction[i] += bestV[i];
                }
            }

            if (l > best)
            {
                best = l;
                stall = 0;
            }
            else if (++stall >= 5)
            {
                theta /= 2;
                stall = 0;
            }

            double norm = 0;
            for (int i = 0; i < m; i++)
            {
                if (lambda[i] <= 0 && direction[i] < 0)
                {
                    direction[i] = 0;
                }

                norm += direction[i] * direction[i];
            }

            if (norm == 0 || theta < 1e-6)
            {
                break;
            }

            double step = theta * (upper - l) / norm;
            for (int i = 0; i < m; i++)
            {
                lambda[i] = Math.Max(0, lambda[i] + (step * direction[i]));
            }
        }

        return Math.Max(0, best);
    }
}
