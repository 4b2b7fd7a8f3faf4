using System.Diagnostics;
using System.Globalization;
using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Benchmarks;

/// <summary>
/// A plain timing loop beside BenchmarkDotNet: <c>-- wta-timing</c> warms each solver with 1,000
/// calls, then times 3,000 (30 for 100 × 200) and prints the minimum and median wall time per call.
/// </summary>
public static class WtaTiming
{
    public static void Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var heuristic = new MaximumMarginalReturnSolver();
        var exact = new ExactWtaSolver();
        var deterministic = new WtaOptions { Deterministic = true, DeterministicTimeLimit = 1 };
        foreach (string name in new[] { "small-6x6", "small-5x8", "small-10x10", "s400-types", "s400-singles", "large-100x200" })
        {
            var instance = WtaBenchmarks.Instance(name);
            bool exactProves = name is not ("s400-singles" or "large-100x200");
            foreach (var (label, solve) in new (string, Func<double>)[]
            {
                ("heuristic", () => heuristic.Solve(instance, WtaOptions.Default).Objective),
                ("exact", () => exact.Solve(instance, deterministic).Objective),
            })
            {
                if (label == "exact" && !exactProves)
                {
                    continue;
                }

                int runs = name == "large-100x200" ? 30 : 3000;
                for (int r = 0; r < Math.Min(runs, 1000); r++)
                {
                    solve();
                }

                var ms = new double[runs];
                for (int r = 0; r < runs; r++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    solve();
                    ms[r] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }

                Array.Sort(ms);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-14} {label,-9} min {ms[0]:0.0000} ms, median {ms[runs / 2]:0.0000} ms ({runs} calls)"));
            }
        }
    }
}
