namespace Rampart.Core.Sensors;

/// <summary>
/// The part of space a radar searched in one scan or dwell, as a block of resolution cells:
/// range cells of the range resolution from <see cref="MinRangeM"/> to <see cref="MaxRangeM"/>,
/// times azimuth beam positions over <see cref="AzimuthSpanRad"/> from <see cref="AzimuthStartRad"/>
/// (clockwise), times elevation beam positions over [<see cref="MinElevationRad"/>, <see cref="MaxElevationRad"/>].
/// Each count is at least 1 and rounded up: beams are spread evenly over the span, no wider apart
/// than a beamwidth. False alarms are drawn over these cells.
/// </summary>
public readonly record struct SearchVolume(
    double MinRangeM,
    double MaxRangeM,
    double AzimuthStartRad,
    double AzimuthSpanRad,
    double MinElevationRad,
    double MaxElevationRad)
{
    /// <summary>Range cells, azimuth beam positions and elevation beam positions of this volume for a radar of the given resolution.</summary>
    public (long Range, long Azimuth, long Elevation) Cells(double rangeResolutionM, double azimuthBeamwidthRad, double elevationBeamwidthRad) =>
        (Count(MaxRangeM - MinRangeM, rangeResolutionM),
         Count(AzimuthSpanRad, azimuthBeamwidthRad),
         Count(MaxElevationRad - MinElevationRad, elevationBeamwidthRad));

    private static long Count(double span, double cell) => Math.Max(1L, (long)Math.Ceiling((span / cell) - 1e-9));
}
