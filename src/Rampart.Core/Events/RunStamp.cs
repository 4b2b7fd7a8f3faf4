namespace Rampart.Core.Events;

/// <summary>What every output carries so it can be traced to its inputs.</summary>
/// <param name="RampartVersion">The informational version of Rampart.Core.</param>
/// <param name="ScenarioHash">SHA-256 of the scenario file (hex).</param>
/// <param name="Seed">The root seed of the run.</param>
public sealed record RunStamp(string RampartVersion, string ScenarioHash, ulong Seed)
{
    /// <summary>The version of the Rampart.Core assembly.</summary>
    public static string CurrentVersion { get; } =
        typeof(RunStamp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
