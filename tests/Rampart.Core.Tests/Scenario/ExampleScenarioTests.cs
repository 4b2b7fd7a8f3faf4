using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class ExampleScenarioTests
{
    private static string ScenarioPath(string file) => Path.Combine(AppContext.BaseDirectory, "data", "scenarios", file);

    [Fact]
    public void Quickstart_Loads_WithTheRaidItDescribes()
    {
        ScenarioModel s = ScenarioLoader.Load(ScenarioPath("quickstart.yaml"), ScenarioText.Library.Value);
        Assert.Equal("quickstart", s.Name);
        Assert.Equal(18 * 60.0, s.DurationS);
        int Count(ThreatCategory c) => s.Threats.Where(t => t.Threat.Category == c).Sum(t => t.Count);
        Assert.Equal(8, Count(ThreatCategory.CruiseMissile));
        Assert.Equal(4, Count(ThreatCategory.Fighter));
        Assert.Equal(2, Count(ThreatCategory.StealthFighter));
        Assert.Equal(2, Count(ThreatCategory.BallisticMissile));
        Battery b = Assert.Single(s.Batteries);
        Assert.Equal(2, b.FireUnits.Count);
        Assert.Equal(35.0, b.SearchRadars.Single(r => r.Radar.Name == "96L6E").MastHeightM);
        Assert.Equal("City", s.Threats.Single(t => t.Name == "Cruise missiles north").TargetAsset);
        Assert.Equal(64, s.ContentHash.Length);
        Assert.True(Path.IsPathRooted(s.SourcePath));
    }

    [Fact]
    public void Saturation_Loads_With300Threats()
    {
        ScenarioModel s = ScenarioLoader.Load(ScenarioPath("saturation.yaml"), ScenarioText.Library.Value);
        Assert.Equal(300, s.Threats.Sum(t => t.Count));
        Assert.Equal(1200.0, s.DurationS);
        Assert.Equal(5, s.Threats.Select(t => t.Threat.Category).Distinct().Count());
    }

    [Fact]
    public void SeaAndJamming_Loads_WithSeaMultipathAndTwoJammers()
    {
        ScenarioModel s = ScenarioLoader.Load(ScenarioPath("sea-and-jamming.yaml"), ScenarioText.Library.Value);
        Assert.Equal(new RadarEnvironment(SurfaceKind.Sea, 3, Multipath: true), s.Environment);
        Assert.Equal(2, s.Jammers.Count);
        Assert.Equal(JammerKind.StandOff, s.Jammers[0].Kind);
        Assert.Equal("Strike fighters", s.Jammers[1].CarrierGroup);
        // The same raid as the quickstart.
        ScenarioModel q = ScenarioLoader.Load(ScenarioPath("quickstart.yaml"), ScenarioText.Library.Value);
        Assert.Equal(q.Threats.Sum(t => t.Count), s.Threats.Sum(t => t.Count));
    }

    [Fact]
    public void Waypoint_MachConvertedAtItsOwnAltitude()
    {
        // Fighters fly Mach 0.9 at 9 km: a = 303.79 m/s (1976 table) → 273.4 m/s.
        ScenarioModel s = ScenarioLoader.Load(ScenarioPath("quickstart.yaml"), ScenarioText.Library.Value);
        Waypoint w = s.Threats.Single(t => t.Name == "Strike fighters").Route![0];
        Assert.Equal(9000.0, w.Position.AltitudeM);
        Assert.Equal(273.4, w.SpeedMps, 0.1);
    }
}
