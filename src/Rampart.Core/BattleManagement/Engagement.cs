using Rampart.Core.Scenario.Model;

namespace Rampart.Core.BattleManagement;

/// <summary>A planned launch of one missile of an engagement.</summary>
/// <param name="Launcher">The launcher it leaves from.</param>
/// <param name="TimeS">Planned launch time, s.</param>
public readonly record struct PlannedLaunch(LauncherState Launcher, double TimeS);

/// <summary>
/// One engagement: a fire unit, a missile type and a salvo assigned to one track. It holds its
/// target and missile channels until every missile of the salvo has fuzed or been lost.
/// </summary>
public sealed class Engagement
{
    public Engagement(int id, int trackId, FireUnitState fireUnit, MissileSpec missile, IReadOnlyList<PlannedLaunch> launches, double assignedS, double plannedInterceptS, double plannedKillProbability)
    {
        Id = id;
        TrackId = trackId;
        FireUnit = fireUnit;
        Missile = missile;
        Launches = launches;
        AssignedS = assignedS;
        PlannedInterceptS = plannedInterceptS;
        PlannedKillProbability = plannedKillProbability;
        MissilesOutstanding = launches.Count;
    }

    public int Id { get; }

    public int TrackId { get; }

    public FireUnitState FireUnit { get; }

    public MissileSpec Missile { get; }

    public IReadOnlyList<PlannedLaunch> Launches { get; }

    public double AssignedS { get; }

    /// <summary>Planned time of the first intercept, s.</summary>
    public double PlannedInterceptS { get; }

    /// <summary>Planned kill probability of the whole salvo.</summary>
    public double PlannedKillProbability { get; }

    /// <summary>Missiles of the salvo not yet fuzed, lost or cancelled.</summary>
    public int MissilesOutstanding { get; set; }

    /// <summary>Time the last missile fuzed or was lost, s (meaningful once complete).</summary>
    public double LastMissileDoneS { get; set; }

    public bool Complete => MissilesOutstanding == 0;
}
