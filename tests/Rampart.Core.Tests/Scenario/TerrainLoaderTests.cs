using Rampart.Core.Geo.Terrain;
using Rampart.Core.Scenario;
using Rampart.Core.Tests.Geo.Terrain;

namespace Rampart.Core.Tests.Scenario;

public sealed class TerrainLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rampart-terrain-" + Guid.NewGuid().ToString("N"));

    public TerrainLoaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string ScenarioWithTerrain(string directoryText) =>
        ScenarioText.Valid + "\nterrain: {directory: " + directoryText + "}\n";

    [Fact]
    public void Terrain_DirectoryIsRelativeToTheScenarioFile()
    {
        SyntheticTerrain.Write(Path.Combine(_dir, "hgt"), "N54E012.hgt", HgtTile.Encode(1201, (_, _) => 42));
        string path = Path.Combine(_dir, "s.yaml");
        File.WriteAllText(path, ScenarioWithTerrain("hgt"));

        var model = ScenarioLoader.Load(path, ScenarioText.Library.Value);

        Assert.NotNull(model.Terrain);
        Assert.Equal(1, model.Terrain.TileCount);
        Assert.Equal(42.0, model.Terrain.HeightAt(54.5, 12.5), 9);
    }

    [Fact]
    public void NoTerrainKey_IsTheSmoothEarth()
    {
        var model = ScenarioLoader.Parse(ScenarioText.Valid, "t.yaml", ScenarioText.Library.Value);
        Assert.Null(model.Terrain);
    }

    [Fact]
    public void MissingDirectory_IsAnErrorAtTheKey()
    {
        string text = ScenarioWithTerrain("nowhere-rampart-terrain");
        var ex = ScenarioText.Fails(text);
        var (line, column) = ScenarioText.Locate(text, "nowhere-rampart-terrain");
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains("no such directory", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadTile_IsAnErrorNamingTheTile()
    {
        SyntheticTerrain.Write(Path.Combine(_dir, "bad"), "N54E012.hgt", new byte[12]);
        string path = Path.Combine(_dir, "s.yaml");
        File.WriteAllText(path, ScenarioWithTerrain("bad"));
        var ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(path, ScenarioText.Library.Value));
        Assert.Contains("N54E012.hgt", ex.Message, StringComparison.Ordinal);
        Assert.Contains("12 bytes", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Line > 0);
    }
}
