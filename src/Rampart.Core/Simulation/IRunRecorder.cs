namespace Rampart.Core.Simulation;

/// <summary>
/// Receives the state of the simulated world at a fixed simulated interval, for recording
/// (run.sqlite, plots, CZML/KML replays). Events reach recorders through
/// <see cref="Events.EventLog"/> sinks; this interface adds what events do not carry: where
/// every threat and interceptor is, and the command posts' tracks.
/// </summary>
/// <remarks>
/// A recorder sees truth (threat positions). That is allowed because it is output, not part of
/// the simulated system: nothing in the engine reads anything back from a recorder, it draws no
/// random numbers and it does not change the order of the engine's own actions, so a run with a
/// recorder produces the same events and results as one without. An engine built without a
/// recorder schedules no sampling at all (zero cost when absent).
/// </remarks>
public interface IRunRecorder
{
    /// <summary>Simulated time between samples, s (&gt; 0). The first sample is at t = 0.</summary>
    double SampleIntervalS { get; }

    /// <summary>
    /// One sample: every threat and interceptor in flight at <paramref name="timeS"/>, and every
    /// track each command post holds. The spans are only valid during the call.
    /// </summary>
    void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks);
}
