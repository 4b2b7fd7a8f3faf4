using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;
using Rampart.Core.Tests.Simulation;

namespace Rampart.Core.Tests.Scenario;

public class S500ScenarioTests
{
    private static ScenarioModel Load(string file) =>
        ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", file), ScenarioText.Library.Value);

    [Fact]
    public void S500Abm_Loads_AnS500BatteryBesideTheS400_AgainstTenBallisticMissiles()
    {
        ScenarioModel s = Load("s500-abm.yaml");
        Assert.Equal(["S-400 Battalion", "S-500 Battery"], s.Batteries.Select(b => b.Name));
        Assert.Equal(10, s.Threats.Sum(t => t.Count));
        Assert.All(s.Threats, t => Assert.Equal(ThreatCategory.BallisticMissile, t.Threat.Category));
        Assert.Equal(3, s.Threats.Select(t => t.Ballistic!.Launch).Distinct().Count());
        Assert.Equal(TrackerMotionModel.Imm, s.Tracker.MotionModel);
        var abm = s.Batteries[1].FireUnits.SelectMany(f => f.Launchers).Select(l => l.Missile).First(m => m.Name == "77N6-N");
        Assert.Equal(7000.0, abm.MaxTargetSpeedMps);   // REFERENCE.md: S-500 targets up to 7 km/s
        Assert.Equal(180_000.0, abm.MaxAltitudeM);     // speculative ceiling, lower end
    }

    [Fact]
    public void S400OnlyVariant_IsTheSameScenarioWithoutTheS500()
    {
        ScenarioModel with = Load("s500-abm.yaml"), without = Load("s500-abm-s400-only.yaml");
        Assert.Equal(["S-400 Battalion"], without.Batteries.Select(b => b.Name));
        Assert.Equal(with.Batteries[0].FireUnits.SelectMany(f => f.Launchers).Select(l => (l.Name, l.Missile.Name, l.Missiles)),
            without.Batteries[0].FireUnits.SelectMany(f => f.Launchers).Select(l => (l.Name, l.Missile.Name, l.Missiles)));
        Assert.Equal(with.Batteries[0].Doctrine, without.Batteries[0].Doctrine);
        Assert.Equal(with.Threats, without.Threats);
        Assert.Equal(with.Tracker, without.Tracker);
        Assert.Equal(with.DurationS, without.DurationS);
    }

    [Fact]
    public void S500Abm_Runs_AndTheS500FiresAntiBallisticMissiles()
    {
        var (result, _) = SimulationScenarios.Run(Load("s500-abm.yaml"), 500);
        Assert.Equal(10, result.PerThreat.Count);
        Assert.True(result.InterceptorsLaunchedByType.GetValueOrDefault("77N6-N") > 0);
        Assert.All(result.PerThreat, t => Assert.NotEqual(ThreatFate.Survived, t.Fate));
    }

    [Fact]
    public void S400Missiles_CarryThePublishedBallisticEnvelope_AndTheS500sDoNot()
    {
        // REFERENCE.md: the S-400 against ballistic targets: about 60 km range, 25 km altitude.
        var lib = ScenarioText.Library.Value;
        foreach (string name in (string[])["40N6E", "48N6E2", "48N6E3", "9M96E2"])
        {
            Assert.Equal(60_000.0, lib.Missile(name).BallisticMaxRangeM);
            Assert.Equal(25_000.0, lib.Missile(name).BallisticMaxAltitudeM);
        }

        Assert.True(double.IsPositiveInfinity(lib.Missile("77N6-N").BallisticMaxAltitudeM));
    }
}
