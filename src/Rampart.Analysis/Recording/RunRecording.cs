using Rampart.Core.Events;
using Rampart.Core.Geo;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Recording;

/// <summary>One sampled point of a recorded path.</summary>
/// <param name="TimeS">Simulated time, s.</param>
/// <param name="Position">Geodetic position (degrees, metres above the WGS-84 ellipsoid).</param>
public readonly record struct PathPoint(double TimeS, GeodeticPosition Position);

/// <summary>The sampled path of one threat or interceptor.</summary>
/// <param name="Kind">Threat or interceptor.</param>
/// <param name="Id">Its id in the event log.</param>
/// <param name="Type">Threat type or missile type.</param>
/// <param name="Label">The threat's name, or the launcher that fired the interceptor.</param>
public sealed record RecordedPath(RecordedEntityKind Kind, int Id, string Type, string Label)
{
    /// <summary>Samples in time order.</summary>
    public List<PathPoint> Points { get; } = [];
}

/// <summary>
/// An in-memory recording of one run for plots and exports (CZML, KML): every threat's and
/// interceptor's sampled path and every event except detections. A recorder sees truth; it is
/// output, not part of the simulated system (see <see cref="IRunRecorder"/>). Not thread-safe.
/// </summary>
public sealed class RunRecording : IRunRecorder, IEventSink
{
    private readonly Dictionary<(RecordedEntityKind, int), RecordedPath> _paths = [];
    private readonly List<RecordedPath> _order = [];
    private readonly List<SimEvent> _events = [];

    /// <param name="sampleIntervalS">Simulated time between samples, s.</param>
    public RunRecording(double sampleIntervalS = 1.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleIntervalS);
        SampleIntervalS = sampleIntervalS;
    }

    /// <inheritdoc />
    public double SampleIntervalS { get; }

    /// <summary>Paths in the order their entities were first seen (threats before interceptors at the same sample).</summary>
    public IReadOnlyList<RecordedPath> Paths => _order;

    /// <summary>Every event except detections, in time order.</summary>
    public IReadOnlyList<SimEvent> Events => _events;

    /// <summary>The path of a threat or interceptor, or null if it was never sampled.</summary>
    public RecordedPath? PathOf(RecordedEntityKind kind, int id) => _paths.GetValueOrDefault((kind, id));

    /// <inheritdoc />
    public void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks)
    {
        foreach (ref readonly var e in entities)
        {
            if (!_paths.TryGetValue((e.Kind, e.Id), out var path))
            {
                path = new RecordedPath(e.Kind, e.Id, e.Type, e.Label);
                _paths.Add((e.Kind, e.Id), path);
                _order.Add(path);
            }

            path.Points.Add(new PathPoint(timeS, e.Position));
        }
    }

    /// <inheritdoc />
    public void Write(in SimEvent e)
    {
        if (e.Kind != EventKind.Detection)
        {
            _events.Add(e);
        }
    }

    /// <inheritdoc />
    public void Flush(double time)
    {
    }

    /// <inheritdoc />
    public void Complete()
    {
    }
}
