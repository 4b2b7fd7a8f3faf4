using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario;
using Rampart.Core.Threats;

namespace Rampart.Core.Simulation;

/// <summary>The threats' own sensors and reactions: a missile-approach warner that triggers an evasive break.</summary>
public sealed partial class Engine
{
    /// <summary>
    /// How often a threat's missile-approach warner reports, s. Assumption: the warner sees every
    /// interceptor within its warning range, at once and without error (a sensor on the threat —
    /// real warners, UV or pulse-Doppler, report an approaching missile at a few kilometres with
    /// a fraction of a second's latency; neither their detection probability nor false alarms
    /// are modelled), and looks at this interval.
    /// </summary>
    public const double WarnerIntervalS = 0.25;

    // Interceptors launched in this run; a warner skips (and drops) those that have ended.
    private readonly List<InterceptorFlight> _inFlight = [];

    private void ScheduleWarners(double endS)
    {
        foreach (var threat in _threats)
        {
            if (threat.Group.Evasive is not null && threat.Mover is RouteMover && threat.Mover.StartS <= endS)
            {
                var t = threat;
                _scheduler.Schedule(new SimTime(Math.Max(0.0, threat.Mover.StartS)), SimPhase.Kinematics, () => WarnerLook(t));
            }
        }
    }

    /// <summary>
    /// One look of a threat's missile-approach warner (a sensor on the threat: it may see the
    /// interceptors' truth). An interceptor within the warning range while the threat is not
    /// already breaking makes it break: a hard turn at its evasive load factor away from the
    /// interceptor, with the dive its group gives, then back to its route.
    /// </summary>
    private void WarnerLook(ThreatEntity threat)
    {
        double now = _scheduler.Now.Seconds;
        if (!threat.Alive || now >= threat.Mover.EndS || threat.Group.Evasive is not { } evasion || threat.Mover is not RouteMover route)
        {
            return;
        }

        if (now >= route.BreakEndS)
        {
            threat.Mover.StateAt(now, out Vec3 position, out _);
            double range2 = evasion.WarningRangeM * evasion.WarningRangeM;
            InterceptorFlight? nearest = null;
            double best = double.PositiveInfinity;
            _inFlight.RemoveAll(static f => f.Done);
            foreach (var flight in _inFlight)
            {
                double d2 = (flight.Missile.PositionEcef - position).LengthSquared;
                if (d2 <= range2 && d2 < best)
                {
                    best = d2;
                    nearest = flight;
                }
            }

            if (nearest is not null)
            {
                Break(threat, route, nearest, now, Math.Sqrt(best));
            }
        }

        _scheduler.Schedule(_scheduler.Now + WarnerIntervalS, SimPhase.Kinematics, () => WarnerLook(threat));
    }

    private void Break(ThreatEntity threat, RouteMover route, InterceptorFlight flight, double now, double rangeM)
    {
        var evasion = threat.Group.Evasive!;
        var broken = route.Break(now, flight.Missile.PositionEcef, RouteMover.LevelTurnAcceleration(evasion.LoadFactor), evasion.TurnRad, evasion.DiveM, ThreatReader.EvasiveFloorM);
        threat.Mover = broken;
        _log.Record(new SimEvent(now, EventKind.EvasiveBreak, ThreatId: threat.Id.Value, InterceptorId: flight.Missile.Id.Value,
            Source: threat.Name, Item: threat.Spec.Name, Value: rangeM,
            Note: FormattableString.Invariant($"{evasion.LoadFactor:0.#} g break through {evasion.TurnRad * 180 / Math.PI:0} deg")));

        // The break moves what is still ahead: the release at the target waypoint and the end of the route.
        if (threat.ReleaseWaypoint >= 0 && threat.ReleaseTimeS > now)
        {
            threat.ReleaseTimeS = broken.TimeAtWaypoint(threat.ReleaseWaypoint);
            if (threat.ReleaseTimeS <= _scenario.DurationS)
            {
                _scheduler.Schedule(new SimTime(threat.ReleaseTimeS), SimPhase.Kinematics, () => ThreatReleased(threat));
            }
        }
        else if (threat.ReleaseWaypoint < 0 && threat.Target is not null && threat.ReleaseTimeS > now)
        {
            threat.ReleaseTimeS = broken.EndS;
            if (threat.ReleaseTimeS <= _scenario.DurationS)
            {
                _scheduler.Schedule(new SimTime(threat.ReleaseTimeS), SimPhase.Kinematics, () => ThreatReleased(threat));
            }
        }

        if (broken.EndS <= _scenario.DurationS)
        {
            _scheduler.Schedule(new SimTime(broken.EndS), SimPhase.Kinematics, () => ThreatReachedEnd(threat));
        }
    }
}
