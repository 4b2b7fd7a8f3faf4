using Rampart.Core.Kernel;

namespace Rampart.Core.Sensors;

/// <summary>
/// One radar measurement, in the radar's own polar coordinates about its antenna (the origin
/// of <see cref="SensorSite.Frame"/>). It carries no trace of what (if anything) caused it.
/// </summary>
/// <param name="SensorIndex">The reporting sensor's <see cref="SensorSite.Index"/>.</param>
/// <param name="RangeM">Slant range, m.</param>
/// <param name="AzimuthRad">Azimuth, radians clockwise from north, in [0, 2π).</param>
/// <param name="ElevationRad">Elevation above the site's local horizontal plane, radians.</param>
/// <param name="SigmaRangeM">Standard deviation of the range measurement, m.</param>
/// <param name="SigmaAzimuthRad">Standard deviation of the azimuth measurement, rad.</param>
/// <param name="SigmaElevationRad">Standard deviation of the elevation measurement, rad.</param>
/// <param name="SnrDb">Signal-to-noise ratio of the detection, dB (as the radar's signal processor estimates it).</param>
public readonly record struct Detection(
    SimTime Time,
    int SensorIndex,
    double RangeM,
    double AzimuthRad,
    double ElevationRad,
    double SigmaRangeM,
    double SigmaAzimuthRad,
    double SigmaElevationRad,
    double SnrDb);

/// <summary>
/// What a sensor emits for one detection: the detection itself, which goes to the tracker, and
/// the id of the true target that caused it (null for a false alarm), which goes only to the
/// event log and to truth-based metrics. The tracker is never given <see cref="TruthId"/>.
/// </summary>
public readonly record struct SensorReport(Detection Detection, EntityId? TruthId);
