using System.Text.Json;
using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Scenario;
using Rampart.Core.Sensors;

namespace Rampart.Cli.Tests.Commands;

public sealed class CoverageMapCommandTests
{
    private const double Deg = Math.PI / 180.0;

    /// <summary>One 96L6E 10 m up at 55.5° N, 37.1° E (N55E037), one 92N6E facing east; terrain from ./hgt.</summary>
    private const string RidgeScenario = """
        name: ridge
        start: 2025-06-01T04:30:00Z
        duration: 10 min
        seed: 1
        assets:
          - {name: Town, position: [55.45, 37.05], value: 10, radius: 3 km}
        batteries:
          - name: B
            command_post: {position: [55.49, 37.09]}
            search_radars:
              - {name: LowAlt, type: 96L6E, position: [55.5, 37.1, 10 m]}
            fire_units:
              - name: FU
                radar: {type: 92N6E, position: [55.5, 37.1, 10 m], boresight: 90 deg}
                launchers:
                  - {name: L1, type: 5P85, position: [55.49, 37.1], missile: 48N6E2, load: 4}
        threats:
          - name: CM
            type: subsonic-cruise-missile
            route:
              - {position: [56.2, 37.5], altitude: 20 m, speed: Mach 0.75}
              - {position: Town, altitude: 30 m, speed: 250 m/s}
        terrain: {directory: hgt}
        """;

    private static JsonElement[] Features(JsonDocument doc) => doc.RootElement.GetProperty("features").EnumerateArray().ToArray();

    private static JsonElement Feature(JsonDocument doc, string radar) =>
        Features(doc).Single(f => f.GetProperty("properties").GetProperty("radar").GetString() == radar);

    private static List<GeodeticPosition> Ring(JsonElement feature) =>
        feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray()
            .Select(p => new GeodeticPosition(p[1].GetDouble(), p[0].GetDouble(), 0)).ToList();

    [Fact]
    public void Quickstart_GeoJsonIsAFeatureCollectionOfClosedLonLatPolygons_WithTheSmoothEarthRadii()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("coverage", "--scenario", "quickstart", "--map", "--altitude", "100 m", "--out", dir.FullPath);
        Assert.Equal(0, run.ExitCode);
        string geo = dir.PathOf("coverage-map.geojson");
        Assert.Contains(geo, run.Stdout, StringComparison.Ordinal);
        Assert.Contains(dir.PathOf("coverage-map.png"), run.Stdout, StringComparison.Ordinal);
        Assert.True(new FileInfo(dir.PathOf("coverage-map.png")).Length > 10_000);

        using var doc = JsonDocument.Parse(File.ReadAllBytes(geo));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        var features = Features(doc);
        Assert.Equal(4, features.Length); // 91N6E, 96L6E, two 92N6E
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            Assert.Equal("Polygon", f.GetProperty("geometry").GetProperty("type").GetString());
            var ring = Ring(f);
            Assert.True(ring.Count >= 4);
            Assert.Equal(ring[0], ring[^1]); // closed
            // [longitude, latitude]: the quickstart lies near 12° E, 54° N.
            Assert.All(ring, p => Assert.InRange(p.LongitudeDeg, 10.0, 14.0));
            Assert.All(ring, p => Assert.InRange(p.LatitudeDeg, 53.0, 55.0));
            Assert.True(SignedArea(ring) > 0, "exterior ring counterclockwise (RFC 7946 right-hand rule)");
        }

        // 96L6E: ground 5 m + mast 35 m = 40 m antenna; a 100 m target is horizon-limited at
        // √(2kRe·40) + √(2kRe·100) = √(16,989,357 × 40) + √(16,989,357 × 100) = 26,068.7 + 41,218.2
        // = 67,286.9 m (by hand; the exact tangent geometry is shorter by ~1e-5 relative).
        var low = Feature(doc, "96L6E Low-Altitude");
        var site = new GeodeticPosition(54.13, 12.08, 0);
        var library = EquipmentLibrary.LoadDefault();
        Assert.True(library.TryGetRadar("96L6E", out var spec));
        double vertical = VerticalCoverage.ByAltitude(spec, 40.0, VerticalCoverage.PowerLimitedRangeM(spec, 1.0, spec.ReferencePd, spec.ReferencePfa, 1), [100.0])[0].GroundRangeM;
        foreach (var p in Ring(low))
        {
            double r = GreatCircle.DistanceM(site, p);
            Assert.Equal(67_286.9, r, 30.0);
            Assert.Equal(vertical, r, 0.5); // the vertical diagram's range at 100 m, at every azimuth
        }

        // The sector radar's outline starts and ends at its site (FU-1: 54.11° N, 12.20° E).
        var fu1 = Ring(Feature(doc, "FU-1/radar"));
        Assert.Equal(54.11, fu1[0].LatitudeDeg, 9);
        Assert.Equal(12.20, fu1[0].LongitudeDeg, 9);
    }

    [Fact]
    public void Ridge_MasksASector_OfTheSearchRadar()
    {
        // A 500 m ridge along 37.3° E between 55.45° and 55.55° N: 12.6 km east of the radar, ±5.6 km
        // north and south of it, so it hides a 100 m target over azimuths 90° ± atan(5.56/12.6) ≈ 66°–114°
        // (by hand). Elsewhere: horizon-limited, √(2kRe·10) + √(2kRe·100) = 13,034 + 41,218 = 54.3 km.
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.PathOf("hgt"));
        File.WriteAllBytes(Path.Combine(dir.PathOf("hgt"), "N55E037.hgt"),
            HgtTile.Encode(1201, (r, c) => Math.Abs(c - 360) <= 1 && r >= 540 && r <= 660 ? (short)500 : (short)0));
        string scenario = dir.Write("ridge.yaml", RidgeScenario);

        var run = CliRun.Of("coverage", "--scenario", scenario, "--map", "--altitude", "100 m", "--out", dir.FullPath, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.True(summary.RootElement.GetProperty("terrain").GetBoolean());

        using var doc = JsonDocument.Parse(File.ReadAllBytes(dir.PathOf("coverage-map.geojson")));
        var site = new GeodeticPosition(55.5, 37.1, 0);
        var ring = Ring(Feature(doc, "LowAlt"));
        double RangeAt(double azimuthDeg) => ring
            .Where(p => GreatCircle.DistanceM(site, p) > 1)
            .OrderBy(p => Math.Abs(((GreatCircle.InitialBearingRad(site, p) / Deg) - azimuthDeg + 540) % 360 - 180))
            .Select(p => GreatCircle.DistanceM(site, p)).First();

        Assert.InRange(RangeAt(90), 11_000, 12_700);   // stopped at the ridge
        Assert.InRange(RangeAt(75), 11_000, 13_200);
        Assert.InRange(RangeAt(105), 11_000, 13_200);
        Assert.InRange(RangeAt(55), 54_000, 54_400);   // past the ridge's end: the horizon
        Assert.InRange(RangeAt(125), 54_000, 54_400);
        Assert.InRange(RangeAt(270), 54_000, 54_400);
        Assert.InRange(RangeAt(0), 54_000, 54_400);
    }

    [Fact]
    public void Map_WithoutAltitude_IsAUsageError()
    {
        var run = CliRun.Of("coverage", "--scenario", "quickstart", "--map");
        string message = run.AssertBadInput();
        Assert.Contains("--altitude", message, StringComparison.Ordinal);
    }

    /// <summary>Shoelace area in (lon, lat) degrees²: positive for a counterclockwise ring.</summary>
    private static double SignedArea(List<GeodeticPosition> ring)
    {
        double a = 0;
        for (int i = 0; i + 1 < ring.Count; i++)
        {
            a += (ring[i].LongitudeDeg * ring[i + 1].LatitudeDeg) - (ring[i + 1].LongitudeDeg * ring[i].LatitudeDeg);
        }

        return a / 2;
    }
}
