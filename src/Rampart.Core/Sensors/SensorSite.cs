using Rampart.Core.Geo;

namespace Rampart.Core.Sensors;

/// <summary>
/// Where a sensor's antenna is and what it can see: the local frame at the antenna's phase
/// centre (ground altitude plus mast height) and a test of whether a point lies in its field
/// of regard (range and angle limits and the radar horizon). Immutable.
/// </summary>
/// <param name="Name">Stable name of the sensor, e.g. <c>91N6E-1</c>.</param>
/// <param name="Index">Dense index of the sensor within the run (0, 1, 2, …).</param>
/// <param name="Frame">ENU frame with its origin at the antenna.</param>
/// <param name="ScanPeriodS">Time between looks at the same point, s.</param>
/// <param name="FieldOfRegard">True when an ECEF point is inside the sensor's range and angular coverage and above its horizon.</param>
public sealed record SensorSite(string Name, int Index, EnuFrame Frame, double ScanPeriodS, Func<Geo.Vec3, bool> FieldOfRegard)
{
    /// <summary>
    /// A field of regard that holds no point (e.g. a radar's site as seen by a batch of track
    /// dwells, whose misses must not count against a track). Consumers may recognise it by
    /// reference (<see cref="CoversNothing"/>) and skip evaluating it.
    /// </summary>
    public static Func<Geo.Vec3, bool> NothingInView { get; } = static _ => false;

    /// <summary>True when <see cref="FieldOfRegard"/> is <see cref="NothingInView"/>: no point is ever covered.</summary>
    public bool CoversNothing => ReferenceEquals(FieldOfRegard, NothingInView);
}
