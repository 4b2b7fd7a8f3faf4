using System.Globalization;
using Rampart.Core.Geo;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads geodetic positions: <c>{lat: 54.1, lon: 12.1, alt: 30 m}</c> or the compact
/// <c>[54.1, 12.1, 30 m]</c>. Latitude and longitude are degrees north and east (a bare number
/// is degrees here, the one exception to "a bare number is SI"; '54.1 deg' also works); the
/// altitude is metres above mean sea level and defaults to 0.
/// </summary>
internal static class PositionReader
{
    public const string Expected = "a position: {lat: 54.1, lon: 12.1, alt: 30 m} or [54.1, 12.1, 30 m]";
    public const string ExpectedFlat = "a position without altitude: {lat: 54.1, lon: 12.1} or [54.1, 12.1]";

    /// <summary>A 3-D position; the altitude defaults to 0 m.</summary>
    public static GeodeticPosition Read(YamlFile file, YamlNode node, double minAltitudeM = -500, double maxAltitudeM = 100_000) =>
        ReadCore(file, node, withAltitude: true, minAltitudeM, maxAltitudeM);

    /// <summary>Latitude and longitude only (altitude 0; the caller gives the altitude separately).</summary>
    public static GeodeticPosition ReadFlat(YamlFile file, YamlNode node) =>
        ReadCore(file, node, withAltitude: false, 0, 0);

    private static GeodeticPosition ReadCore(YamlFile file, YamlNode node, bool withAltitude, double minAlt, double maxAlt)
    {
        string expected = withAltitude ? Expected : ExpectedFlat;
        YamlNode latNode, lonNode;
        YamlNode? altNode;
        switch (node)
        {
            case YamlMappingNode:
                MappingReader m = withAltitude ? file.Mapping(node, "a position", "lat", "lon", "alt") : file.Mapping(node, "a position", "lat", "lon");
                latNode = m.Required("lat", "latitude, degrees north");
                lonNode = m.Required("lon", "longitude, degrees east");
                altNode = m.Optional("alt");
                break;
            case YamlSequenceNode seq when seq.Children.Count == 2 || (withAltitude && seq.Children.Count == 3):
                latNode = seq.Children[0];
                lonNode = seq.Children[1];
                altNode = seq.Children.Count == 3 ? seq.Children[2] : null;
                break;
            case YamlSequenceNode seq:
                throw file.Error(node, expected, string.Create(CultureInfo.InvariantCulture, $"a list of {seq.Children.Count} values"), foundIsText: false);
            default:
                throw file.Error(node, expected);
        }

        double lat = Degrees(file, latNode, "a latitude in degrees from -90 to 90 (e.g. 54.1 or '54.1 deg')", 90);
        double lon = Degrees(file, lonNode, "a longitude in degrees from -180 to 180 (e.g. 12.1 or '12.1 deg')", 180);
        double alt = altNode is null ? 0.0 : ValueReader.Quantity(file, altNode, QuantityKind.Length, minAlt, maxAlt);
        return new GeodeticPosition(lat, lon, alt);
    }

    private static double Degrees(YamlFile file, YamlNode node, string expected, double limit)
    {
        string text = file.Text(node, expected);
        double deg;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double bare))
        {
            deg = bare; // bare latitude/longitude: degrees (documented exception to the SI rule)
        }
        else
        {
            try
            {
                deg = UnitValueParser.Parse(file, node, QuantityKind.Angle) * 180.0 / Math.PI;
            }
            catch (ScenarioException ex)
            {
                throw file.Error(node, expected, ex.Hint);
            }
        }

        if (!double.IsFinite(deg) || Math.Abs(deg) > limit)
        {
            throw file.Error(node, expected);
        }

        return deg;
    }
}
