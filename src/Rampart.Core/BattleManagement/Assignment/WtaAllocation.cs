namespace Rampart.Core.BattleManagement.Assignment;

/// <summary><paramref name="Count"/> units of weapon <paramref name="Weapon"/> assigned to target <paramref name="Target"/> (0-based indices).</summary>
public readonly record struct WtaAllocation(int Weapon, int Target, int Count);
