namespace Rampart.Core.Kernel;

/// <summary>
/// A discrete-event scheduler: actions run in order of (time, phase, sequence number), so two
/// events at the same instant run in phase order and, within a phase, in the order they were
/// scheduled. That total order is what makes a run reproducible. Not thread-safe: one
/// simulation, one scheduler, one thread.
/// </summary>
public sealed class Scheduler
{
    private readonly PriorityQueue<Action, (double Time, int Phase, long Sequence)> _queue = new();
    private long _sequence;

    /// <summary>The time of the action being run (or of the last one run).</summary>
    public SimTime Now { get; private set; }

    /// <summary>Number of actions waiting.</summary>
    public int Pending => _queue.Count;

    /// <summary>Schedules <paramref name="action"/> at <paramref name="time"/>; never in the past.</summary>
    public void Schedule(SimTime time, SimPhase phase, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        double t = time.Seconds < Now.Seconds ? Now.Seconds : time.Seconds;
        _queue.Enqueue(action, (t, (int)phase, _sequence++));
    }

    /// <summary>Runs actions in order until none is left or the next is after <paramref name="end"/>.</summary>
    public void RunUntil(SimTime end)
    {
        while (_queue.TryPeek(out _, out var key) && key.Time <= end.Seconds)
        {
            var action = _queue.Dequeue();
            Now = new SimTime(key.Time);
            action();
        }

        Now = end;
    }
}
