using Rampart.Core.Simulation;

namespace Rampart.Analysis.Recording;

/// <summary>Hands every sample to several recorders that share one sample interval.</summary>
public sealed class CompositeRunRecorder : IRunRecorder
{
    private readonly IRunRecorder[] _recorders;

    public CompositeRunRecorder(params IRunRecorder[] recorders)
    {
        ArgumentNullException.ThrowIfNull(recorders);
        if (recorders.Length == 0)
        {
            throw new ArgumentException("At least one recorder is needed.", nameof(recorders));
        }

        SampleIntervalS = recorders[0].SampleIntervalS;
        if (recorders.Any(r => r.SampleIntervalS != SampleIntervalS))
        {
            throw new ArgumentException("All recorders must share one sample interval.", nameof(recorders));
        }

        _recorders = recorders;
    }

    /// <inheritdoc />
    public double SampleIntervalS { get; }

    /// <inheritdoc />
    public void OnSample(double timeS, ReadOnlySpan<EntitySample> entities, ReadOnlySpan<TrackSample> tracks)
    {
        foreach (var r in _recorders)
        {
            r.OnSample(timeS, entities, tracks);
        }
    }
}
