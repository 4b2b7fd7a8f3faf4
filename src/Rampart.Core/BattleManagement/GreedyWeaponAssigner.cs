using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;
using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// Greedy assignment in threat order: the most urgent eligible track gets the cheapest
/// adequate missile (lowest cost among feasible solutions across the fire units; ties broken by
/// the earlier intercept), and so on down the list until channels or missiles run out. A simple
/// form of the maximum-marginal-return rule in which every track's marginal return is its
/// priority; the exact and improved solvers belong to the battle-management issue.
/// </summary>
public sealed class GreedyWeaponAssigner : IWeaponAssigner
{
    public IReadOnlyList<(ThreatAssessment Threat, FireSolution Solution)> Assign(
        SimTime now,
        IReadOnlyList<ThreatAssessment> ranked,
        IReadOnlyDictionary<int, Track> tracks,
        Func<int, bool> eligible,
        FireControl fireControl)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(fireControl);
        var chosen = new List<(ThreatAssessment, FireSolution)>();
        // The missile types on each unit, cheapest first, listed once per cycle: a type used up
        // during the cycle stays listed, and fire control then finds no launcher for it.
        var typesByUnit = fireControl.FireUnits.Select(MissileTypes).ToList();
        foreach (var threat in ranked)
        {
            if (fireControl.FreeCommandPostTargets < 1 || fireControl.FreeCommandPostMissiles < 1)
            {
                break;
            }

            if (!eligible(threat.TrackId) || !tracks.TryGetValue(threat.TrackId, out var track))
            {
                continue;
            }

            FireSolution? best = null;
            double bestCost = double.PositiveInfinity;
            for (int u = 0; u < fireControl.FireUnits.Count; u++)
            {
                var unit = fireControl.FireUnits[u];
                foreach (var missile in typesByUnit[u])
                {
                    if (missile.CostUnits > bestCost)
                    {
                        continue;
                    }

                    var solution = fireControl.Solve(now.Seconds, track, threat, unit, missile);
                    if (solution is null)
                    {
                        continue;
                    }

                    bool better = best is null
                        || missile.CostUnits < bestCost
                        || solution.Intercept.TimeToInterceptS < best.Intercept.TimeToInterceptS;
                    if (better)
                    {
                        best = solution;
                        bestCost = missile.CostUnits;
                    }
                }
            }

            if (best is not null)
            {
                FireControl.Commit(best);
                chosen.Add((threat, best));
            }
        }

        return chosen;
    }

    private static List<MissileSpec> MissileTypes(FireUnitState unit)
    {
        var seen = new List<MissileSpec>();
        foreach (var launcher in unit.Launchers)
        {
            if (launcher.Remaining > 0 && !seen.Contains(launcher.Missile, MissileSpecComparer.Instance))
            {
                seen.Add(launcher.Missile);
            }
        }

        seen.Sort(static (a, b) => a.CostUnits.CompareTo(b.CostUnits));
        return seen;
    }
}
