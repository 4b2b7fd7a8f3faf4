using BenchmarkDotNet.Running;

namespace Rampart.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Rampart.Benchmarks -- --filter '*Tracker*'</c>
/// (any BenchmarkDotNet switch works, e.g. <c>--job short</c>, <c>--list flat</c>).
/// The budgets each benchmark checks are in DESIGN.md ("Performance budgets") and docs/performance.md.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // `-- generate-track-data DIR N SEED` writes the Stone Soup comparison family as rampart track inputs.
        if (args is ["generate-track-data", string dir, string n, string seed])
        {
            StoneSoupFamily.WriteCsv(dir, int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        // `-- wta-study [FAMILY]` prints the WTA heuristic's gap to the optimum (or a lower bound) over seeded families.
        if (args is ["wta-study", ..])
        {
            WtaStudy.Run(Console.Out, args.Length > 1 ? args[1] : "");
            return;
        }

        // `-- wta-timing` times the WTA solvers in a plain loop (minimum and median per call).
        if (args is ["wta-timing"])
        {
            WtaTiming.Run(Console.Out);
            return;
        }

        // `-- compare-association N SEED` prints GOSPA and time per scan of GNN and JPDA on that family.
        if (args is ["compare-association", string targets, string familySeed])
        {
            AssociationComparison.Run(int.Parse(targets, System.Globalization.CultureInfo.InvariantCulture), int.Parse(familySeed, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
