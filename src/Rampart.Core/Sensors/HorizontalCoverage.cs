using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>One azimuth of a horizontal coverage diagram.</summary>
/// <param name="AzimuthRad">Azimuth from the antenna, radians clockwise from north.</param>
/// <param name="GroundRangeM">Great-circle ground distance from the site to the edge of coverage at that azimuth, m (0: not covered).</param>
/// <param name="Limit">What bounds it: the smooth-earth limits of <see cref="VerticalCoverage"/>, or <see cref="CoverageLimit.Terrain"/>.</param>
public readonly record struct AzimuthCoverage(double AzimuthRad, double GroundRangeM, CoverageLimit Limit);

/// <summary>
/// The horizontal coverage of one placed radar at one target altitude: per azimuth, the ground
/// range out to which a target of the given RCS at that altitude is detected with the requested
/// P_d — the vertical-coverage range at that altitude (<see cref="VerticalCoverage"/>: power,
/// k-earth horizon, elevation limits, instrumented range), cut short by terrain masking where the
/// scenario gives an elevation grid, and zero outside a sector radar's sector. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Along each azimuth the range is the first point, walking out from the minimum range in steps
/// of <see cref="TerrainStepM"/>, where the terrain hides the target: the edge of the region seen
/// without a gap from the radar outward. Pockets seen again beyond a masked stretch (a valley
/// floor seen from a mountain-top radar) are not drawn. Altitudes are above the smooth surface
/// (sea level), not above the local ground.
/// </remarks>
public static class HorizontalCoverage
{
    /// <summary>Step of the walk along an azimuth when there is terrain, m.</summary>
    public const double TerrainStepM = 50.0;

    /// <summary>
    /// The coverage of a radar at <paramref name="antenna"/> (site latitude and longitude, altitude
    /// = ground + mast) at <paramref name="targetAltitudeM"/>, every <paramref name="azimuthStepDeg"/>.
    /// </summary>
    /// <param name="spec">The radar (its boresight is the placed one).</param>
    /// <param name="antenna">Antenna position; its altitude is the antenna height above the smooth surface.</param>
    /// <param name="powerRangeM">Free-space detection range from <see cref="VerticalCoverage.PowerLimitedRangeM"/>, m.</param>
    /// <param name="targetAltitudeM">Target altitude, m.</param>
    /// <param name="terrain">The antenna's terrain mask, or null for the smooth earth.</param>
    /// <param name="azimuthStepDeg">Azimuth step, degrees (360 must be a whole multiple of it).</param>
    /// <param name="k">Effective earth radius factor.</param>
    public static AzimuthCoverage[] Compute(
        RadarSpec spec, GeodeticPosition antenna, double powerRangeM, double targetAltitudeM, TerrainMask? terrain,
        double azimuthStepDeg = 1.0, double k = RadarHorizon.StandardK)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(azimuthStepDeg);
        int n = (int)Math.Round(360.0 / azimuthStepDeg);
        double antennaHeight = Math.Max(antenna.AltitudeM, 0.0);
        double altitude = Math.Max(targetAltitudeM, 0.0);
        // The smooth-earth range is the same at every azimuth: the vertical diagram's row at this altitude.
        AltitudeCoverage smooth = VerticalCoverage.ByAltitude(spec, antennaHeight, powerRangeM, [altitude], k)[0];
        double kRe = k * Wgs84.MeanRadius;
        double halfSector = 0.5 * spec.AzimuthCoverageDeg;
        var rows = new AzimuthCoverage[n];
        for (int i = 0; i < n; i++)
        {
            double azDeg = i * 360.0 / n;
            double az = azDeg * Math.PI / 180.0;
            if (spec.AzimuthCoverageDeg < 360.0)
            {
                double off = ((azDeg - spec.BoresightAzimuthDeg + 540.0) % 360.0) - 180.0;
                if (Math.Abs(off) > halfSector + 1e-9)
                {
                    rows[i] = new AzimuthCoverage(az, 0.0, CoverageLimit.NotCovered);
                    continue;
                }
            }

            if (smooth.Limit == CoverageLimit.NotCovered || terrain is null)
            {
                rows[i] = new AzimuthCoverage(az, smooth.GroundRangeM, smooth.Limit);
                continue;
            }

            rows[i] = WalkOut(terrain, az, smooth, antennaHeight, altitude, spec.MinRangeM, kRe);
        }

        return rows;
    }

    private static AzimuthCoverage WalkOut(TerrainMask terrain, double az, AltitudeCoverage smooth, double antennaHeight, double altitude, double minRangeM, double kRe)
    {
        for (double d = Math.Max(minRangeM, TerrainStepM); d <= smooth.GroundRangeM; d += TerrainStepM)
        {
            double elevation = RadarHorizon.ApparentElevation(d / kRe, antennaHeight, altitude, kRe);
            if (!terrain.IsVisible(az, d, elevation))
            {
                // The last visible step before it (0 when masked from the start).
                double edge = Math.Max(d - TerrainStepM, 0.0);
                return new AzimuthCoverage(az, edge < minRangeM ? 0.0 : edge, CoverageLimit.Terrain);
            }
        }

        return new AzimuthCoverage(az, smooth.GroundRangeM, smooth.Limit);
    }
}
