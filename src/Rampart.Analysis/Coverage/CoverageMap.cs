using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Analysis.Coverage;

/// <summary>
/// The horizontal coverage of one placed radar of a scenario at one altitude against one target.
/// </summary>
/// <param name="Name">The placed radar's name.</param>
/// <param name="Type">Its equipment type, e.g. <c>96L6E</c>.</param>
/// <param name="Site">Site position (ground altitude).</param>
/// <param name="AntennaAltitudeM">Antenna altitude: ground + mast, m.</param>
/// <param name="PowerRangeM">Free-space detection range against the target, m.</param>
/// <param name="Pd">Detection probability per look the range is drawn at.</param>
/// <param name="Pfa">False-alarm probability per cell.</param>
/// <param name="Azimuths">The coverage per azimuth.</param>
public sealed record RadarCoverage(string Name, string Type, GeodeticPosition Site, double AntennaAltitudeM, double PowerRangeM, double Pd, double Pfa, IReadOnlyList<AzimuthCoverage> Azimuths)
{
    /// <summary>True when some azimuth is covered.</summary>
    public bool IsCovered => Azimuths.Any(a => a.GroundRangeM > 0);

    /// <summary>
    /// The outline of the covered area, counterclockwise seen from above (decreasing azimuth, RFC 7946's
    /// right-hand rule), closed (the first vertex repeated at the end). A sector radar's outline
    /// starts and ends at its site; an azimuth with no coverage is a vertex at the site.
    /// </summary>
    public IReadOnlyList<GeodeticPosition> Outline()
    {
        int n = Azimuths.Count;
        int outside = -1;
        for (int i = 0; i < n && outside < 0; i++)
        {
            outside = Azimuths[i].Limit == CoverageLimit.NotCovered && Azimuths[i].GroundRangeM <= 0 && IsSectorGap(i) ? i : -1;
        }

        var points = new List<GeodeticPosition>(n + 3);
        // Walk down in azimuth; for a sector radar start just below an azimuth outside the sector,
        // so the arc comes out in one piece (from the sector's highest azimuth to its lowest).
        int start = outside < 0 ? n - 1 : outside - 1 + n;
        if (outside >= 0)
        {
            points.Add(Site);
        }

        for (int step = 0; step < n; step++)
        {
            var a = Azimuths[(start - step) % n];
            if (outside >= 0 && a.Limit == CoverageLimit.NotCovered)
            {
                continue;
            }

            points.Add(a.GroundRangeM > 0 ? GreatCircle.Destination(Site, a.AzimuthRad, a.GroundRangeM) : Site);
        }

        points.Add(points[0]);
        return points;
    }

    /// <summary>
    /// An azimuth outside a sector radar's sector (as opposed to one covered by nothing at this
    /// altitude, e.g. under the cone of silence): <see cref="HorizontalCoverage"/> marks both
    /// <see cref="CoverageLimit.NotCovered"/>, but only a sector leaves some azimuths covered.
    /// </summary>
    private bool IsSectorGap(int i) => Azimuths.Any(a => a.Limit != CoverageLimit.NotCovered) && Azimuths[i].Limit == CoverageLimit.NotCovered;
}

/// <summary>The horizontal coverage of every radar of a scenario (search and engagement radars) at one altitude.</summary>
public static class CoverageMap
{
    /// <summary>
    /// Computes each placed radar's coverage against a target of <paramref name="rcsM2"/> at
    /// <paramref name="altitudeM"/>, at <paramref name="pd"/> and <paramref name="pfa"/> (null: each
    /// radar's reference P_d and P_fa), with the scenario's terrain if it has any.
    /// </summary>
    public static IReadOnlyList<RadarCoverage> Compute(ScenarioModel scenario, double altitudeM, double rcsM2, double? pd, double? pfa, int swerling, double azimuthStepDeg = 1.0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var result = new List<RadarCoverage>();
        foreach (var battery in scenario.Batteries)
        {
            var sites = battery.SearchRadars.Concat(battery.FireUnits.Select(u => u.EngagementRadar));
            foreach (var site in sites)
            {
                var spec = site.Radar;
                double p = pd ?? spec.ReferencePd, f = pfa ?? spec.ReferencePfa;
                double power = VerticalCoverage.PowerLimitedRangeM(spec, rcsM2, p, f, swerling);
                var antenna = site.Position.WithAltitude(site.Position.AltitudeM + site.MastHeightM);
                var mask = scenario.Terrain?.MaskFor(antenna, RadarHorizon.StandardK, spec.InstrumentedRangeM);
                var rows = HorizontalCoverage.Compute(spec, antenna, power, altitudeM, mask, azimuthStepDeg);
                result.Add(new RadarCoverage(site.Name, spec.Name, site.Position, antenna.AltitudeM, power, p, f, rows));
            }
        }

        return result;
    }
}
