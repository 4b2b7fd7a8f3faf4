using Rampart.Core.Geo;

namespace Rampart.Core.Simulation;

/// <summary>One track of a command post's air picture at a sample time, converted to geodetic coordinates.</summary>
/// <param name="CommandPost">Name of the command post whose tracker holds the track.</param>
/// <param name="TrackId">The track number (unique within a command post).</param>
/// <param name="EstimateTimeS">Time of the track's state estimate, s (its last update or prediction).</param>
/// <param name="Position">Estimated position (degrees, metres above the WGS-84 ellipsoid).</param>
/// <param name="SpeedMps">Estimated speed, m/s.</param>
/// <param name="PositionSigmaM">Root of the trace of the position covariance, m.</param>
/// <param name="Confirmed">True once the track is confirmed.</param>
public readonly record struct TrackSample(
    string CommandPost,
    int TrackId,
    double EstimateTimeS,
    GeodeticPosition Position,
    double SpeedMps,
    double PositionSigmaM,
    bool Confirmed);
