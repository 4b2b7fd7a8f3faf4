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

/// <summary>The interceptors of a run: launch, uplink of track data, integration steps, the seeker's choice of echo, fuze and kill.</summary>
public sealed partial class Engine
{
    private void Launch(BatteryRuntime battery, Engagement engagement, PlannedLaunch launch)
    {
        var now = _scheduler.Now;
        var manager = battery.BattleManager;
        var track = battery.Tracker.Predict(engagement.TrackId, now);
        if (track is null)
        {
            // The track was deleted before launch: the launch is cancelled and the missile kept.
            launch.Launcher.Remaining++;
            manager.MissileDone(engagement, now.Seconds);
            return;
        }

        var launcher = launch.Launcher;
        launcher.Launched++;
        int id = ++_nextInterceptorId;
        // Stable stream name: the launcher and the ordinal of the launch from it.
        var rng = _streams.For(FormattableString.Invariant($"interceptor:{launcher.Site.Name}:{launcher.Launched}"));
        var missile = new Interceptor(new EntityId(id), launcher.Missile, launcher.PositionEcef, now, rng);
        var flight = new InterceptorFlight(missile, engagement, manager, rng, launcher.Site.Name);
        _inFlight.Add(flight); // seen by the threats' missile-approach warners
        // The launch order carries the designation: the missile has it as it leaves.
        SendTrackData(battery, flight, track.Value, immediately: true);
        if (_recorder is not null)
        {
            _recordedFlights.Add(flight);
        }

        _launchedByType[launcher.Missile.Name] = _launchedByType.GetValueOrDefault(launcher.Missile.Name) + 1;
        double timeToGo = engagement.PlannedInterceptS - now.Seconds;
        _log.Record(new SimEvent(now.Seconds, EventKind.Launch, TrackId: engagement.TrackId, InterceptorId: id,
            EngagementId: engagement.Id, Source: launcher.Site.Name, Item: launcher.Missile.Name, Value: Math.Max(0, timeToGo)));
        flight.StepS = InterceptorMidcourseStepS;
        // One delegate per missile, reused for every step (a step is the hottest event of a run).
        flight.Step = () => StepInterceptor(battery, flight);
        _scheduler.Schedule(now + flight.StepS, SimPhase.Kinematics, flight.Step);
    }

    /// <summary>
    /// Track data over the uplink (track-via-missile / command midcourse): the command post's
    /// estimate, never truth. With a command latency the message reaches the missile that much
    /// later (it is queued and delivered by <see cref="DeliverTrackData"/>); the missile
    /// extrapolates the estimate from its own time stamp either way.
    /// </summary>
    private static void SendTrackData(BatteryRuntime battery, InterceptorFlight flight, Track track, bool immediately = false)
    {
        flight.LastUplinkS = track.Time.Seconds;
        double latency = battery.Battery.Doctrine.CommandLatencyS;
        if (immediately || latency <= 0)
        {
            Deliver(battery, flight, track);
        }
        else
        {
            flight.PendingUplinks.Enqueue((track.Time.Seconds + latency, track));
        }
    }

    /// <summary>Hands the missile every queued uplink message whose delivery time has come.</summary>
    private static void DeliverTrackData(BatteryRuntime battery, InterceptorFlight flight, double timeS)
    {
        while (flight.PendingUplinks.TryPeek(out var message) && message.DeliverAtS <= timeS)
        {
            flight.PendingUplinks.Dequeue();
            Deliver(battery, flight, message.Track);
        }
    }

    private static void Deliver(BatteryRuntime battery, InterceptorFlight flight, Track track)
    {
        var frame = battery.Tracker.Frame;
        flight.Missile.UpdateTrackData(frame.ToEcef(track.Position), frame.RotateToEcef(track.Velocity), track.Time);
    }

    private void StepInterceptor(BatteryRuntime battery, InterceptorFlight flight)
    {
        var now = _scheduler.Now;
        double dt = flight.StepS;
        double t0 = now.Seconds - dt;
        var missile = flight.Missile;

        // Midcourse: the latest track estimate goes up the uplink, every UplinkIntervalS, while
        // the track exists (the seeker needs the designated point too).
        Track? track = null;
        if (t0 >= flight.NextUplinkS || !missile.SeekerLocked)
        {
            track = battery.Tracker.Predict(flight.Engagement.TrackId, new SimTime(t0));
            if (t0 >= flight.NextUplinkS && track is { } tr && tr.LastUpdate.Seconds > flight.LastUplinkS)
            {
                SendTrackData(battery, flight, tr);
                flight.NextUplinkS = t0 + UplinkIntervalS;
            }
        }

        DeliverTrackData(battery, flight, t0);

        var target = SeekerTarget(battery, flight, track, t0);
        if (target is { Alive: false })
        {
            // The target the seeker is locked on was destroyed (by the salvo's other missile): the
            // seeker — a sensor — sees it break up, and the missile self-destructs. (Only a locked
            // seeker keeps its target here; before lock a new echo is sought among the living.)
            EndFlight(flight, now.Seconds, EventKind.Miss, null, "self-destruct: target already destroyed");
            return;
        }

        // A missile with nothing in its seeker's view is given an empty sample far away: its
        // seeker acquires nothing and its fuze cannot act.
        var start = target?.TruthAt(t0) ?? default;
        var end = target?.TruthAt(now.Seconds) ?? default;
        var result = missile.Step(dt, start, end);
        switch (result.Kind)
        {
            case InterceptorStepKind.Flying:
                flight.StepS = target is not null || missile.SeekerLocked ? InterceptorStepS : InterceptorMidcourseStepS;
                _scheduler.Schedule(now + flight.StepS, SimPhase.Kinematics, flight.Step!);
                return;
            case InterceptorStepKind.Fuzed:
                Detonate(flight, target!, result);
                return;
            default:
                EndFlight(flight, result.Time.Seconds, EventKind.Miss, result.Reason == InterceptorDestructReason.PassedTarget ? result.MissDistanceM : null,
                    "self-destruct: " + DestructNote(result.Reason));
                return;
        }
    }

    /// <summary>
    /// The seeker's choice of echo: once the missile is within reach of the designated point, the
    /// flying threat nearest to the track's predicted position (the seeker is a sensor and may see
    /// truth; the choice is made by what it would measure, not by the threat's identity). Once
    /// locked it keeps that target.
    /// </summary>
    private ThreatEntity? SeekerTarget(BatteryRuntime battery, InterceptorFlight flight, Track? track, double t0)
    {
        var missile = flight.Missile;
        if (missile.SeekerLocked && flight.SeekerTarget is not null)
        {
            return flight.SeekerTarget;
        }

        if (track is not { } tr)
        {
            return flight.SeekerTarget is { Alive: true } kept && kept.IsFlying(t0) ? kept : null;
        }

        Vec3 designated = battery.Tracker.Frame.ToEcef(tr.Position);
        double reach = (missile.Spec.SeekerAcquisitionRangeM * 1.5) + 5_000;
        if ((missile.PositionEcef - designated).LengthSquared > reach * reach)
        {
            flight.SeekerTarget = null;
            return null;
        }

        // The echo nearest the designated point changes slowly: search again every second.
        if (flight.SeekerTarget is { Alive: true } current && current.IsFlying(t0) && t0 < flight.NextSeekerSearchS)
        {
            return current;
        }

        flight.NextSeekerSearchS = t0 + SeekerSearchIntervalS;

        ThreatEntity? best = null;
        double bestD2 = double.PositiveInfinity;
        foreach (var threat in _threats)
        {
            if (!threat.IsFlying(t0))
            {
                continue;
            }

            threat.Mover.StateAt(t0, out Vec3 p, out _);
            double d2 = (p - designated).LengthSquared;
            if (d2 < bestD2)
            {
                best = threat;
                bestD2 = d2;
            }
        }

        flight.SeekerTarget = best;
        return best;
    }

    private void Detonate(InterceptorFlight flight, ThreatEntity target, InterceptorStepResult result)
    {
        double t = result.Time.Seconds;
        var spec = flight.Missile.Spec;
        _log.Record(new SimEvent(t, EventKind.Intercept, ThreatId: target.Id.Value, TrackId: flight.Engagement.TrackId,
            InterceptorId: flight.Missile.Id.Value, EngagementId: flight.Engagement.Id, Source: flight.LauncherName, Item: spec.Name, Value: result.MissDistanceM));
        // Reliability (launch, motor, warhead function) and the Carleton damage function.
        double pk = spec.Reliability * KillProbability.Of(spec, result.MissDistanceM);
        bool killed = target.Alive && flight.Rng.NextDouble() < pk;
        if (killed)
        {
            target.Destroy(t, spec.Name);
            EndFlight(flight, t, EventKind.Kill, result.MissDistanceM, FormattableString.Invariant($"P_k {pk:F2}"), target);
        }
        else
        {
            EndFlight(flight, t, EventKind.Miss, result.MissDistanceM, FormattableString.Invariant($"survived the burst (P_k {pk:F2})"), target);
        }
    }

    private void EndFlight(InterceptorFlight flight, double t, EventKind kind, double? missDistance, string note, ThreatEntity? target = null)
    {
        flight.Done = true;
        _log.Record(new SimEvent(t, kind, ThreatId: target?.Id.Value, TrackId: flight.Engagement.TrackId, InterceptorId: flight.Missile.Id.Value,
            EngagementId: flight.Engagement.Id, Source: flight.LauncherName, Item: flight.Missile.Spec.Name, Value: missDistance, Note: note));
        flight.CommandPost.MissileDone(flight.Engagement, t);
    }

    private static string DestructNote(InterceptorDestructReason reason) => reason switch
    {
        InterceptorDestructReason.Ground => "hit the ground",
        InterceptorDestructReason.Energy => "lost its energy",
        InterceptorDestructReason.Timeout => "flight time exceeded",
        InterceptorDestructReason.PassedTarget => "passed the target outside fuze range",
        _ => "lost",
    };
}
