using Rampart.Core.Simulation;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>How one threat ended in one replication.</summary>
/// <param name="Name">Stable threat name.</param>
/// <param name="Group">Its threat group.</param>
/// <param name="Target">The asset it was sent against, or null.</param>
/// <param name="Fate">Destroyed, leaked or survived.</param>
/// <param name="TimeS">When it was destroyed or leaked, s, rounded to 1 ms; null when it survived.</param>
public sealed record ThreatOutcome(string Name, string Group, string? Target, ThreatFate Fate, double? TimeS);

/// <summary>
/// What one replication of a Monte Carlo study produced — all the statistics are computed from
/// these records alone, in replication order, so a study run in shards and merged gives the same
/// numbers as one run in one piece. Times are rounded to 1 ms when the record is made, so a
/// record read back from JSON is identical to the one computed in memory.
/// </summary>
/// <param name="Replication">Replication index r (0-based).</param>
/// <param name="Seed">The study's root seed (the replication's streams derive from it and r).</param>
public sealed record ReplicationRecord(int Replication, ulong Seed, IReadOnlyList<ThreatOutcome> Threats, IReadOnlyDictionary<string, int> InterceptorsByType)
{
    public int Leakers => Threats.Count(t => t.Fate == ThreatFate.Leaked);

    public int Kills => Threats.Count(t => t.Fate == ThreatFate.Destroyed);

    public int InterceptorsTotal => InterceptorsByType.Values.Sum();

    /// <summary>Time of the first leak, s, or null when nothing leaked.</summary>
    public double? FirstLeakS => Threats.Where(t => t.Fate == ThreatFate.Leaked && t.TimeS is not null).Select(t => t.TimeS).Min();

    public static ReplicationRecord From(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var threats = result.PerThreat
            .Select(t => new ThreatOutcome(t.Name, t.Group, t.TargetAsset, t.Fate, t.FateTimeS is double s ? Math.Round(s, 3) : null))
            .ToList();
        return new ReplicationRecord(result.Replication, result.Seed, threats,
            new SortedDictionary<string, int>(result.InterceptorsLaunchedByType.ToDictionary(), StringComparer.Ordinal));
    }
}
