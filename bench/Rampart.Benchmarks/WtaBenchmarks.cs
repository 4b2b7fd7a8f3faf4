using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Benchmarks;

/// <summary>
/// Weapon-target assignment (issue 5, item 8): the heuristic's time and its gap to the exact
/// optimum, and the exact solver's time, on random instances generated as in the literature.
/// </summary>
/// <remarks>
/// Instances follow Ahuja, Kumar, Jha &amp; Orlin (Oper. Res. 55(6), 2007, §6), whose generator
/// Andersen, Pavlikov &amp; Toffolo (Ann. Oper. Res. 312, 2022) reuse: target values uniform integers
/// in 25..100, kill probabilities uniform in [0.6, 0.9], independently per weapon type and target.
/// Seeds are fixed, so every run measures the same instances. The gap of the heuristic to the
/// exact solver's result (and whether that is proven optimal) is printed once per case at setup.
/// </remarks>
[MemoryDiagnoser]
public class WtaBenchmarks
{
    private static readonly MaximumMarginalReturnSolver Heuristic = new();
    private static readonly ExactWtaSolver Exact = new();

    private WtaInstance _instance = null!;

    /// <summary>
    /// The case: "s400-types" is 72 missiles as 4 types × 18 units against 36 targets (the S-400
    /// command post's published limits; in a run the weapons are (fire unit, missile type) pairs,
    /// so this is the realistic shape); "s400-singles" the same 72 missiles as 72 one-unit
    /// weapons; "small-6x6", "small-5x8", "small-10x10" and "large-100x200" are one-unit weapons × targets.
    /// </summary>
    [Params("s400-types", "s400-singles", "small-6x6", "small-5x8", "small-10x10", "large-100x200")]
    public string Case { get; set; } = "s400-types";

    /// <summary>The instance of a named case (fixed seed per case).</summary>
    public static WtaInstance Instance(string name) => name switch
    {
        "s400-types" => Generate(new Random(72_36), weapons: 4, units: 18, targets: 36),
        "s400-singles" => Generate(new Random(72_36), weapons: 72, units: 1, targets: 36),
        "small-5x5" => Generate(new Random(5), weapons: 5, units: 1, targets: 5),
        "small-6x6" => Generate(new Random(6), weapons: 6, units: 1, targets: 6),
        "small-5x8" => Generate(new Random(58), weapons: 5, units: 1, targets: 8),
        "small-10x10" => Generate(new Random(10), weapons: 10, units: 1, targets: 10),
        "large-100x200" => Generate(new Random(100_200), weapons: 100, units: 1, targets: 200),
        _ => throw new ArgumentException($"unknown case '{name}'", nameof(name)),
    };

    /// <summary>Ahuja et al. (2007) generator: V_j ~ U{25..100}, p_ij ~ U[0.6, 0.9].</summary>
    public static WtaInstance Generate(Random rng, int weapons, int units, int targets)
    {
        ArgumentNullException.ThrowIfNull(rng);
        var values = new double[targets];
        for (int j = 0; j < targets; j++)
        {
            values[j] = rng.Next(25, 101);
        }

        var p = new double[weapons * targets];
        for (int k = 0; k < p.Length; k++)
        {
            p[k] = 0.6 + (0.3 * rng.NextDouble());
        }

        return new WtaInstance(Enumerable.Repeat(units, weapons).ToArray(), values, p);
    }

    /// <summary>
    /// One line per case: heuristic objective, exact objective (proven or not), the gap, and the
    /// exact solver's wall time with a 10 s limit on one worker.
    /// </summary>
    public static string GapLine(string name)
    {
        var instance = Instance(name);
        var heuristic = Heuristic.Solve(instance, WtaOptions.Default);
        var exact = Exact.Solve(instance, new WtaOptions { TimeLimitSeconds = 10, Stopwatch = Stopwatch.StartNew() });
        double gap = (heuristic.Objective - exact.Objective) / exact.Objective;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name}: heuristic {heuristic.Objective:R}, exact {exact.Objective:R} ({(exact.Optimal ? "proven optimal" : "best found, bound " + exact.LowerBound.ToString("R", CultureInfo.InvariantCulture))}) in {exact.Seconds:0.0000} s; heuristic gap {gap:P4}");
    }

    [GlobalSetup]
    public void Setup()
    {
        _instance = Instance(Case);
        Console.WriteLine("// WTA " + GapLine(Case));
    }

    [Benchmark]
    public double MaximumMarginalReturn() => Heuristic.Solve(_instance, WtaOptions.Default).Objective;
}

/// <summary>
/// The exact solver as a simulation runs it (one thread, a deterministic budget) on the cases it
/// proves: the Lagrangian branch and bound. On "s400-singles" and "large-100x200" (CP-SAT, no
/// proof within a second) <c>wta-study</c> records what it reaches instead.
/// </summary>
[MemoryDiagnoser]
public class WtaExactBenchmarks
{
    private static readonly ExactWtaSolver Exact = new();

    private WtaInstance _instance = null!;

    [Params("s400-types", "small-6x6", "small-5x8", "small-10x10")]
    public string Case { get; set; } = "s400-types";

    [GlobalSetup]
    public void Setup()
    {
        _instance = WtaBenchmarks.Instance(Case);
        Console.WriteLine("// WTA " + WtaBenchmarks.GapLine(Case));
    }

    [Benchmark]
    public double ExactDeterministic() => Exact.Solve(_instance, new WtaOptions { Deterministic = true, DeterministicTimeLimit = 1 }).Objective;
}
