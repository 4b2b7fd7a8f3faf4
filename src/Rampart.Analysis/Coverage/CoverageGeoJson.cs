using System.Text.Json;

namespace Rampart.Analysis.Coverage;

/// <summary>
/// Writes horizontal coverage as GeoJSON (RFC 7946): a FeatureCollection with one Polygon per
/// covered radar, positions as [longitude, latitude] in degrees (WGS-84), exterior rings
/// counterclockwise and closed. Radars that cover nothing at that altitude are left out.
/// The antimeridian is not handled (a polygon crossing ±180° would need splitting).
/// </summary>
public static class CoverageGeoJson
{
    public static void Write(Stream stream, IReadOnlyList<RadarCoverage> coverages, double altitudeM, double rcsM2, int swerling)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(coverages);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var c in coverages.Where(c => c.IsCovered))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("radar", c.Name);
            json.WriteString("type", c.Type);
            json.WriteNumber("site_latitude_deg", c.Site.LatitudeDeg);
            json.WriteNumber("site_longitude_deg", c.Site.LongitudeDeg);
            json.WriteNumber("antenna_altitude_m", c.AntennaAltitudeM);
            json.WriteNumber("target_altitude_m", altitudeM);
            json.WriteNumber("rcs_m2", rcsM2);
            json.WriteNumber("swerling", swerling);
            json.WriteNumber("pd", c.Pd);
            json.WriteNumber("pfa", c.Pfa);
            json.WriteNumber("power_limited_range_m", c.PowerRangeM);
            json.WriteNumber("max_ground_range_m", c.Azimuths.Max(a => a.GroundRangeM));
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            json.WriteString("type", "Polygon");
            json.WriteStartArray("coordinates");
            json.WriteStartArray();
            foreach (var p in c.Outline())
            {
                json.WriteStartArray();
                // 7 decimals: about a centimetre.
                json.WriteNumberValue(Math.Round(p.LongitudeDeg, 7));
                json.WriteNumberValue(Math.Round(p.LatitudeDeg, 7));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush(); // UTF-8 without a byte-order mark, as RFC 7946 requires.
    }
}
