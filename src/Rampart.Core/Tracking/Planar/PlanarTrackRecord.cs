namespace Rampart.Core.Tracking.Planar;

/// <summary>One 2-D track as the tracker stores it: filter state plus bookkeeping. Kept in an array of structs, in increasing id order.</summary>
internal struct PlanarTrackRecord
{
    /// <summary>Track number, from 1, never reused (negative: marked for deletion).</summary>
    public int Id;

    /// <summary>Time of <see cref="State"/>, s.</summary>
    public double TimeS;

    public PlanarGaussianState State;

    /// <summary>Confirmation and deletion bookkeeping, shared with the 3-D tracker's logic.</summary>
    public TrackStatus Status;

    /// <summary>Position (m) and time (s) of the initiating detection, for two-point initialisation.</summary>
    public double FirstXM, FirstYM, FirstTimeS;

    /// <summary>Detections associated so far, the initiating one included.</summary>
    public int Updates;

    /// <summary>True when the last scan's detection updated it.</summary>
    public bool Updated;

    public readonly PlanarTrack ToSnapshot() =>
        new(Id, TimeS, State.Mean[0], State.Mean[1], State.Mean[2], State.Mean[3], Status.Confirmed, Updated);
}
