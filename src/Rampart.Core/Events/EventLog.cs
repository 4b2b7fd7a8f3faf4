namespace Rampart.Core.Events;

/// <summary>
/// Puts events into time order before they reach a sink. Most events are produced in order,
/// but a fuze acts at the closest approach found <i>inside</i> an integration step, which is
/// processed at the step's end, so its events can be up to one step late. The log holds events
/// in a heap ordered by (time, arrival) and releases those older than the simulation's
/// watermark. Not thread-safe.
/// </summary>
public sealed class EventLog
{
    private readonly PriorityQueue<SimEvent, (double Time, long Seq)> _pending = new();
    private readonly List<IEventSink> _sinks = [];
    private long _sequence;

    /// <summary>Adds a sink that receives every event, in time order.</summary>
    public void AddSink(IEventSink sink) => _sinks.Add(sink);

    /// <summary>True when no sink is attached (the run then skips building detection events).</summary>
    public bool IsSilent => _sinks.Count == 0;

    /// <summary>Number of events recorded.</summary>
    public long Count => _sequence;

    public void Record(in SimEvent e)
    {
        _sequence++;
        if (_sinks.Count > 0)
        {
            _pending.Enqueue(e, (e.Time, _sequence));
        }
    }

    /// <summary>Releases every event with a time at or before <paramref name="watermark"/>.</summary>
    public void Release(double watermark)
    {
        while (_pending.TryPeek(out var e, out var key) && key.Time <= watermark)
        {
            _pending.Dequeue();
            foreach (var sink in _sinks)
            {
                sink.Write(e);
            }
        }

        foreach (var sink in _sinks)
        {
            sink.Flush(watermark);
        }
    }

    /// <summary>Releases everything and completes the sinks.</summary>
    public void Complete()
    {
        Release(double.PositiveInfinity);
        foreach (var sink in _sinks)
        {
            sink.Complete();
        }
    }
}
