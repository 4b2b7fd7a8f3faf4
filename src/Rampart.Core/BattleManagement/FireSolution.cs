using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>A feasible way to engage one track from one fire unit with one missile type.</summary>
/// <param name="FireUnit">The fire unit.</param>
/// <param name="Launchers">The launchers the salvo leaves from, with planned launch times.</param>
/// <param name="Intercept">The predicted intercept of the first missile.</param>
/// <param name="KillProbability">Planned kill probability of one missile (<see cref="PlannedKillProbability"/>: reliability × single-shot P_k × end-game and track-error factors).</param>
/// <param name="SalvoKillProbability">Planned kill probability of the salvo, 1 − (1 − p)^n (independent shots).</param>
public sealed record FireSolution(
    FireUnitState FireUnit,
    IReadOnlyList<PlannedLaunch> Launchers,
    InterceptSolution Intercept,
    double KillProbability,
    double SalvoKillProbability);
