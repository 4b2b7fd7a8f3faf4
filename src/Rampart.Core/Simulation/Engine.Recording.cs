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
                _entitySamples.Add(new EntitySample(RecordedEntityKind.Threat, threat.Id.Value, threat.Spec.Name, threat.Name, Wgs84.ToGeodetic(p), v.Length) { PositionEcef = p });
            }
        }

        _recordedFlights.RemoveAll(f => f.Done);
        foreach (var flight in _recordedFlights)
        {
            var m = flight.Missile;
            Vec3 p = m.PositionEcef + (m.VelocityEcef * Math.Max(0, t - m.Time.Seconds));
            _entitySamples.Add(new EntitySample(RecordedEntityKind.Interceptor, m.Id.Value, m.Spec.Name, flight.LauncherName, Wgs84.ToGeodetic(p), m.VelocityEcef.Length) { PositionEcef = p });
        }

        _trackSamples.Clear();
        foreach (var battery in _batteries)
        {
            var frame = battery.Tracker.Frame;
            var tracks = battery.Tracker.Tracks;

            // For scoring: each estimate predicted to the sample time, with its covariance turned
            // from the tracker's ENU axes to ECEF (columns: the ENU unit axes in ECEF).
            bool readout = false;
            if (battery.Tracker is Tracker concrete)
            {
                concrete.PredictPositions(_scheduler.Now, _readouts);
                readout = true;
            }

            Vec3 east = frame.RotateToEcef(new Vec3(1, 0, 0)), north = frame.RotateToEcef(new Vec3(0, 1, 0)), up = frame.RotateToEcef(new Vec3(0, 0, 1));
            for (int i = 0; i < tracks.Count; i++)
            {
                var track = tracks[i];
                var sample = new TrackSample(battery.Battery.CommandPost.Name, track.Id, track.Time.Seconds,
                    Wgs84.ToGeodetic(frame.ToEcef(track.Position)), track.Velocity.Length, track.PositionSigmaM, track.Confirmed);
                if (readout && i < _readouts.Count && _readouts[i].TrackId == track.Id)
                {
                    sample = sample with
                    {
                        PositionAtSampleEcef = frame.ToEcef(_readouts[i].Position),
                        PositionCovarianceAtSampleEcef = _readouts[i].Covariance.Rotated(east, north, up),
                    };
                }
                else
                {
                    // Another ITracker: only its own prediction of the mean is known (no covariance, so no NEES).
                    Vec3 predicted = battery.Tracker.Predict(track.Id, _scheduler.Now)?.Position ?? track.Position;
                    sample = sample with { PositionAtSampleEcef = frame.ToEcef(predicted) };
                }

                _trackSamples.Add(sample);
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
