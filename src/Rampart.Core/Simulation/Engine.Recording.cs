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

/// <summary>Sampling the run for a recorder (output only).</summary>
public sealed partial class Engine
{
    /// <summary>
    /// Hands the recorder where every threat and interceptor is and what each command post's
    /// tracks are (output only: nothing here feeds back into the simulation). An interceptor's
    /// state is that of its last integration step (at most 0.1 s old), moved on along its velocity.
    /// </summary>
    private void Sample()
    {
        double t = _scheduler.Now.Seconds;
        _entitySamples.Clear();
        foreach (var threat in _threats)
        {
            if (threat.IsFlying(t))
            {
                threat.Mover.StateAt(t, out Vec3 p, out Vec3 v);
                _entitySamples.Add(new EntitySample(RecordedEntityKind.Threat, threat.Id.Value, threat.Spec.Name, threat.Name, Wgs84.ToGeodetic(p), v.Length));
            }
        }

        _recordedFlights.RemoveAll(f => f.Done);
        foreach (var flight in _recordedFlights)
        {
            var m = flight.Missile;
            Vec3 p = m.PositionEcef + (m.VelocityEcef * Math.Max(0, t - m.Time.Seconds));
            _entitySamples.Add(new EntitySample(RecordedEntityKind.Interceptor, m.Id.Value, m.Spec.Name, flight.LauncherName, Wgs84.ToGeodetic(p), m.VelocityEcef.Length));
        }

        _trackSamples.Clear();
        foreach (var battery in _batteries)
        {
            var frame = battery.Tracker.Frame;
            foreach (var track in battery.Tracker.Tracks)
            {
                _trackSamples.Add(new TrackSample(battery.Battery.CommandPost.Name, track.Id, track.Time.Seconds,
                    Wgs84.ToGeodetic(frame.ToEcef(track.Position)), track.Velocity.Length, track.PositionSigmaM, track.Confirmed));
            }
        }

        _recorder!.OnSample(t, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entitySamples),
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_trackSamples));
        // Sample times are index × interval, not a running sum, so they do not drift.
        double next = ++_sampleIndex * _recorder.SampleIntervalS;
        if (next <= _scenario.DurationS)
        {
            _scheduler.Schedule(new SimTime(next), SimPhase.Bookkeeping, Sample);
        }
    }
}
