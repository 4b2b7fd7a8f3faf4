using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tests.Simulation;

namespace Rampart.Core.Tests.BattleManagement;

/// <summary>
/// Several batteries: the saturation battalion split in two — Battery A (FU-1, FU-2, the search
/// radars) and Battery B (FU-3, no search radar of its own, a smaller command post: 8 targets,
/// 16 missiles) — coordinated independently, by sectors, or by a common plan.
/// </summary>
public class CoordinationTests
{
    private static string TwoBatteries(string coordinationA, string coordinationB, string doctrineA = "{assignment: heuristic}")
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", "saturation.yaml"));
        const string CommandPostA = "cycle: 2 s, max_targets: 36, max_missiles: 72}";
        const string Fu3 = "      - name: FU-3\n";
        Assert.Contains(CommandPostA, text, StringComparison.Ordinal);
        Assert.Contains(Fu3, text, StringComparison.Ordinal);
        text = text.Replace(CommandPostA, "cycle: 2 s, max_targets: 36, max_missiles: 72" + coordinationA + "}", StringComparison.Ordinal);
        return text.Replace(Fu3,
            "    doctrine: " + doctrineA + "\n"
            + "  - name: Battery B\n"
            + "    command_post: {position: [53.93, 12.25, 20 m], cycle: 2 s, max_targets: 8, max_missiles: 16" + coordinationB + "}\n"
            + "    fire_units:\n"
            + Fu3, StringComparison.Ordinal);
    }

    [Fact]
    public void CoordinationKeys_AreRead()
    {
        var scenario = SimulationScenarios.Parse(TwoBatteries(", coordination: sectors, sector: [270 deg, 90 deg]", ", coordination: common"));

        Assert.Equal(Coordination.Sectors, scenario.Batteries[0].CommandPost.Coordination);
        Assert.Equal(3 * Math.PI / 2, scenario.Batteries[0].CommandPost.Sector!.Value.FromRad, 12);
        Assert.Equal(Math.PI / 2, scenario.Batteries[0].CommandPost.Sector!.Value.ToRad, 12);
        Assert.Equal(Coordination.Common, scenario.Batteries[1].CommandPost.Coordination);
        Assert.Equal(Coordination.Independent, SimulationScenarios.Shipped("saturation").Batteries[0].CommandPost.Coordination);
    }

    [Fact]
    public void Sectors_WithoutASector_IsAnErrorAtTheCommandPost()
    {
        string text = TwoBatteries(", coordination: sectors", "");
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("coordination: sectors", StringComparison.Ordinal)) + 1;

        var e = Assert.Throws<Rampart.Core.Scenario.ScenarioException>(() => SimulationScenarios.Parse(text));

        Assert.Equal(line, e.Line);
        Assert.Contains("sector", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(270, 90, 0, true)]    // across north
    [InlineData(270, 90, 359, true)]
    [InlineData(270, 90, 180, false)]
    [InlineData(90, 180, 135, true)]
    [InlineData(90, 180, 200, false)]
    [InlineData(90, 180, -225, true)] // −225° is 135°
    public void AzimuthSector_RunsClockwiseFromItsFirstToItsSecondAzimuth(double from, double to, double azimuth, bool inside)
    {
        const double Rad = Math.PI / 180;

        Assert.Equal(inside, new AzimuthSector(from * Rad, to * Rad).Contains(azimuth * Rad));
    }

    [Fact]
    public void CommonPlan_KeepsEveryUnitsAndCommandPostsLimits_AndNeverEngagesATrackTwice()
    {
        var scenario = SimulationScenarios.Parse(TwoBatteries(", coordination: common", ", coordination: common"));
        var (result, events) = SimulationScenarios.Run(scenario, 5);
        var units = scenario.Batteries.SelectMany(b => b.FireUnits.Select(f => (Battery: b, Unit: f))).ToList();
        var unitOfLauncher = units.SelectMany(u => u.Unit.Launchers.Select(l => (l.Name, u))).ToDictionary(x => x.Name, x => x.u);
        var engagementsOf = new Dictionary<int, (int Track, string Unit)>();
        foreach (var e in events.Where(e => e.Kind == EventKind.EngagementAssigned))
        {
            engagementsOf[e.EngagementId!.Value] = (e.TrackId!.Value, e.Source!);
        }

        // Missiles in flight (launch → kill or miss), at every event: within each fire unit's
        // channels, each command post's totals, and never two engagements of one track at once.
        var inFlight = new Dictionary<int, (Battery Battery, FireUnit Unit, int Engagement)>();
        foreach (var e in events)
        {
            if (e.Kind == EventKind.Launch)
            {
                var (battery, unit) = unitOfLauncher[e.Source!];
                inFlight[e.InterceptorId!.Value] = (battery, unit, e.EngagementId!.Value);
            }
            else if (e.Kind is EventKind.Kill or EventKind.Miss && e.InterceptorId is int id)
            {
                inFlight.Remove(id);
            }

            foreach (var (battery, unit) in units)
            {
                var mine = inFlight.Values.Where(v => v.Unit == unit).ToList();
                Assert.True(mine.Count <= unit.MaxMissiles, $"{unit.Name}: {mine.Count} missiles guided at {e.Time} s");
                Assert.True(mine.Select(v => v.Engagement).Distinct().Count() <= unit.MaxTargets, $"{unit.Name}: too many targets at {e.Time} s");
            }

            foreach (var battery in scenario.Batteries)
            {
                var theirs = inFlight.Values.Where(v => v.Battery == battery).ToList();
                Assert.True(theirs.Count <= battery.CommandPost.MaxMissiles, $"{battery.Name}: {theirs.Count} missiles at {e.Time} s");
                Assert.True(theirs.Select(v => v.Engagement).Distinct().Count() <= battery.CommandPost.MaxTargets, $"{battery.Name}: too many targets at {e.Time} s");
            }

            var tracksEngaged = inFlight.Values.Select(v => v.Engagement).Distinct().Select(id => engagementsOf[id].Track).ToList();
            Assert.True(tracksEngaged.Count == tracksEngaged.Distinct().Count(), $"a track engaged twice at {e.Time} s");
        }

        int loaded = units.SelectMany(u => u.Unit.Launchers).Sum(l => l.Missiles);
        Assert.True(result.InterceptorsLaunched <= loaded);
        // One plan over both batteries: both fire.
        Assert.Contains(events, e => e.Kind == EventKind.Launch && unitOfLauncher[e.Source!].Battery == scenario.Batteries[0]);
        Assert.Contains(events, e => e.Kind == EventKind.Launch && unitOfLauncher[e.Source!].Battery == scenario.Batteries[1]);
    }

    [Fact]
    public void Sectors_ABatteryFiresOnlyIntoItsOwnSector()
    {
        // Battery B owns only 170–190° (south), where no threat comes from: it fires nothing,
        // whereas on its own (independent) it fires at what its 92N6E sees.
        var sectors = SimulationScenarios.Parse(TwoBatteries("", ", coordination: sectors, sector: [170 deg, 190 deg]"));
        var independent = SimulationScenarios.Parse(TwoBatteries("", ""));
        var fu3 = sectors.Batteries[1].FireUnits[0].Launchers.Select(l => l.Name).ToHashSet();

        var (_, inSector) = SimulationScenarios.Run(sectors, 5);
        var (_, alone) = SimulationScenarios.Run(independent, 5);

        Assert.DoesNotContain(inSector, e => e.Kind == EventKind.Launch && fu3.Contains(e.Source!));
        Assert.Contains(alone, e => e.Kind == EventKind.Launch && fu3.Contains(e.Source!));
    }
}
