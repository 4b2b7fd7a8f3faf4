using Rampart.Core.Kernel;

namespace Rampart.Core.Tracking;

/// <summary>
/// One track as the tracker stores it: the filter state plus the bookkeeping of the
/// confirmation and deletion rules. Kept in an array of structs, in increasing id order.
/// </summary>
internal struct TrackRecord
{
    /// <summary>Track number, from 1, never reused.</summary>
    public int Id;

    /// <summary>Time of <see cref="State"/>.</summary>
    public SimTime Time;

    public GaussianState State;

    public bool Confirmed;

    /// <summary>Associated detections counted by the M-of-N rule (while tentative).</summary>
    public int Hits;

    /// <summary>Scans counted by the M-of-N rule (while tentative), the initiating one included.</summary>
    public int Scans;

    /// <summary>Consecutive scans of a covering sensor without an update (once confirmed).</summary>
    public int Misses;

    public SimTime LastUpdate;

    public int Updates;

    public readonly Track ToSnapshot() =>
        new(Id, Time, State.Position, State.Velocity, State.PositionSigmaM, Confirmed, LastUpdate, Updates);
}
