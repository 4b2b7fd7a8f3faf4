using Rampart.Core.BattleManagement;
using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Threats;
using Rampart.Core.Tracking;
using Rampart.Core.Weapons;

namespace Rampart.Core.Simulation;

/// <summary>
/// One run of a scenario: truth (threat movers), sensors, the command posts' trackers and battle
/// managers, launchers and interceptors, wired on a discrete-event scheduler. Build one per run;
/// not thread-safe, but independent runs may execute on different threads.
/// </summary>
/// <remarks>
/// Data flow, and the rule that keeps it honest: only radars, seekers and fuzes read a threat's
/// truth. The tracker sees detections, the battle manager sees tracks, the interceptor is
/// guided by track data until its seeker acquires.
/// </remarks>
public sealed partial class Engine
{
    /// <summary>
    /// Interceptor integration step in the end game, s (0.05 s: 100 m at 2 km/s; the fuze finds
    /// the closest approach inside the step). Used once the missile is within twice its seeker's
    /// acquisition range of the designated point, or locked.
    /// </summary>
    public const double InterceptorStepS = 0.05;

    /// <summary>
    /// Interceptor integration step in boost and midcourse, s. RK4 at 0.1 s changes a 100 km
    /// flyout's time of flight by well under a second (the flyout tables are flown at this step).
    /// </summary>
    public const double InterceptorMidcourseStepS = 0.1;

    /// <summary>How often the command post sends track data up to a missile in flight, s.</summary>
    public const double UplinkIntervalS = 0.5;

    /// <summary>Time after an engagement ends before the track's updates count as a survivor, s.</summary>
    public const double KillAssessmentDelayS = 3.0;

    /// <summary>How often a missile's seeker, before lock, looks again for the echo nearest its designated point, s.</summary>
    private const double SeekerSearchIntervalS = 1.0;

    private readonly ScenarioModel _scenario;
    private readonly RandomStreams _streams;
    private readonly EventLog _log;
    private readonly Scheduler _scheduler = new();
    private readonly List<ThreatEntity> _threats = [];
    private readonly List<BatteryRuntime> _batteries = [];
    private readonly Dictionary<string, int> _launchedByType = new(StringComparer.Ordinal);
    private readonly List<TargetTruth> _truthBuffer = [];
    private double _truthTimeS = double.NaN;
    private readonly List<SensorReport> _reportBuffer = [];
    private readonly List<int> _dwellTrackIds = [];
    private readonly Dictionary<int, DwellRequests> _dwellRequests = [];
    private readonly List<Vec3> _dwellPointings = [];
    private Detection[] _detectionBuffer = new Detection[64];
    private readonly List<double> _reportLatencyS = []; // by sensor index
    private int _nextInterceptorId;
    private readonly JammerField? _jammers;

    // Recording only (null/unused when no recorder is attached): interceptors in flight and the sample buffers.
    private readonly IRunRecorder? _recorder;
    private readonly List<InterceptorFlight> _recordedFlights = [];
    private readonly List<EntitySample> _entitySamples = [];
    private readonly List<TrackSample> _trackSamples = [];
    private readonly List<TrackPositionReadout> _readouts = [];
    private long _sampleIndex;

    /// <param name="recorder">Optional recorder sampled every <see cref="IRunRecorder.SampleIntervalS"/>; it does not change the run.</param>
    public Engine(ScenarioModel scenario, ulong seed, int replication = 0, EventLog? log = null, IRunRecorder? recorder = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _scenario = scenario;
        Seed = seed;
        Replication = replication;
        _streams = new RandomStreams(seed, replication);
        _log = log ?? new EventLog();
        _recorder = recorder;
        if (recorder is not null && !(recorder.SampleIntervalS > 0))
        {
            throw new ArgumentException("The recorder's sample interval must be positive.", nameof(recorder));
        }

        BuildThreats();
        var jammers = new JammerField(scenario.Jammers, _threats);
        _jammers = jammers.IsEmpty ? null : jammers;
        BuildBatteries();
    }

    public ulong Seed { get; }

    public int Replication { get; }

    /// <summary>Runs the scenario to its end and returns the outcome.</summary>
    public RunResult Run()
    {
        double end = _scenario.DurationS;
        foreach (var threat in _threats)
        {
            var t = threat;
            if (t.ReleaseTimeS <= end)
            {
                _scheduler.Schedule(new SimTime(t.ReleaseTimeS), SimPhase.Kinematics, () => ThreatReleased(t));
            }

            if (t.Mover.EndS <= end)
            {
                _scheduler.Schedule(new SimTime(t.Mover.EndS), SimPhase.Kinematics, () => ThreatReachedEnd(t));
            }
        }

        ScheduleWarners(end);
        foreach (var battery in _batteries)
        {
            foreach (var sensor in battery.Sensors)
            {
                ScheduleScan(battery, sensor, new SimTime(FirstScanOffset(sensor)));
            }

            foreach (var unit in battery.BattleManager.FireControl.FireUnits)
            {
                if (EngagementRadarOf(battery, unit) is { Spec.TrackDwell: { MaxDwellsPerRevisit: > 0 } dwell } radar)
                {
                    // First dwell interval after the first command-post cycle (nothing to dwell on before).
                    _dwellRequests[radar.Site.Index] = new DwellRequests();
                    ScheduleDwells(battery, unit, radar, new SimTime(battery.Battery.CommandPost.CycleS + (dwell.RevisitS * 0.5)));
                }
            }

            ScheduleCycle(battery, new SimTime(battery.Battery.CommandPost.CycleS));
        }

        if (_recorder is not null)
        {
            // Bookkeeping phase: the sample sees the world after everything else at that instant.
            _scheduler.Schedule(SimTime.Zero, SimPhase.Bookkeeping, Sample);
        }

        _scheduler.RunUntil(new SimTime(end));
        _log.Complete();
        return BuildResult(end);
    }

    private void BuildThreats()
    {
        var assets = _scenario.Assets.ToDictionary(a => a.Name, StringComparer.Ordinal);
        int id = 1;
        foreach (var group in _scenario.Threats)
        {
            DefendedAsset? target = group.TargetAsset is null ? null : assets[group.TargetAsset];
            // A ballistic trajectory is computed once per group; members share it, shifted in time.
            BallisticMover? ballistic = group.Ballistic is null ? null : BallisticMover.For(group.Ballistic, group.Threat, group.StartS);
            for (int i = 0; i < group.Count; i++)
            {
                double start = group.StartS + (i * group.SpacingS);
                // Members fly abreast: 0, +d, −d, +2d, −2d, … to the right of the route.
                double offset = group.LateralSpacingM * ((i + 1) / 2) * (i % 2 == 1 ? 1 : -1);
                IThreatMover mover = ballistic is not null
                    ? ballistic.WithStartTime(start)
                    : new RouteMover(group.Route!, start, offset, RouteMover.LevelTurnAcceleration(group.TurnLoadFactor));
                string name = group.Count == 1 ? group.Name : FormattableString.Invariant($"{group.Name}-{i + 1}");
                int release = ReleaseWaypoint(group, mover, target);
                _threats.Add(new ThreatEntity(new EntityId(id++), name, group, mover, target)
                {
                    ReleaseWaypoint = release,
                    ReleaseTimeS = target is null ? double.PositiveInfinity : release >= 0 ? ((RouteMover)mover).TimeAtWaypoint(release) : mover.EndS,
                });
            }
        }
    }

    /// <summary>
    /// Where a threat delivers its weapon: a ballistic or cruise missile at the end of its flight
    /// (−1); an aircraft (whose route goes on, e.g. home) at the waypoint nearest its target asset
    /// (its index), passed at the middle of the turn there.
    /// </summary>
    private static int ReleaseWaypoint(ThreatGroup group, IThreatMover mover, DefendedAsset? target)
    {
        if (target is null || mover is not RouteMover || group.Route is null)
        {
            return -1;
        }

        int nearest = 0;
        double best = double.PositiveInfinity;
        for (int i = 0; i < group.Route.Count; i++)
        {
            double d = GreatCircle.DistanceM(group.Route[i].Position, target.Position);
            if (d < best)
            {
                best = d;
                nearest = i;
            }
        }

        return nearest == group.Route.Count - 1 ? -1 : nearest;
    }

    private void BuildBatteries()
    {
        int sensorIndex = 0, launcherIndex = 0, engagementBase = 1;
        var common = _scenario.Batteries.Where(b => b.CommandPost.Coordination == Coordination.Common).ToList();
        foreach (var battery in _scenario.Batteries)
        {
            // A common plan is built where its first battery stands in the scenario; the others join it.
            List<Battery> group = battery.CommandPost.Coordination != Coordination.Common ? [battery]
                : ReferenceEquals(battery, common[0]) ? common
                : [];
            if (group.Count == 0)
            {
                continue;
            }

            var sensors = new List<ISensor>();
            var units = new List<FireUnitState>();
            for (int cp = 0; cp < group.Count; cp++)
            {
                foreach (var site in group[cp].SearchRadars)
                {
                    sensors.Add(MakeRadar(site, sensorIndex++));
                }

                foreach (var unit in group[cp].FireUnits)
                {
                    var radar = MakeRadar(unit.EngagementRadar, sensorIndex++);
                    sensors.Add(radar);
                    var launchers = unit.Launchers.Select(l => new LauncherState(l, launcherIndex++)).ToList();
                    units.Add(new FireUnitState(unit, units.Count, radar.Site, launchers) { CommandPostIndex = cp });
                }
            }

            // One picture for the group: a tracker in the lead command post's frame, fed by all
            // the group's radars; one plan under the lead battery's doctrine (docs/model.md).
            var lead = group[0];
            var runtimeBattery = group.Count == 1 ? lead : lead with
            {
                Name = string.Join(" + ", group.Select(b => b.Name)),
                SearchRadars = group.SelectMany(b => b.SearchRadars).ToList(),
                FireUnits = group.SelectMany(b => b.FireUnits).ToList(),
            };
            var frame = new EnuFrame(lead.CommandPost.Position);
            var evaluator = new ProximityThreatEvaluator(frame, _scenario.Assets);

            // The (lead) command post's track capacity, and the replay window its radars' report
            // latencies need: a report L seconds late can be measured at most L before the latest
            // scan processed (1 µs of margin against round-off in the scheduled times).
            double maxLatency = runtimeBattery.SearchRadars.Concat(runtimeBattery.FireUnits.Select(u => u.EngagementRadar)).Max(r => r.ReportLatencyS);
            var settings = _scenario.Tracker with
            {
                MaxTracks = lead.CommandPost.MaxTracks,
                OutOfSequenceWindowS = maxLatency > 0 ? maxLatency + 1e-6 : 0,
            };

            // At capacity the tracker ranks tracks by the battle manager's own threat evaluation.
            var tracker = new Tracker(frame, settings, t => evaluator.Assess(t.Id, frame.ToEcef(t.Position), frame.RotateToEcef(t.Velocity)).Priority);
            var fireControl = new FireControl(group.Select(b => b.CommandPost).ToList(), lead.Doctrine, frame, units)
            {
                HighValueAssetValue = _scenario.Assets.Max(a => a.Value),
            };
            var manager = new BattleManager(runtimeBattery.Name, tracker, evaluator,
                WtaWeaponAssigner.For(lead.Doctrine), fireControl, _log, KillAssessmentDelayS, engagementBase)
            {
                Sector = lead.CommandPost.Coordination == Coordination.Sectors ? lead.CommandPost.Sector : null,
            };
            engagementBase += 100_000;
            _batteries.Add(new BatteryRuntime(runtimeBattery, sensors, tracker, manager));
        }
    }

    private Radar MakeRadar(SearchRadarSite site, int index)
    {
        _reportLatencyS.Add(site.ReportLatencyS);
        return new(site.Name, index, site.Radar, site.Position, site.MastHeightM, null, _streams.For("radar:" + site.Name),
            environment: _scenario.Environment, jammers: _jammers)
        {
            // One mask per antenna, shared by every run of the scenario (computed lazily, deterministic).
            Terrain = _scenario.Terrain?.MaskFor(site.Position.WithAltitude(site.Position.AltitudeM + site.MastHeightM), RadarHorizon.StandardK, site.Radar.InstrumentedRangeM),
            Bias = site.Bias,
        };
    }

    /// <summary>
    /// Radars do not all scan in step: each starts at a fixed fraction of its period given by its
    /// index (golden-ratio spacing), which is deterministic and independent of the seed.
    /// </summary>
    private static double FirstScanOffset(ISensor sensor) =>
        sensor.Site.ScanPeriodS * (((sensor.Site.Index + 1) * 0.6180339887498949) % 1.0);

    private void ScheduleScan(BatteryRuntime battery, ISensor sensor, SimTime at) =>
        _scheduler.Schedule(at, SimPhase.Sensing, () => Scan(battery, sensor));

    private void ScheduleCycle(BatteryRuntime battery, SimTime at) =>
        _scheduler.Schedule(at, SimPhase.Command, () => Cycle(battery));

    private void Scan(BatteryRuntime battery, ISensor sensor)
    {
        var now = _scheduler.Now;
        if (battery.Battery.Doctrine.EmissionControl && !IsCued(battery, sensor, now))
        {
            // Emission control: an engagement radar that is not cued does not radiate this look.
            ScheduleScan(battery, sensor, now + sensor.Site.ScanPeriodS);
            return;
        }

        FillTruth(now);
        _reportBuffer.Clear();
        sensor.Scan(now, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_truthBuffer), _reportBuffer);
        ProcessReports(battery, sensor.Site, now, note: null);

        // A radar that spends time on track dwells takes longer over its search frame.
        ScheduleScan(battery, sensor, now + (sensor is Radar radar ? radar.SearchFrameS : sensor.Site.ScanPeriodS));
    }

    private static Radar? EngagementRadarOf(BatteryRuntime battery, FireUnitState unit)
    {
        foreach (var sensor in battery.Sensors)
        {
            if (ReferenceEquals(sensor.Site, unit.EngagementRadar) && sensor is Radar radar)
            {
                return radar;
            }
        }

        return null;
    }

    /// <summary>An engagement radar's current dwell requests (track ids, most wanted first, in its field of regard).</summary>
    private sealed class DwellRequests
    {
        public List<int> TrackIds { get; } = [];

        public double RefreshedS { get; set; } = double.NegativeInfinity;
    }

    /// <summary>The track with <paramref name="id"/> in the tracker's list (ordered by id), or null.</summary>
    private static Track? FindTrack(IReadOnlyList<Track> tracks, int id)
    {
        int lo = 0, hi = tracks.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = tracks[mid].Id.CompareTo(id);
            if (c == 0)
            {
                return tracks[mid];
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    private void ScheduleDwells(BatteryRuntime battery, FireUnitState unit, Radar radar, SimTime at) =>
        _scheduler.Schedule(at, SimPhase.Sensing, () => TrackDwells(battery, unit, radar));

    /// <summary>
    /// One revisit interval of an engagement radar's track dwells: the command post asks for its
    /// engaged and highest-priority tracks (<see cref="BattleManager.TrackDwellRequests"/>) that lie in
    /// the radar's field of regard; the radar dwells on as many as its budget allows, pointed at
    /// each track's predicted position; the tracker gets the result as one scan over those beams.
    /// </summary>
    private void TrackDwells(BatteryRuntime battery, FireUnitState unit, Radar radar)
    {
        var now = _scheduler.Now;
        var dwell = radar.Spec.TrackDwell!;
        _dwellPointings.Clear();
        bool silent = battery.Battery.Doctrine.EmissionControl && !IsCued(battery, radar, now);
        var frame = battery.Tracker.Frame;
        var requests = _dwellRequests[radar.Site.Index];
        if (!(now.Seconds - requests.RefreshedS < battery.Battery.CommandPost.CycleS))
        {
            // The command post's requests, cut down to the tracks in this radar's field of regard,
            // are refreshed once per command-post cycle (they change when it ranks and assigns).
            requests.RefreshedS = now.Seconds;
            requests.TrackIds.Clear();
            battery.BattleManager.TrackDwellRequests(unit, _dwellTrackIds);
            var tracks = battery.Tracker.Tracks;
            foreach (int id in _dwellTrackIds)
            {
                if (FindTrack(tracks, id) is { } t && radar.Site.FieldOfRegard(frame.ToEcef(t.Position + (t.Velocity * (now - t.Time)))))
                {
                    requests.TrackIds.Add(id);
                }
            }
        }

        // Pointing: each track's predicted position now.
        int serviceable = dwell.MaxDwellsPerRevisit;
        foreach (int id in silent ? [] : requests.TrackIds)
        {
            if (_dwellPointings.Count == serviceable)
            {
                break; // the budget is spent: the rest of the requests wait
            }

            if (battery.Tracker.Predict(id, now) is { } track)
            {
                var ecef = frame.ToEcef(track.Position);
                if (radar.Site.FieldOfRegard(ecef))
                {
                    _dwellPointings.Add(ecef);
                }
            }
        }

        _reportBuffer.Clear();
        if (_dwellPointings.Count > 0)
        {
            FillTruth(now);
        }

        int made = radar.TrackDwells(now, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_dwellPointings),
            _dwellPointings.Count > 0 ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_truthBuffer) : [], _reportBuffer);
        if (made > 0 && _reportBuffer.Count > 0)
        {
            // Dwells that saw nothing change nothing in the tracker (their misses do not count).
            ProcessReports(battery, radar.DwellSite, now, note: "track dwell");
        }

        ScheduleDwells(battery, unit, radar, now + dwell.RevisitS);
    }

    /// <summary>
    /// The truth of the threats flying at <paramref name="now"/> into the truth buffer. Radars looking at
    /// the same instant (dwells of several fire units, a search scan) share it: when the buffer
    /// already holds this instant and the same threats are flying, it is kept as it is.
    /// </summary>
    private void FillTruth(SimTime now)
    {
        double t = now.Seconds;
        if (t == _truthTimeS && SameThreatsFlying(t))
        {
            return;
        }

        _truthBuffer.Clear();
        foreach (var threat in _threats)
        {
            if (threat.IsFlying(t))
            {
                _truthBuffer.Add(threat.TruthAt(t));
            }
        }

        _truthTimeS = t;
    }

    private bool SameThreatsFlying(double t)
    {
        int k = 0;
        foreach (var threat in _threats)
        {
            if (threat.IsFlying(t))
            {
                if (k == _truthBuffer.Count || _truthBuffer[k].Id != threat.Id)
                {
                    return false;
                }

                k++;
            }
        }

        return k == _truthBuffer.Count;
    }

    /// <summary>Hands the reports in the buffer to the battery's tracker as one scan of <paramref name="site"/>, and logs them.</summary>
    private void ProcessReports(BatteryRuntime battery, SensorSite site, SimTime now, string? note)
    {
        if (_detectionBuffer.Length < _reportBuffer.Count)
        {
            _detectionBuffer = new Detection[Math.Max(_reportBuffer.Count, _detectionBuffer.Length * 2)];
        }

        for (int i = 0; i < _reportBuffer.Count; i++)
        {
            _detectionBuffer[i] = _reportBuffer[i].Detection;
        }

        for (int i = 0; i < _reportBuffer.Count; i++)
        {
            if (_reportBuffer[i].TruthId is EntityId truthId)
            {
                _threats[truthId.Value - 1].FirstDetectedS ??= now.Seconds;
            }
        }

        double latency = _reportLatencyS[site.Index];
        if (latency > 0)
        {
            // The report reaches the command post later; the tracker fits it in by its measurement time.
            Detection[] detections = _detectionBuffer.AsSpan(0, _reportBuffer.Count).ToArray();
            SensorReport[] reports = [.. _reportBuffer];
            _scheduler.Schedule(now + latency, SimPhase.Sensing, () => DeliverScan(battery, site, now, detections, reports, note));
        }
        else
        {
            DeliverScan(battery, site, now, _detectionBuffer.AsSpan(0, _reportBuffer.Count), _reportBuffer, note);
        }
    }

    /// <summary>A scan measured at <paramref name="measured"/> reaches the command post's tracker now; events are logged at the arrival time.</summary>
    private void DeliverScan(BatteryRuntime battery, SensorSite site, SimTime measured, ReadOnlySpan<Detection> detections, IReadOnlyList<SensorReport> reports, string? note)
    {
        var now = _scheduler.Now;
        var result = battery.Tracker.ProcessScan(measured, site, detections);
        if (!_log.IsSilent)
        {
            for (int i = 0; i < reports.Count; i++)
            {
                var report = reports[i];
                int trackId = result.AssociatedTrackIds[i];
                _log.Record(new SimEvent(now.Seconds, EventKind.Detection,
                    ThreatId: report.TruthId?.Value,
                    TrackId: trackId > 0 ? trackId : null,
                    Source: site.Name,
                    Value: report.Detection.SnrDb,
                    Note: report.TruthId is null ? (note is null ? "false alarm" : "false alarm, " + note) : note));
            }
        }

        foreach (int id in result.Confirmed)
        {
            _log.Record(new SimEvent(now.Seconds, EventKind.TrackConfirmed, TrackId: id, Source: battery.Battery.CommandPost.Name));
        }

        foreach (int id in result.Dropped)
        {
            _log.Record(new SimEvent(now.Seconds, EventKind.TrackDropped, TrackId: id, Source: battery.Battery.CommandPost.Name));
        }
    }

    /// <summary>
    /// Whether a fire unit's engagement radar is cued: its unit is engaging, or the command post
    /// holds a confirmed track inside the radar's field of regard. Search radars are always on.
    /// </summary>
    private static bool IsCued(BatteryRuntime battery, ISensor sensor, SimTime now)
    {
        FireUnitState? unit = null;
        foreach (var u in battery.BattleManager.FireControl.FireUnits)
        {
            if (ReferenceEquals(u.EngagementRadar, sensor.Site))
            {
                unit = u;
            }
        }

        if (unit is null || unit.TargetsEngaged > 0)
        {
            return true;
        }

        var frame = battery.Tracker.Frame;
        foreach (var track in battery.Tracker.Tracks)
        {
            if (track.Confirmed && sensor.Site.FieldOfRegard(frame.ToEcef(track.Position + (track.Velocity * (now - track.Time)))))
            {
                return true;
            }
        }

        return false;
    }

    private void Cycle(BatteryRuntime battery)
    {
        var now = _scheduler.Now;
        var engagements = battery.BattleManager.Cycle(now);
        foreach (var engagement in engagements)
        {
            foreach (var launch in engagement.Launches)
            {
                var e = engagement;
                var l = launch;
                _scheduler.Schedule(new SimTime(launch.TimeS), SimPhase.Launch, () => Launch(battery, e, l));
            }
        }

        // Events older than one interceptor step can no longer be preceded by a late fuze event.
        _log.Release(now.Seconds - (2 * InterceptorMidcourseStepS));
        ScheduleCycle(battery, now + battery.Battery.CommandPost.CycleS);
    }

    /// <summary>The threat has reached its target or its weapon-release point alive: a leak.</summary>
    private void ThreatReleased(ThreatEntity threat)
    {
        if (!threat.Alive || threat.Target is not { } asset || _scheduler.Now.Seconds != threat.ReleaseTimeS)
        {
            return; // destroyed, no target, or an evasive break moved the release (a later event holds it)
        }

        double t = _scheduler.Now.Seconds;
        threat.Leak(t, endsFlight: t >= threat.Mover.EndS);
        _log.Record(new SimEvent(t, EventKind.Leak, ThreatId: threat.Id.Value, Source: asset.Name, Item: threat.Spec.Name, Value: asset.Value, Note: threat.Name));
    }

    /// <summary>The threat reached the end of its route or flight: it leaves the simulation.</summary>
    private void ThreatReachedEnd(ThreatEntity threat)
    {
        if (threat.Alive && _scheduler.Now.Seconds >= threat.Mover.EndS)
        {
            threat.EndRoute();
        }
    }

    private RunResult BuildResult(double end)
    {
        var perThreat = _threats.Select(t => new ThreatResult(
            t.Name, t.Id.Value, t.Spec.Name, t.Group.Name, t.Fate,
            t.Fate == ThreatFate.Survived ? null : t.FateTimeS,
            t.DestroyedBy, t.FirstDetectedS, t.Target?.Name)).ToList();
        var byType = new SortedDictionary<string, int>(_launchedByType, StringComparer.Ordinal);
        return new RunResult(_scenario.Name, Seed, Replication, end, perThreat, byType,
            _batteries.Sum(b => b.BattleManager.EngagementCount), _log.Count);
    }
}
