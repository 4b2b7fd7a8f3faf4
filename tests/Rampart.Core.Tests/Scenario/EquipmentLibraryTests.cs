using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class EquipmentLibraryTests
{
    private const string Launcher = """
        kind: launcher
        name: TestLauncher
        parameters:
          canisters: {value: 4, source: "brochure"}
          launch_interval: {value: 3 s, source: "brochure"}
          reload_time: {value: 30 min, source: assumed, reason: "not published"}
        """;

    private static EquipmentLibrary FromText(string text) => EquipmentLibrary.FromTexts("mem", [("test.yaml", text)]);

    [Fact]
    public void DefaultLibrary_HasAllTwentyTwoItems()
    {
        EquipmentLibrary lib = ScenarioText.Library.Value;
        Assert.Equal(["76T6", "77T6", "91N6AM", "91N6E", "92N6E", "96L6-TsP", "96L6E"], lib.RadarNames);
        Assert.Equal(["5P85", "77P6"], lib.LauncherNames);
        Assert.Equal(["40N6E", "40N6M", "48N6E2", "48N6E3", "77N6-N", "77N6-N1", "9M96E2"], lib.MissileNames);
        Assert.Equal(["drone", "fighter-4th-gen", "medium-range-ballistic-missile", "stealth-fighter", "subsonic-cruise-missile", "tactical-ballistic-missile"], lib.ThreatNames);
        Assert.Equal(22, lib.Names.Count);
    }

    [Fact]
    public void DefaultLibrary_ConvertsPublishedFiguresToSi()
    {
        EquipmentLibrary lib = ScenarioText.Library.Value;
        Assert.Equal(600_000.0, lib.Radar("91N6E").ReferenceRangeM);       // Sputnik 2018: ~600 km
        Assert.Equal(100, lib.Radar("96L6E").MaxTracks);                   // RT: up to 100 targets
        Assert.Equal((10, 20), lib.EngagementChannels("92N6E"));           // 6-10 targets, 12-20 missiles, upper ends
        Assert.Null(lib.EngagementChannels("91N6E"));
        Assert.Equal(400_000.0, lib.Missile("40N6E").MaxRangeM);
        Assert.Equal(200_000.0, lib.Missile("48N6E2").MaxRangeM);
        Assert.Equal(250_000.0, lib.Missile("48N6E3").MaxRangeM);
        Assert.Equal(120_000.0, lib.Missile("9M96E2").MaxRangeM);
        Assert.Equal(20.0, lib.Missile("48N6E2").MaxLateralG, 1e-9);       // 20 g written as '20 g'
        Assert.Equal(4, lib.Launcher("5P85").Canisters);
        Assert.Equal(4, lib.MissilesPerCanister("9M96E2"));
        Assert.Equal(ThreatCategory.BallisticMissile, lib.Threat("tactical-ballistic-missile").Category);
        Assert.StartsWith("assumed: ", lib.SourcesOf("92N6E")["scan_period"], StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultLibrary_EveryValueHasASource()
    {
        EquipmentLibrary lib = ScenarioText.Library.Value;
        foreach (string name in lib.Names)
        {
            Assert.All(lib.SourcesOf(name).Values, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        }
    }

    [Fact]
    public void ValueWithoutSource_IsRejected()
    {
        string text = Launcher.Replace("{value: 4, source: \"brochure\"}", "4", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        (int line, int column) = ScenarioText.Locate(text, "4\n");
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains("source", ex.Expected, StringComparison.Ordinal);
        Assert.Equal("4", ex.Found);
    }

    [Fact]
    public void SourcedMappingWithoutSourceKey_IsRejected()
    {
        string text = Launcher.Replace("{value: 3 s, source: \"brochure\"}", "{value: 3 s}", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        Assert.Equal(ScenarioText.Locate(text, "{value: 3 s}"), (ex.Line, ex.Column));
        Assert.Contains("the key 'source'", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void AssumedValueWithoutReason_IsRejected()
    {
        string text = Launcher.Replace(", reason: \"not published\"", "", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        Assert.Contains("the key 'reason'", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingParameter_IsRejected()
    {
        string text = Launcher.Replace("  launch_interval: {value: 3 s, source: \"brochure\"}\n", "", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        Assert.Contains("the parameter 'launch_interval'", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownParameter_SuggestsClosest()
    {
        string text = Launcher.Replace("canisters:", "canister:", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        Assert.Equal("did you mean 'canisters'?", ex.Hint);
        Assert.Equal(ScenarioText.Locate(text, "canister:"), (ex.Line, ex.Column));
    }

    [Fact]
    public void EquipmentValueOfWrongDimension_IsRejected()
    {
        string text = Launcher.Replace("{value: 3 s,", "{value: 3 km,", StringComparison.Ordinal);
        ScenarioException ex = Assert.Throws<ScenarioException>(() => FromText(text));
        Assert.Equal(ScenarioText.Locate(text, "3 km"), (ex.Line, ex.Column));
        Assert.Contains("a duration", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateName_IsRejected()
    {
        ScenarioException ex = Assert.Throws<ScenarioException>(
            () => EquipmentLibrary.FromTexts("mem", [("a.yaml", Launcher), ("b.yaml", Launcher)]));
        Assert.Equal("b.yaml", ex.FilePath);
        Assert.Contains("a.yaml", ex.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingDirectory_IsAScenarioException()
    {
        ScenarioException ex = Assert.Throws<ScenarioException>(() => EquipmentLibrary.Load(Path.Combine(AppContext.BaseDirectory, "no-such-dir")));
        Assert.Equal("no such directory", ex.Found);
    }
}
