using Rampart.Core.Geo;
using Rampart.Core.Tracking.Metrics;

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
    bool Confirmed)
{
    /// <summary>
    /// The estimated position predicted to the sample time (not <see cref="EstimateTimeS"/>), ECEF
    /// metres: what a track is scored with against truth at that time.
    /// </summary>
    public Vec3 PositionAtSampleEcef { get; init; }

    /// <summary>
    /// The position covariance predicted to the sample time, ECEF axes, m²; null when the tracker
    /// does not expose it.
    /// </summary>
    public PositionCovariance? PositionCovarianceAtSampleEcef { get; init; }
}
