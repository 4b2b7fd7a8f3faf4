namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// Solves a static weapon-target assignment problem: minimises the expected surviving value
/// Σ_j V_j Π_i (1 − p_ij)^x_ij (the Manne objective) subject to each weapon's units and each
/// target's cap. Implementations are interchangeable (the scenario names one).
/// </summary>
public interface IWtaSolver
{
    /// <summary>A short name for tables and logs, e.g. "heuristic".</summary>
    string Name { get; }

    /// <summary>Solves <paramref name="instance"/>; always returns a feasible assignment.</summary>
    WtaSolution Solve(WtaInstance instance, WtaOptions options);
}
