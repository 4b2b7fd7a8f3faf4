namespace Rampart.Core.Tracking;

/// <summary>
/// Joint probabilistic data association for the 3-D tracker: the gate
/// (<see cref="PositionGate"/>), then per-cluster association probabilities
/// (<see cref="ClusteredJpda"/>). Holds reusable work buffers: not thread-safe; one per tracker.
/// </summary>
/// <remarks>
/// Model assumptions: the likelihood ratio of measurement j for track i is
/// l_ij = P_D·N(ν; 0, S)/λ with N the 3-D Gaussian density of the converted-position innovation,
/// P_D and λ (false detections per m³ per scan) the scenario's assumed values, the same for every
/// sensor and everywhere; its logarithm is clamped to ±700 so it stays a finite double.
/// </remarks>
internal sealed class JpdaAssociator
{
    private readonly PositionGate _gate;
    private readonly double _logRatioOffset;
    private readonly double _missWeight;

    /// <param name="gateProbability">P_G, in (0, 1).</param>
    /// <param name="detectionProbability">P_D, in (0, 1].</param>
    /// <param name="clutterDensity">λ, false detections per m³ per scan, &gt; 0.</param>
    /// <param name="maxJointEvents">The cap on joint events per cluster (see <see cref="ClusteredJpda"/>).</param>
    public JpdaAssociator(double gateProbability, double detectionProbability, double clutterDensity, int maxJointEvents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(detectionProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(detectionProbability, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(clutterDensity, 0);
        _gate = new PositionGate(gateProbability);
        Result = new ClusteredJpda(maxJointEvents);

        // ln l = ln P_D − ln λ − (3/2)·ln 2π − ½·ln|S| − ½·d².
        _logRatioOffset = Math.Log(detectionProbability) - Math.Log(clutterDensity) - (1.5 * Math.Log(2 * Math.PI));
        _missWeight = 1 - (detectionProbability * gateProbability);
    }

    /// <summary>The association probabilities of the last scan.</summary>
    public ClusteredJpda Result { get; }

    /// <summary>
    /// Computes the association probabilities of one scan (tracks already predicted to the scan
    /// time); only tracks with <paramref name="includeTrack"/> set take part (all when empty).
    /// </summary>
    public void Associate(ReadOnlySpan<TrackRecord> tracks, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<bool> valid, ReadOnlySpan<bool> includeTrack = default)
    {
        Result.Reset(tracks.Length, measurements.Length);
        Result.MissWeight.Fill(_missWeight);
        var sink = new Sink(Result, _logRatioOffset);
        _gate.Gate(tracks, measurements, valid, includeTrack, ref sink);
        Result.Solve();
    }

    private readonly struct Sink(ClusteredJpda jpda, double offset) : IGatedPairSink
    {
        public void Add(int track, int measurement, double d2, double logDetS) =>
            jpda.Add(track, measurement, Math.Exp(Math.Clamp(offset - (0.5 * logDetS) - (0.5 * d2), -700, 700)));
    }
}
