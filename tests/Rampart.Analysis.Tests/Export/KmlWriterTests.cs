using System.Globalization;
using System.Xml.Linq;
using Rampart.Analysis.Export;

namespace Rampart.Analysis.Tests.Export;

public sealed class KmlWriterTests
{
    private static readonly XNamespace Kml = "http://www.opengis.net/kml/2.2";
    private static readonly XNamespace Gx = "http://www.google.com/kml/ext/2.2";

    [Fact]
    public void Kml_IsWellFormed_WithOneGxTrackPerEntity_AndPlacemarksForSites()
    {
        using var stream = new MemoryStream();
        KmlWriter.Write(stream, RecordedRun.Scenario, RecordedRun.Recording, RecordedRun.Stamp);
        stream.Position = 0;
        var doc = XDocument.Load(stream);

        Assert.Equal(Kml + "kml", doc.Root!.Name);
        var document = Assert.Single(doc.Root.Elements(Kml + "Document"));
        var data = document.Element(Kml + "ExtendedData")!.Elements(Kml + "Data").ToDictionary(d => (string)d.Attribute("name")!, d => d.Element(Kml + "value")!.Value);
        Assert.Equal("7", data["seed"]);
        Assert.Equal(RecordedRun.Scenario.ContentHash, data["scenario_sha256"]);
        Assert.True(data.ContainsKey("rampart_version"));

        // One gx:Track per threat (SmallRaid: 4) and per interceptor fired.
        var tracks = doc.Descendants(Gx + "Track").ToList();
        Assert.Equal(4 + RecordedRun.Result.InterceptorsLaunched, tracks.Count);
        var start = new DateTimeOffset(2025, 6, 1, 4, 30, 0, TimeSpan.Zero);
        foreach (var track in tracks)
        {
            var whens = track.Elements(Kml + "when").Select(w => DateTimeOffset.Parse(w.Value, CultureInfo.InvariantCulture)).ToList();
            var coords = track.Elements(Gx + "coord").Select(c => c.Value.Split(' ')).ToList();
            Assert.NotEmpty(whens);
            Assert.Equal(whens.Count, coords.Count);
            Assert.All(whens, w => Assert.InRange(w, start, start.AddMinutes(5)));
            Assert.All(coords, c => Assert.Equal(3, c.Length));
            Assert.Equal("absolute", track.Element(Kml + "altitudeMode")!.Value);
        }

        // Sites and assets: command post, search radar, engagement radar, two launchers, the city.
        var points = doc.Descendants(Kml + "Point").ToList();
        Assert.Equal(6, points.Count);
        Assert.All(points, p => Assert.Equal(3, p.Element(Kml + "coordinates")!.Value.Split(',').Length));
    }
}
