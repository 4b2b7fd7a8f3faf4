using System.Globalization;
using System.Text;
using System.Xml;
using Rampart.Analysis.Recording;
using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Export;

/// <summary>
/// Writes a run as KML 2.2 (run.kml) for Google Earth: a <c>gx:Track</c> per threat and
/// interceptor (time-tagged from the scenario's UTC start), placemarks for sites and defended
/// assets, and the Rampart version, scenario hash and seed in the document's ExtendedData.
/// </summary>
/// <remarks>
/// Assumption: altitudes are written as heights above the WGS-84 ellipsoid with
/// <c>altitudeMode absolute</c>, which KML reads as above sea level; the geoid separation (tens
/// of metres) is ignored, which matters only for the lowest sea-skimmers.
/// </remarks>
public static class KmlWriter
{
    public const string KmlNamespace = "http://www.opengis.net/kml/2.2";
    public const string GxNamespace = "http://www.google.com/kml/ext/2.2";

    public static void Write(Stream stream, ScenarioModel scenario, RunRecording recording, RunStamp stamp)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(stamp);
        var start = scenario.StartUtc.ToUniversalTime();
        string Iso(double s) => start.AddSeconds(s).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        string F(double v, int digits) => Math.Round(v, digits).ToString(CultureInfo.InvariantCulture);

        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("kml", KmlNamespace);
        w.WriteAttributeString("xmlns", "gx", null, GxNamespace);
        w.WriteStartElement("Document");
        w.WriteElementString("name", scenario.Name);
        w.WriteElementString("description", PlotsStampText(stamp));
        w.WriteStartElement("ExtendedData");
        Data(w, "rampart_version", stamp.RampartVersion);
        Data(w, "scenario_sha256", stamp.ScenarioHash);
        Data(w, "seed", stamp.Seed.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        Style(w, "threat", "ff3c14dc", 2);
        Style(w, "interceptor", "ff228b22", 1);
        Style(w, "site", "ffc83c1e", 1);

        w.WriteStartElement("Folder");
        w.WriteElementString("name", "Sites and assets");
        foreach (var site in ExportSites.Of(scenario))
        {
            w.WriteStartElement("Placemark");
            w.WriteAttributeString("id", site.Id.Replace(' ', '_').Replace(':', '-'));
            w.WriteElementString("name", site.Name);
            w.WriteElementString("description", site.Kind);
            w.WriteElementString("styleUrl", "#site");
            w.WriteStartElement("Point");
            w.WriteElementString("coordinates", F(site.Position.LongitudeDeg, 7) + "," + F(site.Position.LatitudeDeg, 7) + "," + F(site.Position.AltitudeM, 1));
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        foreach (var kind in new[] { RecordedEntityKind.Threat, RecordedEntityKind.Interceptor })
        {
            w.WriteStartElement("Folder");
            w.WriteElementString("name", kind == RecordedEntityKind.Threat ? "Threats" : "Interceptors");
            foreach (var path in recording.Paths.Where(p => p.Kind == kind && p.Points.Count > 0))
            {
                bool threat = kind == RecordedEntityKind.Threat;
                w.WriteStartElement("Placemark");
                w.WriteElementString("name", threat ? path.Label : string.Create(CultureInfo.InvariantCulture, $"{path.Type} #{path.Id} from {path.Label}"));
                w.WriteElementString("description", path.Type);
                w.WriteElementString("styleUrl", threat ? "#threat" : "#interceptor");
                w.WriteStartElement("gx", "Track", GxNamespace);
                w.WriteElementString("altitudeMode", "absolute");
                foreach (var p in path.Points)
                {
                    w.WriteElementString("when", Iso(p.TimeS));
                }

                foreach (var p in path.Points)
                {
                    w.WriteElementString("coord", GxNamespace, F(p.Position.LongitudeDeg, 7) + " " + F(p.Position.LatitudeDeg, 7) + " " + F(p.Position.AltitudeM, 1));
                }

                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static string PlotsStampText(RunStamp stamp) => Plots.PlotStamp.Text(stamp);

    private static void Data(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("Data");
        w.WriteAttributeString("name", name);
        w.WriteElementString("value", value);
        w.WriteEndElement();
    }

    private static void Style(XmlWriter w, string id, string abgr, int width)
    {
        w.WriteStartElement("Style");
        w.WriteAttributeString("id", id);
        w.WriteStartElement("IconStyle");
        w.WriteElementString("color", abgr);
        w.WriteEndElement();
        w.WriteStartElement("LineStyle");
        w.WriteElementString("color", abgr);
        w.WriteElementString("width", width.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
        w.WriteEndElement();
    }
}
