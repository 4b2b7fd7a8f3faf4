using Rampart.Core.Geo;
using Rampart.Core.Kernel;

namespace Rampart.Core.Tracking;

/// <summary>
/// A snapshot of one track of the air picture, in the tracker's ENU frame (see
/// <see cref="ITracker.Frame"/>). This — not truth — is what the battle manager and the
/// midcourse guidance see.
/// </summary>
/// <param name="Id">Stable track number, never reused in a run.</param>
/// <param name="Time">Time of the state estimate (its last update or prediction), s.</param>
/// <param name="Position">Estimated position, ENU metres.</param>
/// <param name="Velocity">Estimated velocity, ENU m/s.</param>
/// <param name="PositionSigmaM">Root of the trace of the position covariance, m.</param>
/// <param name="Confirmed">True once the M-of-N rule has confirmed it.</param>
/// <param name="LastUpdate">Time of the last associated detection.</param>
/// <param name="Updates">Number of detections associated so far.</param>
public readonly record struct Track(
    int Id,
    SimTime Time,
    Vec3 Position,
    Vec3 Velocity,
    double PositionSigmaM,
    bool Confirmed,
    SimTime LastUpdate,
    int Updates);
