namespace Rampart.Core.Tracking;

/// <summary>
/// The bookkeeping of the confirmation and deletion rules for one track, whatever its filter
/// state (3-D or 2-D): what <see cref="MOfNTrackLogic"/> reads and writes.
/// </summary>
internal struct TrackStatus
{
    /// <summary>True once the M-of-N rule has confirmed the track.</summary>
    public bool Confirmed;

    /// <summary>Associated detections counted by the M-of-N rule (while tentative).</summary>
    public int Hits;

    /// <summary>Scans counted by the M-of-N rule (while tentative), the initiating one included.</summary>
    public int Scans;

    /// <summary>Consecutive scans of a covering sensor without an update (once confirmed).</summary>
    public int Misses;
}
