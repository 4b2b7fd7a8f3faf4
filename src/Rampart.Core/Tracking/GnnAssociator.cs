namespace Rampart.Core.Tracking;

/// <summary>
/// Global-nearest-neighbour data association (Stone Soup's hypothesiser + associator): the
/// gate (<see cref="PositionGate"/>), clusters of tracks and measurements linked by gated pairs,
/// and an optimal 2-D assignment per cluster (<see cref="ClusteredAssignment"/>). Holds reusable
/// work buffers: not thread-safe; one per tracker.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Cost of assigning measurement j to track i: d² + ln|S| (twice the negative log
/// Gaussian likelihood, constants dropped). Cost of leaving track i unassigned: γ + the largest
/// ln|S| among its gated measurements — the cost of a measurement on its gate's edge — so a
/// track is left out only when a cheaper pairing elsewhere in the cluster needs its measurement.</item>
/// <item>A measurement left unassigned costs nothing here; it starts a new track.</item>
/// </list>
/// </remarks>
internal sealed class GnnAssociator
{
    private readonly PositionGate _gate;
    private readonly ClusteredAssignment _assignment = new();

    /// <param name="gateProbability">Probability mass of a true measurement inside the gate, in (0, 1).</param>
    public GnnAssociator(double gateProbability) => _gate = new PositionGate(gateProbability);

    /// <summary>The chi-square gate γ on the squared Mahalanobis distance (3 degrees of freedom).</summary>
    public double GateThreshold => _gate.Threshold;

    /// <summary>
    /// Associates the measurements of one scan with the tracks (already predicted to the scan time).
    /// </summary>
    /// <param name="trackToMeasurement">Receives, for each track, its measurement index or −1.</param>
    /// <param name="measurementToTrack">Receives, for each measurement, its track index or −1.</param>
    /// <param name="includeTrack">Only tracks with this set take part (all when empty); the others get −1.</param>
    public void Associate(
        ReadOnlySpan<TrackRecord> tracks,
        ReadOnlySpan<ConvertedMeasurement> measurements,
        ReadOnlySpan<bool> valid,
        Span<int> trackToMeasurement,
        Span<int> measurementToTrack,
        ReadOnlySpan<bool> includeTrack = default)
    {
        trackToMeasurement[..tracks.Length].Fill(-1);
        measurementToTrack[..measurements.Length].Fill(-1);
        if (tracks.IsEmpty || measurements.IsEmpty)
        {
            return;
        }

        _assignment.Reset(tracks.Length);
        var sink = new Sink(_assignment, _gate.Threshold);
        _gate.Gate(tracks, measurements, valid, includeTrack, ref sink);
        _assignment.Solve(measurements.Length, trackToMeasurement, measurementToTrack);
    }

    private readonly struct Sink(ClusteredAssignment assignment, double threshold) : IGatedPairSink
    {
        public void Add(int track, int measurement, double d2, double logDetS)
        {
            assignment.Add(track, measurement, d2 + logDetS);
            Span<double> miss = assignment.MissCost;
            miss[track] = Math.Max(miss[track], threshold + logDetS);
        }
    }
}
