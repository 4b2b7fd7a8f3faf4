using Rampart.Core.Geo;
using Rampart.Core.Scenario;
using Rampart.Core.Sensors;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Tracking.Files;

/// <summary>
/// One sensor of a polar detections file: where its antenna is and how accurate it is.
/// </summary>
/// <param name="Name">The name used in the detections file's <c>sensor</c> column.</param>
/// <param name="Position">Antenna position (degrees, metres above the WGS-84 ellipsoid as the scenario format reads altitudes).</param>
/// <param name="SigmaRangeM">Range error standard deviation, m.</param>
/// <param name="SigmaAzimuthRad">Azimuth error standard deviation, rad.</param>
/// <param name="SigmaElevationRad">Elevation error standard deviation, rad.</param>
/// <param name="MaxRangeM">Instrumented range, m: beyond it the sensor is not expected to see a track (no miss counted); null for unlimited.</param>
public sealed record TrackingSensor(string Name, GeodeticPosition Position, double SigmaRangeM, double SigmaAzimuthRad, double SigmaElevationRad, double? MaxRangeM);

/// <summary>The sensors of a polar detections file and the origin of the tracker's ENU frame.</summary>
public sealed record TrackingSensors(GeodeticPosition Origin, IReadOnlyList<TrackingSensor> Sensors)
{
    /// <summary>The tracker's frame: ENU at <see cref="Origin"/>; tracks and truth are in it.</summary>
    public EnuFrame Frame { get; } = new(Origin);

    /// <summary>Each sensor's index (its place in the file) by name.</summary>
    public IReadOnlyDictionary<string, int> IndexByName => Sensors.Select((s, i) => (s.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

    /// <summary>
    /// The sensors as the tracker sees them: ENU frame at the antenna (azimuth from the local
    /// north, elevation from the local horizontal there), field of regard = within
    /// <see cref="TrackingSensor.MaxRangeM"/> (everything when unset). No horizon or angular limit
    /// is assumed: the file does not describe them.
    /// </summary>
    public IReadOnlyList<SensorSite> ToSites() =>
    [
        .. Sensors.Select((s, i) =>
        {
            var frame = new EnuFrame(s.Position);
            double max = s.MaxRangeM ?? double.PositiveInfinity;
            return new SensorSite(s.Name, i, frame, ScanPeriodS: 0, FieldOfRegard: p => frame.ToEnu(p).Length <= max);
        }),
    ];
}

/// <summary>
/// Reads the sensors file of <c>rampart track</c>'s polar input (YAML, strict keys, errors naming
/// file, line and column like the scenario loader):
/// <code>
/// origin: {lat: 55.0, lon: 37.0, alt: 150 m}   # optional: the tracker frame's origin (default: the first sensor)
/// sensors:
///   - name: north
///     position: {lat: 55.3, lon: 37.1, alt: 200 m}   # geodetic, or
///     # local: {x: 10 km, y: 30 km, z: 20 m}        # metres east, north, up of the origin
///     sigma_range: 50 m
///     sigma_azimuth: 0.2 deg
///     sigma_elevation: 0.3 deg
///     max_range: 400 km                               # optional
/// </code>
/// A <c>local</c> position needs an <c>origin</c>. Stateless.
/// </summary>
public static class TrackingSensorsFile
{
    private static readonly string[] TopKeys = ["origin", "sensors"];
    private static readonly string[] SensorKeys = ["name", "position", "local", "sigma_range", "sigma_azimuth", "sigma_elevation", "max_range"];

    /// <summary>Reads the file at <paramref name="path"/>; a missing or unreadable file is an error at the file.</summary>
    public static TrackingSensors Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, 0, 0, "a readable sensors file", ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message, foundIsText: false, innerException: ex);
        }

        return Parse(text, path);
    }

    /// <summary>Parses sensors-file text; <paramref name="path"/> names it in errors.</summary>
    public static TrackingSensors Parse(string text, string path)
    {
        var file = YamlFile.Parse(text, path);
        var top = file.Mapping(file.Root, "the sensors file", TopKeys);
        GeodeticPosition? origin = top.Optional("origin") is YamlNode o ? PositionReader.Read(file, o) : null;
        var list = file.Sequence(top.Required("sensors", "a list of sensors"), "a list of sensors (each '- name: …')");
        if (list.Children.Count == 0)
        {
            throw file.Error(list, "at least one sensor", "an empty list", foundIsText: false);
        }

        var sensors = new List<TrackingSensor>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var m = file.Mapping(node, "a sensor", SensorKeys);
            var nameNode = m.Required("name", "the name used in the detections file");
            string name = ValueReader.Name(file, nameNode, "a sensor name");
            if (name.Contains(',', StringComparison.Ordinal))
            {
                throw file.Error(nameNode, "a sensor name without commas (it is a CSV field)");
            }

            if (!names.Add(name))
            {
                throw file.Error(nameNode, "a sensor name not used before", name, foundIsText: true);
            }

            GeodeticPosition position = (m.Optional("position"), m.Optional("local")) switch
            {
                (YamlNode p, null) => PositionReader.Read(file, p),
                (null, YamlNode l) => Local(file, l, origin ?? throw file.Error(m.KeyNode("local"), "a top-level 'origin' (local positions are relative to it)", "a local position without an origin", foundIsText: false)),
                (null, null) => throw file.Error(m.Node, "the key 'position' (geodetic) or 'local' (x, y, z from the origin) in a sensor", "a sensor without a position", foundIsText: false),
                _ => throw file.Error(m.KeyNode("local"), "either 'position' or 'local' in a sensor, not both", "both", foundIsText: false),
            };
            double sr = ValueReader.Quantity(file, m.Required("sigma_range", "range error standard deviation"), QuantityKind.Length, 0, 1e6, minExclusive: true);
            double sa = ValueReader.Quantity(file, m.Required("sigma_azimuth", "azimuth error standard deviation"), QuantityKind.Angle, 0, Math.PI / 2, minExclusive: true);
            double se = ValueReader.Quantity(file, m.Required("sigma_elevation", "elevation error standard deviation"), QuantityKind.Angle, 0, Math.PI / 2, minExclusive: true);
            double? max = m.Optional("max_range") is YamlNode r ? ValueReader.Quantity(file, r, QuantityKind.Length, 0, 1e8, minExclusive: true) : null;
            sensors.Add(new TrackingSensor(name, position, sr, sa, se, max));
        }

        return new TrackingSensors(origin ?? sensors[0].Position, sensors);
    }

    /// <summary>A local position {x, y, z} (lengths east, north, up of <paramref name="origin"/>) → geodetic.</summary>
    private static GeodeticPosition Local(YamlFile file, YamlNode node, GeodeticPosition origin)
    {
        var m = file.Mapping(node, "a local position", "x", "y", "z");
        double x = ValueReader.Quantity(file, m.Required("x", "metres east of the origin"), QuantityKind.Length, -1e7, 1e7);
        double y = ValueReader.Quantity(file, m.Required("y", "metres north of the origin"), QuantityKind.Length, -1e7, 1e7);
        double z = m.Optional("z") is YamlNode zn ? ValueReader.Quantity(file, zn, QuantityKind.Length, -1e5, 1e5) : 0;
        return Wgs84.ToGeodetic(new EnuFrame(origin).ToEcef(new Vec3(x, y, z)));
    }
}
