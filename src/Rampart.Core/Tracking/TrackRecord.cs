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

    /// <summary>Confirmation and deletion bookkeeping (<see cref="MOfNTrackLogic"/>).</summary>
    public TrackStatus Status;

    public SimTime LastUpdate;

    public int Updates;

    public readonly Track ToSnapshot() =>
        new(Id, Time, State.Position, State.Velocity, State.PositionSigmaM, Status.Confirmed, LastUpdate, Updates);
}
