namespace Rampart.Core.Simulation;

/// <summary>The outcome of one threat.</summary>
/// <param name="Name">Stable threat name.</param>
/// <param name="Id">Entity id in the run.</param>
/// <param name="Type">Threat type (equipment name).</param>
/// <param name="Group">Name of its threat group.</param>
/// <param name="Fate">How it ended.</param>
/// <param name="FateTimeS">When it was destroyed or leaked, s; null when it survived.</param>
/// <param name="DestroyedBy">Missile type that destroyed it, or null.</param>
/// <param name="FirstDetectedS">Time of its first detection by any radar, s; null if never detected.</param>
/// <param name="TargetAsset">The asset it was sent against, or null.</param>
public sealed record ThreatResult(
    string Name,
    int Id,
    string Type,
    string Group,
    ThreatFate Fate,
    double? FateTimeS,
    string? DestroyedBy,
    double? FirstDetectedS,
    string? TargetAsset);

/// <summary>The outcome of one run.</summary>
public sealed record RunResult(
    string Scenario,
    ulong Seed,
    int Replication,
    double SimulatedSeconds,
    IReadOnlyList<ThreatResult> PerThreat,
    IReadOnlyDictionary<string, int> InterceptorsLaunchedByType,
    int Engagements,
    long EventCount)
{
    public int Threats => PerThreat.Count;

    public int Destroyed => PerThreat.Count(t => t.Fate == ThreatFate.Destroyed);

    public int Leaked => PerThreat.Count(t => t.Fate == ThreatFate.Leaked);

    public int Survived => PerThreat.Count(t => t.Fate == ThreatFate.Survived);

    public int InterceptorsLaunched => InterceptorsLaunchedByType.Values.Sum();
}
