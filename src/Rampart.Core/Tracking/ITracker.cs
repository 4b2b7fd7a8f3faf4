using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tracking;

/// <summary>
/// A multi-target tracker fed with scans of detections, one sensor at a time, producing one
/// fused air picture in its own ENU frame. It sees detections only.
/// </summary>
public interface ITracker
{
    /// <summary>The ENU frame in which tracks are kept (centred on the command post).</summary>
    EnuFrame Frame { get; }

    /// <summary>
    /// Digests one scan of <paramref name="site"/> at <paramref name="time"/>: predict, gate,
    /// associate, update, count misses for tracks inside the sensor's field of regard, delete,
    /// initiate. Scans arrive in non-decreasing time order, except that a tracker with an
    /// out-of-sequence window (<see cref="Scenario.Model.TrackerSettings.OutOfSequenceWindowS"/>)
    /// also takes a scan measured up to that long before the latest one (a late report).
    /// </summary>
    TrackerScanResult ProcessScan(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections);

    /// <summary>Current tracks (tentative and confirmed), in increasing id order.</summary>
    IReadOnlyList<Track> Tracks { get; }

    /// <summary>A track's state predicted to <paramref name="time"/>, or null if no such track exists.</summary>
    Track? Predict(int trackId, SimTime time);
}

/// <summary>What changed in one scan; used for the event log.</summary>
/// <param name="AssociatedTrackIds">For each detection of the scan (same order), the id of the track it updated or started, or -1.</param>
/// <param name="Confirmed">Ids of tracks confirmed in this scan.</param>
/// <param name="Dropped">Ids of confirmed tracks deleted in this scan.</param>
public sealed record TrackerScanResult(int[] AssociatedTrackIds, IReadOnlyList<int> Confirmed, IReadOnlyList<int> Dropped);
