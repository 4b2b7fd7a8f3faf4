using Rampart.Core.BattleManagement.Assignment;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;
using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// Weapon-target assignment as the static WTA problem of Manne, solved anew each cycle (dynamic
/// WTA by re-planning; missiles already in flight are not touched): weapons are the
/// (fire unit, missile type) pairs with missiles and channels left, targets the eligible tracks,
/// a target's value its threat priority, p_ij the planned kill probability of one missile when
/// fire control finds a feasible intercept (else 0), and each target takes at most the doctrine's
/// missiles per engagement. The objective — expected surviving threat value — is minimised by
/// <see cref="MaximumMarginalReturnSolver"/> or <see cref="ExactWtaSolver"/>.
/// </summary>
/// <remarks>
/// Assumptions (docs/model.md): a track is engaged by one fire unit and one missile type per
/// engagement, so when the solver splits a target's missiles over several weapons, the weapon
/// with the most missiles on it (ties: the lower index) keeps the engagement and the others are
/// released; engagements are then committed in threat order while target channels last (the
/// WTA model has no per-unit limit on the number of targets). Threat priorities are used as the
/// values (value × proximity ÷ time), so urgency counts as much as the asset's worth.
/// </remarks>
public sealed class WtaWeaponAssigner : IWeaponAssigner
{
    private readonly IWtaSolver _solver;
    private readonly WtaOptions _options;

    /// <param name="solver">The WTA solver.</param>
    /// <param name="options">Its options; inside a simulation they must be deterministic (one worker, a deterministic limit, a fixed seed).</param>
    public WtaWeaponAssigner(IWtaSolver solver, WtaOptions options)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(options);
        _solver = solver;
        _options = options;
    }

    /// <summary>The assigner a doctrine asks for.</summary>
    public static IWeaponAssigner For(Doctrine doctrine)
    {
        ArgumentNullException.ThrowIfNull(doctrine);
        var deterministic = new WtaOptions { Deterministic = true, DeterministicTimeLimit = 0.2, Workers = 1, RandomSeed = 1 };
        return doctrine.Assignment switch
        {
            AssignmentSolverKind.Heuristic => new WtaWeaponAssigner(new MaximumMarginalReturnSolver(), deterministic),
            AssignmentSolverKind.Exact => new WtaWeaponAssigner(new ExactWtaSolver(), deterministic),
            _ => new GreedyWeaponAssigner(),
        };
    }

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
        int targetRoom = fireControl.FreeCommandPostTargets;
        int missileRoom = fireControl.FreeCommandPostMissiles;
        if (targetRoom <= 0 || missileRoom <= 0)
        {
            return [];
        }

        var targets = new List<(ThreatAssessment Threat, Track Track)>();
        foreach (var threat in ranked)
        {
            if (eligible(threat.TrackId) && tracks.TryGetValue(threat.TrackId, out var track))
            {
                targets.Add((threat, track));
            }
        }

        var weapons = Weapons(fireControl);
        if (targets.Count == 0 || weapons.Count == 0)
        {
            return [];
        }

        int m = weapons.Count, n = targets.Count;
        double[] p = new double[m * n];
        bool any = false;
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (fireControl.TryEvaluate(now.Seconds, targets[j].Track, targets[j].Threat, weapons[i].Unit, weapons[i].Missile, out _, out double pk))
                {
                    p[(i * n) + j] = pk;
                    any = true;
                }
            }
        }

        if (!any)
        {
            return [];
        }

        int perTarget = fireControl.Doctrine.MissilesPerEngagement;
        var instance = new WtaInstance(
            weapons.Select(w => w.Units).ToArray(),
            targets.Select(t => t.Threat.Priority).ToArray(),
            p,
            Enumerable.Repeat(perTarget, n).ToArray());
        var solution = _solver.Solve(instance, _options);

        var chosen = new List<(ThreatAssessment, FireSolution)>();
        for (int j = 0; j < n; j++)
        {
            int best = -1, bestCount = 0;
            for (int i = 0; i < m; i++)
            {
                int count = solution.Count(i, j);
                if (count > bestCount)
                {
                    best = i;
                    bestCount = count;
                }
            }

            if (best < 0 || !fireControl.HasTargetChannel(weapons[best].Unit))
            {
                continue;
            }

            var (threat, track) = targets[j];
            var fire = fireControl.Solve(now.Seconds, track, threat, weapons[best].Unit, weapons[best].Missile, bestCount);
            if (fire is not null)
            {
                FireControl.Commit(fire);
                chosen.Add((threat, fire));
            }
        }

        return chosen;
    }

    /// <summary>(fire unit, missile type) pairs with missiles on launchers and free channels; units = what can be fired now.</summary>
    private static List<(FireUnitState Unit, MissileSpec Missile, int Units)> Weapons(FireControl fireControl)
    {
        var weapons = new List<(FireUnitState, MissileSpec, int)>();
        foreach (var unit in fireControl.FireUnits)
        {
            if (!fireControl.HasTargetChannel(unit) || fireControl.FreeMissileChannels(unit) < 1)
            {
                continue;
            }

            var byType = new List<(MissileSpec Missile, int Count)>();
            foreach (var launcher in unit.Launchers)
            {
                if (launcher.Remaining <= 0)
                {
                    continue;
                }

                int k = byType.FindIndex(x => MissileSpecComparer.Instance.Equals(x.Missile, launcher.Missile));
                if (k < 0)
                {
                    byType.Add((launcher.Missile, launcher.Remaining));
                }
                else
                {
                    byType[k] = (byType[k].Missile, byType[k].Count + launcher.Remaining);
                }
            }

            foreach (var (missile, count) in byType)
            {
                weapons.Add((unit, missile, Math.Min(count, fireControl.FreeMissileChannels(unit))));
            }
        }

        return weapons;
    }
}
