using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>
/// What a Monte Carlo study is about, beside its records: the scenario (name, hash), the
/// Rampart version, the root seed, the total number of replications, and what the statistics
/// are broken down by (threat groups, assets and their values, missile types).
/// </summary>
/// <param name="Replications">Total replications of the study (over all shards).</param>
public sealed record StudyHeader(
    string Scenario,
    string ScenarioHash,
    string RampartVersion,
    ulong Seed,
    int Replications,
    IReadOnlyList<string> Groups,
    IReadOnlyList<(string Name, double Value)> Assets,
    IReadOnlyList<string> MissileTypes)
{
    public static StudyHeader Of(ScenarioModel scenario, ulong seed, int replications)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var missiles = scenario.Batteries.SelectMany(b => b.FireUnits).SelectMany(u => u.Launchers).Select(l => l.Missile.Name)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new StudyHeader(scenario.Name, scenario.ContentHash, RunStamp.CurrentVersion, seed, replications,
            scenario.Threats.Select(g => g.Name).ToList(),
            scenario.Assets.Select(a => (a.Name, a.Value)).ToList(),
            missiles);
    }
}
