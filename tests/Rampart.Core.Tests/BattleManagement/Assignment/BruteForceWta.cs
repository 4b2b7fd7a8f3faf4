using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Core.Tests.BattleManagement.Assignment;

/// <summary>
/// The independent reference: enumerates every feasible assignment of a small instance and
/// evaluates Σ_j V_j Π_i (1 − p_ij)^x_ij directly. Shares no code with the solvers.
/// </summary>
internal static class BruteForceWta
{
    /// <summary>The least expected surviving value over all feasible assignments.</summary>
    public static double Optimum(WtaInstance instance)
    {
        int m = instance.WeaponCount, n = instance.TargetCount;
        var x = new int[m * n];
        var left = Enumerable.Range(0, m).Select(instance.Units).ToArray();
        var load = new int[n];
        double best = double.PositiveInfinity;

        void Visit(int cell)
        {
            if (cell == m * n)
            {
                best = Math.Min(best, Evaluate(instance, x));
                return;
            }

            int i = cell / n, j = cell % n;
            int most = Math.Min(left[i], instance.MaxWeapons(j) - load[j]);
            for (int c = 0; c <= most; c++)
            {
                x[cell] = c;
                left[i] -= c;
                load[j] += c;
                Visit(cell + 1);
                left[i] += c;
                load[j] -= c;
            }

            x[cell] = 0;
        }

        Visit(0);
        return best;
    }

    private static double Evaluate(WtaInstance instance, int[] x)
    {
        int m = instance.WeaponCount, n = instance.TargetCount;
        double total = 0;
        for (int j = 0; j < n; j++)
        {
            double survive = instance.Value(j);
            for (int i = 0; i < m; i++)
            {
                for (int c = 0; c < x[(i * n) + j]; c++)
                {
                    survive *= 1 - instance.KillProbability(i, j);
                }
            }

            total += survive;
        }

        return total;
    }

    /// <summary>
    /// A random instance in the style of Ahuja et al. (2007) — values uniform in 25..100 — with kill
    /// probabilities uniform in [0.1, 0.95] (wider than their 0.6–0.9, to vary the trade-offs), some
    /// exactly 0 or 1, and caps on some targets.
    /// </summary>
    /// <param name="alike">True: every weapon has the same probability against a target (p_ij = p_j).</param>
    public static WtaInstance Random(Random rng, int weapons, int maxUnits, int targets, bool alike)
    {
        var units = Enumerable.Range(0, weapons).Select(_ => rng.Next(1, maxUnits + 1)).ToArray();
        var values = Enumerable.Range(0, targets).Select(_ => (double)rng.Next(25, 101)).ToArray();
        var p = new double[weapons * targets];
        for (int i = 0; i < weapons; i++)
        {
            for (int j = 0; j < targets; j++)
            {
                double roll = rng.NextDouble();
                p[(i * targets) + j] = alike && i > 0
                    ? p[j]
                    : roll < 0.05 ? 0.0 : roll < 0.1 ? 1.0 : 0.1 + (0.85 * rng.NextDouble());
            }
        }

        int[]? caps = rng.Next(2) == 0 ? null : Enumerable.Range(0, targets).Select(_ => rng.Next(1, 4)).ToArray();
        return new WtaInstance(units, values, p, caps);
    }

    /// <summary>
    /// An instance from the generator of Ahuja, Kumar, Jha &amp; Orlin (Oper. Res. 55(6), 2007, §6):
    /// target values uniform integers in 25..100, kill probabilities uniform in [0.6, 0.9].
    /// </summary>
    public static WtaInstance Ahuja(Random rng, int weapons, int units, int targets)
    {
        var values = Enumerable.Range(0, targets).Select(_ => (double)rng.Next(25, 101)).ToArray();
        var p = Enumerable.Range(0, weapons * targets).Select(_ => 0.6 + (0.3 * rng.NextDouble())).ToArray();
        return new WtaInstance(Enumerable.Repeat(units, weapons).ToArray(), values, p);
    }
}
