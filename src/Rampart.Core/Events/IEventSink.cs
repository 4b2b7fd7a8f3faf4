namespace Rampart.Core.Events;

/// <summary>Receives events as the simulation produces them (not necessarily in time order; see <see cref="EventLog"/>).</summary>
public interface IEventSink
{
    /// <summary>Accepts one event.</summary>
    void Write(in SimEvent e);

    /// <summary>Everything written so far with a time at or before <paramref name="time"/> is final.</summary>
    void Flush(double time);

    /// <summary>The run is over: write out everything.</summary>
    void Complete();
}
