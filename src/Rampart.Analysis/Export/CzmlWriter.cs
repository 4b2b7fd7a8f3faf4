using System.Globalization;
using System.Text.Json;
using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Export;

/// <summary>
/// Writes a run as CZML (run.czml) for Cesium: a document packet whose clock spans the scenario
/// from its UTC start time and which carries the Rampart version, scenario hash and seed; one
/// packet per threat and interceptor with its sampled positions (<c>cartographicDegrees</c>:
/// seconds from the epoch, longitude, latitude, height above the WGS-84 ellipsoid) and its
/// availability; one point per site and defended asset.
/// </summary>
public static class CzmlWriter
{
    public static void Write(Stream stream, ScenarioModel scenario, RunRecording recording, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(stamp);
        var start = scenario.StartUtc.ToUniversalTime();
        string Iso(double s) => start.AddSeconds(s).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        string interval = Iso(0) + "/" + Iso(scenario.DurationS);

        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        w.WriteStartArray();
        w.WriteStartObject();
        w.WriteString("id", "document");
        w.WriteString("name", scenario.Name);
        w.WriteString("version", "1.0");
        w.WriteStartObject("clock");
        w.WriteString("interval", interval);
        w.WriteString("currentTime", Iso(0));
        w.WriteNumber("multiplier", 10);
        w.WriteString("range", "LOOP_STOP");
        w.WriteString("step", "SYSTEM_CLOCK_MULTIPLIER");
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("rampart_version", stamp.RampartVersion);
        w.WriteString("scenario_sha256", stamp.ScenarioHash);
        w.WriteNumber("seed", stamp.Seed);
        w.WriteEndObject();
        w.WriteEndObject();

        foreach (var site in ExportSites.Of(scenario))
        {
            w.WriteStartObject();
            w.WriteString("id", site.Id);
            w.WriteString("name", site.Name);
            w.WriteString("description", site.Kind);
            w.WriteStartObject("position");
            w.WriteStartArray("cartographicDegrees");
            w.WriteNumberValue(Math.Round(site.Position.LongitudeDeg, 7));
            w.WriteNumberValue(Math.Round(site.Position.LatitudeDeg, 7));
            w.WriteNumberValue(Math.Round(site.Position.AltitudeM, 1));
            w.WriteEndArray();
            w.WriteEndObject();
            WritePoint(w, site.Kind == "asset" ? [128, 0, 128, 255] : [30, 60, 200, 255], 10);
            w.WriteStartObject("label");
            w.WriteString("text", site.Name);
            w.WriteString("font", "12px sans-serif");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        foreach (var path in recording.Paths)
        {
            if (path.Points.Count == 0)
            {
                continue;
            }

            bool threat = path.Kind == RecordedEntityKind.Threat;
            double first = path.Points[0].TimeS, last = path.Points[^1].TimeS;
            w.WriteStartObject();
            w.WriteString("id", (threat ? "threat-" : "interceptor-") + path.Id.ToString(CultureInfo.InvariantCulture));
            w.WriteString("name", threat ? path.Label : string.Create(CultureInfo.InvariantCulture, $"{path.Type} #{path.Id} from {path.Label}"));
            w.WriteString("description", path.Type);
            w.WriteString("availability", Iso(first) + "/" + Iso(last));
            w.WriteStartObject("position");
            w.WriteString("epoch", Iso(0));
            w.WriteString("interpolationAlgorithm", "LINEAR");
            w.WriteStartArray("cartographicDegrees");
            foreach (var p in path.Points)
            {
                w.WriteNumberValue(Math.Round(p.TimeS, 3));
                w.WriteNumberValue(Math.Round(p.Position.LongitudeDeg, 7));
                w.WriteNumberValue(Math.Round(p.Position.LatitudeDeg, 7));
                w.WriteNumberValue(Math.Round(p.Position.AltitudeM, 1));
            }

            w.WriteEndArray();
            w.WriteEndObject();
            byte[] rgba = threat ? [220, 20, 60, 255] : [34, 139, 34, 255];
            WritePoint(w, rgba, threat ? 8 : 5);
            w.WriteStartObject("path");
            w.WriteNumber("width", threat ? 2 : 1);
            w.WriteNumber("leadTime", 0);
            w.WriteNumber("trailTime", 1e6);
            w.WriteStartObject("material");
            w.WriteStartObject("solidColor");
            WriteColor(w, rgba);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WritePoint(Utf8JsonWriter w, byte[] rgba, int pixelSize)
    {
        w.WriteStartObject("point");
        w.WriteNumber("pixelSize", pixelSize);
        WriteColor(w, rgba);
        w.WriteEndObject();
    }

    private static void WriteColor(Utf8JsonWriter w, byte[] rgba)
    {
        w.WriteStartObject("color");
        w.WriteStartArray("rgba");
        foreach (byte b in rgba)
        {
            w.WriteNumberValue(b);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
