using BenchmarkDotNet.Attributes;
using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Benchmarks;

/// <summary>
/// Whole engagements, in process: the scenario and the equipment library are loaded once
/// (GlobalSetup), and each invocation builds an <see cref="Engine"/> and runs it to the end with
/// the scenario's own seed and no event sink (as <c>rampart run --format json</c> does).
/// Start-up, loading and JIT are not in these numbers; the whole-process cold-start timing is
/// in docs/performance.md.
/// </summary>
[MemoryDiagnoser]
public class WholeRunBenchmarks
{
    private ScenarioModel _quickstart = null!;
    private ScenarioModel _saturation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = EquipmentLibrary.Load(RepositoryPaths.Equipment);
        _quickstart = ScenarioLoader.Load(RepositoryPaths.Scenario("quickstart"), library);
        _saturation = ScenarioLoader.Load(RepositoryPaths.Scenario("saturation"), library);
    }

    /// <summary>
    /// quickstart.yaml (16 threats, 1,080 simulated s). Budget (DESIGN.md, Monte Carlo): 1,000
    /// replications of the quickstart in under a minute on 2 cores, i.e. under 120 ms per run on one core.
    /// </summary>
    [Benchmark]
    public RunResult Quickstart() => new Engine(_quickstart, _quickstart.Seed).Run();

    /// <summary>
    /// saturation.yaml (300 threats, 1,200 simulated s), the reference raid. Budget (DESIGN.md):
    /// at least 1,000× faster than real time on one core, i.e. under 1.2 s — for the whole
    /// process; this in-process part must leave room for start-up and loading.
    /// </summary>
    [Benchmark]
    public RunResult Saturation() => new Engine(_saturation, _saturation.Seed).Run();
}
