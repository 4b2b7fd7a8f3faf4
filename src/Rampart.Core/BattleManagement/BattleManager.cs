using Rampart.Core.Events;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// The command post's battle-management cycle: take the confirmed tracks, rank them by threat,
/// decide which are eligible for a new engagement, assign weapons within channel and inventory
/// limits, and log each decision with its reasons. It sees the tracker's picture only.
/// </summary>
/// <remarks>
/// Kill assessment (assumption, docs/model.md): after an engagement's last missile has fuzed or
/// been lost, the track may be engaged again only once it has been updated more than
/// <c>killAssessmentDelayS</c> after that time — a track that stops being updated (because its
/// threat was destroyed) coasts until the tracker deletes it and is never re-engaged.
/// </remarks>
public sealed class BattleManager
{
    private readonly ITracker _tracker;
    private readonly IThreatEvaluator _evaluator;
    private readonly IWeaponAssigner _assigner;
    private readonly EventLog _log;
    private readonly double _killAssessmentDelayS;
    private readonly Dictionary<int, Engagement> _activeByTrack = [];
    private readonly Dictionary<int, double> _lastEngagementEndByTrack = [];
    private readonly List<ThreatAssessment> _ranked = [];
    private readonly List<Track> _confirmed = [];
    private readonly Dictionary<int, Track> _trackById = [];
    private readonly List<(int EngagementId, int TrackId)> _engagedByUnit = [];
    private int _nextEngagementId;

    public BattleManager(string name, ITracker tracker, IThreatEvaluator evaluator, IWeaponAssigner assigner, FireControl fireControl, EventLog log, double killAssessmentDelayS, int firstEngagementId)
    {
        Name = name;
        _tracker = tracker;
        _evaluator = evaluator;
        _assigner = assigner;
        FireControl = fireControl;
        _log = log;
        _killAssessmentDelayS = killAssessmentDelayS;
        _nextEngagementId = firstEngagementId;
    }

    public string Name { get; }

    /// <summary>
    /// The azimuth sector this command post owns (sector coordination), seen from the origin of
    /// its tracker's frame (the command post); null to engage in every direction.
    /// </summary>
    public AzimuthSector? Sector { get; init; }

    public FireControl FireControl { get; }

    /// <summary>Engagements assigned so far.</summary>
    public int EngagementCount { get; private set; }

    /// <summary>Runs one cycle and returns the engagements it decided on.</summary>
    public IReadOnlyList<Engagement> Cycle(SimTime now)
    {
        _confirmed.Clear();
        _trackById.Clear();
        foreach (var track in _tracker.Tracks)
        {
            if (track.Confirmed)
            {
                _confirmed.Add(track);
                _trackById[track.Id] = track;
            }
        }

        if (_confirmed.Count == 0)
        {
            return [];
        }

        _evaluator.Evaluate(now, _confirmed, _ranked);
        if (!_log.IsSilent)
        {
            // The ranked list of this cycle, each rank with its reasons (only when events are kept).
            for (int i = 0; i < _ranked.Count; i++)
            {
                var t = _ranked[i];
                _log.Record(new SimEvent(now.Seconds, EventKind.ThreatRanked, TrackId: t.TrackId, Source: Name, Value: t.Priority,
                    Note: string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"rank {i + 1} of {_ranked.Count}; believed {KinematicClassifier.Name(t.Believed)}; {(t.Threatening ? "threatens" : "passes")} {t.AssetName} (value {t.AssetValue:G4}); CPA {t.ClosestApproachM / 1000:F1} km in {t.TimeToClosestApproachS:F0} s; {t.SpeedMps:F0} m/s at {t.AltitudeM:F0} m")));
            }
        }

        if (FireControl.Doctrine.Control == WeaponsControl.Hold)
        {
            // Weapons hold: threats are still evaluated (and logged), never engaged.
            return [];
        }

        if (FireControl.Doctrine.Control == WeaponsControl.Tight)
        {
            // Weapons tight: only tracks whose predicted closest approach threatens an asset.
            _ranked.RemoveAll(static t => !t.Threatening);
        }

        if (Sector is { } sector)
        {
            // Sector coordination: only tracks inside the battery's own sector (by the track's
            // azimuth from the command post; its tracker frame is centred there).
            _ranked.RemoveAll(t => !sector.Contains(Math.Atan2(_trackById[t.TrackId].Position.X, _trackById[t.TrackId].Position.Y)));
        }

        var chosen = _assigner.Assign(now, _ranked, _trackById, IsEligible, FireControl);
        var engagements = new List<Engagement>(chosen.Count);
        foreach (var (threat, solution) in chosen)
        {
            var engagement = new Engagement(_nextEngagementId++, threat.TrackId, solution.FireUnit, solution.Launchers[0].Launcher.Missile,
                solution.Launchers, now.Seconds, now.Seconds + solution.Intercept.TimeToInterceptS, solution.SalvoKillProbability);
            _activeByTrack[threat.TrackId] = engagement;
            EngagementCount++;
            engagements.Add(engagement);
            int rank = _ranked.IndexOf(threat) + 1;
            _log.Record(new SimEvent(now.Seconds, EventKind.EngagementAssigned,
                TrackId: threat.TrackId,
                EngagementId: engagement.Id,
                Source: solution.FireUnit.Name,
                Item: engagement.Missile.Name,
                Value: solution.SalvoKillProbability,
                Note: string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"rank {rank} of {_ranked.Count}; believed {KinematicClassifier.Name(threat.Believed)}; threatens {threat.AssetName} (value {threat.AssetValue:G4}); CPA {threat.ClosestApproachM / 1000:F1} km in {threat.TimeToClosestApproachS:F0} s; {threat.SpeedMps:F0} m/s at {threat.AltitudeM:F0} m; salvo {solution.Launchers.Count}; intercept in {solution.Intercept.TimeToInterceptS:F0} s")));
        }

        return engagements;
    }

    /// <summary>
    /// The tracks the command post asks a fire unit's radar to dwell on, most wanted first: the
    /// tracks that unit is engaging (oldest engagement first), then the other tracks ranked in the
    /// last cycle, by priority. The radar serves as many as its dwell budget allows.
    /// </summary>
    public void TrackDwellRequests(FireUnitState unit, List<int> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        _engagedByUnit.Clear();
        foreach (var engagement in _activeByTrack.Values)
        {
            if (ReferenceEquals(engagement.FireUnit, unit))
            {
                _engagedByUnit.Add((engagement.Id, engagement.TrackId));
            }
        }

        _engagedByUnit.Sort();
        foreach (var (_, trackId) in _engagedByUnit)
        {
            output.Add(trackId);
        }

        int engaged = output.Count;
        foreach (var threat in _ranked)
        {
            if (output.IndexOf(threat.TrackId, 0, engaged) < 0)
            {
                output.Add(threat.TrackId);
            }
        }
    }

    /// <summary>A missile of <paramref name="engagement"/> has fuzed, been lost, or its launch was cancelled.</summary>
    public void MissileDone(Engagement engagement, double timeS)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        engagement.MissilesOutstanding--;
        engagement.FireUnit.MissilesGuided--;
        engagement.LastMissileDoneS = Math.Max(engagement.LastMissileDoneS, timeS);
        if (engagement.Complete)
        {
            engagement.FireUnit.TargetsEngaged--;
            _activeByTrack.Remove(engagement.TrackId);
            _lastEngagementEndByTrack[engagement.TrackId] = engagement.LastMissileDoneS;
        }
    }

    private bool IsEligible(int trackId)
    {
        if (_activeByTrack.ContainsKey(trackId))
        {
            return false;
        }

        if (_lastEngagementEndByTrack.TryGetValue(trackId, out double end))
        {
            return _trackById.TryGetValue(trackId, out var track) && track.LastUpdate.Seconds > end + _killAssessmentDelayS;
        }

        return true;
    }
}
