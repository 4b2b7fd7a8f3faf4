namespace Rampart.Core.Tracking.Files;

/// <summary>One polar detection: slant range (m), azimuth (radians clockwise from north, in [0, 2π)) and elevation (radians), about its sensor.</summary>
public readonly record struct PolarDetection(double RangeM, double AzimuthRad, double ElevationRad);

/// <summary>The detections of one sensor's scan at <paramref name="TimeS"/> (seconds); <paramref name="SensorIndex"/> indexes the sensors file's list.</summary>
public sealed record PolarScan(double TimeS, int SensorIndex, PolarDetection[] Detections);

/// <summary>
/// Reads polar detections <c>time_s,sensor,range_m,azimuth_deg,elevation_deg</c> (header row;
/// one row per detection; rows with the same time and sensor form one scan, in any order in the
/// file). Azimuth is degrees clockwise from true north at the sensor, any finite value (taken
/// modulo 360); elevation degrees above the sensor's local horizontal plane, −90 to 90. Errors
/// are <see cref="TrackFileException"/>s naming file, line and column. Stateless.
/// </summary>
public static class PolarCsv
{
    /// <summary>The detections file's header row.</summary>
    public static readonly string[] DetectionColumns = ["time_s", "sensor", "range_m", "azimuth_deg", "elevation_deg"];

    /// <summary>
    /// Whether a detections file's header row (its first line) is the polar one: its second
    /// column is named <c>sensor</c>. Anything else is read as the Cartesian file.
    /// </summary>
    public static bool IsPolarHeader(string? headerLine)
    {
        if (headerLine is null)
        {
            return false;
        }

        string[] names = headerLine.Split(',');
        return names.Length >= 2 && names[1].Trim() == "sensor";
    }

    /// <summary>
    /// Reads a detections file into scans ordered by time, then by sensor index (the order of the
    /// sensors file). <paramref name="sensorIndex"/> maps each sensor name to its index.
    /// </summary>
    public static IReadOnlyList<PolarScan> ReadDetections(TextReader reader, string path, IReadOnlyDictionary<string, int> sensorIndex)
    {
        ArgumentNullException.ThrowIfNull(sensorIndex);
        var table = CsvTable.Open(reader, path, DetectionColumns);
        var scans = new SortedDictionary<(double, int), List<PolarDetection>>();
        string known = string.Join(", ", sensorIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key));
        while (table.Next())
        {
            double t = table.Number(0, "seconds");
            string name = table.Text(1);
            if (!sensorIndex.TryGetValue(name, out int sensor))
            {
                throw table.Error(1, $"a sensor named in the sensors file ({known})", name);
            }

            double r = table.Number(2, "metres");
            if (!(r > 0))
            {
                throw table.Error(2, "a positive slant range in metres (range_m)", table.Text(2));
            }

            double az = table.Number(3, "degrees clockwise from north");
            double el = table.Number(4, "degrees above the horizontal");
            if (el < -90 || el > 90)
            {
                throw table.Error(4, "an elevation from -90 to 90 degrees (elevation_deg)", table.Text(4));
            }

            double azRad = (((az % 360) + 360) % 360) * Math.PI / 180;
            if (!scans.TryGetValue((t, sensor), out var list))
            {
                scans[(t, sensor)] = list = [];
            }

            list.Add(new PolarDetection(r, azRad, el * Math.PI / 180));
        }

        return [.. scans.Select(kv => new PolarScan(kv.Key.Item1, kv.Key.Item2, [.. kv.Value]))];
    }
}
