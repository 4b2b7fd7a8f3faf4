using Rampart.Core.Geo;

namespace Rampart.Core.Simulation;

/// <summary>Where one threat or interceptor truly is at a sample time (for recording only; see <see cref="IRunRecorder"/>).</summary>
/// <param name="Kind">Threat or interceptor.</param>
/// <param name="Id">The threat's or interceptor's id (the ids of the event log).</param>
/// <param name="Type">Equipment name: the threat type or the missile type.</param>
/// <param name="Label">The threat's stable name, or for an interceptor the name of the launcher that fired it.</param>
/// <param name="Position">Geodetic position (degrees, metres above the WGS-84 ellipsoid).</param>
/// <param name="SpeedMps">Speed, m/s.</param>
public readonly record struct EntitySample(
    RecordedEntityKind Kind,
    int Id,
    string Type,
    string Label,
    GeodeticPosition Position,
    double SpeedMps)
{
    /// <summary>The same position in ECEF, metres (exact, without a geodetic round trip; for scoring tracks).</summary>
    public Vec3 PositionEcef { get; init; }
}
