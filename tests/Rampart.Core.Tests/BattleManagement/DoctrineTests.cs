using Rampart.Core.Events;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tests.Simulation;

namespace Rampart.Core.Tests.BattleManagement;

public class DoctrineTests
{
    private static string Quickstart(string doctrineKeys)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", "quickstart.yaml"));
        const string Doctrine = "    doctrine: {salvo_size: 2,";
        Assert.Contains(Doctrine, text, StringComparison.Ordinal);
        return text.Replace(Doctrine, "    doctrine: {" + doctrineKeys + "salvo_size: 2,", StringComparison.Ordinal);
    }

    [Fact]
    public void DoctrineKeys_AreRead()
    {
        var scenario = SimulationScenarios.Parse(Quickstart("assignment: exact, fire: shoot_look_shoot, weapons: tight, "));
        var doctrine = scenario.Batteries[0].Doctrine;

        Assert.Equal(AssignmentSolverKind.Exact, doctrine.Assignment);
        Assert.Equal(FirePolicy.ShootLookShoot, doctrine.Fire);
        Assert.Equal(WeaponsControl.Tight, doctrine.Control);
        Assert.Equal(1, doctrine.MissilesPerEngagement);
    }

    [Fact]
    public void UnknownDoctrineWord_IsAnErrorAtItsPlace()
    {
        string text = Quickstart("weapons: loose, ");
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("weapons: loose", StringComparison.Ordinal)) + 1;
        var e = Assert.Throws<Rampart.Core.Scenario.ScenarioException>(() => SimulationScenarios.Parse(text));

        Assert.Equal(line, e.Line);
        Assert.Contains("free, tight, hold", e.Message, StringComparison.Ordinal);
        Assert.Contains("loose", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeaponsHold_FiresNothing()
    {
        var (result, events) = SimulationScenarios.Run(SimulationScenarios.Parse(Quickstart("weapons: hold, ")), 3);

        Assert.Equal(0, result.InterceptorsLaunched);
        Assert.DoesNotContain(events, e => e.Kind == EventKind.EngagementAssigned);
        // Threats are still evaluated under weapons hold, and each rank is logged with its reasons.
        var ranked = events.Where(e => e.Kind == EventKind.ThreatRanked).ToList();
        Assert.NotEmpty(ranked);
        Assert.All(ranked, e => Assert.Matches(@"^rank \d+ of \d+; believed [a-z ]+; (threatens|passes) ", e.Note!));
        Assert.Equal(result.Threats, result.Leaked + result.Survived);
    }

    [Fact]
    public void ShootLookShoot_FiresOneMissilePerEngagement_AndSalvoFiresTwo()
    {
        var (_, sls) = SimulationScenarios.Run(SimulationScenarios.Parse(Quickstart("fire: shoot_look_shoot, ")), 3);
        var (_, salvo) = SimulationScenarios.Run(SimulationScenarios.Parse(Quickstart("")), 3);

        int MaxLaunchesPerEngagement(List<SimEvent> events) =>
            events.Where(e => e.Kind == EventKind.Launch).GroupBy(e => e.EngagementId).Max(g => g.Count());

        Assert.Equal(1, MaxLaunchesPerEngagement(sls));
        Assert.Equal(2, MaxLaunchesPerEngagement(salvo));
    }

    [Theory]
    [InlineData("")]
    [InlineData("assignment: heuristic, ")]
    public void SaturationRun_NeverExceedsChannelLimits_OrFiresMoreThanItHolds(string doctrine)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", "saturation.yaml"))
            .Replace("    doctrine: {salvo_size: 2,", "    doctrine: {" + doctrine + "salvo_size: 2,", StringComparison.Ordinal);
        var scenario = SimulationScenarios.Parse(text, "saturation.yaml");
        var (result, events) = SimulationScenarios.Run(scenario, 5);
        var battery = scenario.Batteries[0];
        var unitOfLauncher = battery.FireUnits.SelectMany(f => f.Launchers.Select(l => (l.Name, Unit: f))).ToDictionary(x => x.Name, x => x.Unit);

        // Missiles in flight per fire unit (launch → its kill or miss) and the engagements they
        // belong to, at every event: never above the unit's engagement-radar channels or the
        // command post's totals.
        var inFlight = new Dictionary<int, (FireUnit Unit, int Engagement)>();
        foreach (var e in events)
        {
            if (e.Kind == EventKind.Launch)
            {
                inFlight[e.InterceptorId!.Value] = (unitOfLauncher[e.Source!], e.EngagementId!.Value);
            }
            else if (e.Kind is EventKind.Kill or EventKind.Miss && e.InterceptorId is int id)
            {
                inFlight.Remove(id);
            }

            foreach (var unit in battery.FireUnits)
            {
                var mine = inFlight.Values.Where(v => v.Unit == unit).ToList();
                Assert.True(mine.Count <= unit.MaxMissiles, $"{unit.Name}: {mine.Count} missiles guided at {e.Time} s");
                Assert.True(mine.Select(v => v.Engagement).Distinct().Count() <= unit.MaxTargets, $"{unit.Name}: too many targets at {e.Time} s");
            }

            Assert.True(inFlight.Count <= battery.CommandPost.MaxMissiles);
        }

        int loaded = battery.FireUnits.SelectMany(f => f.Launchers).Sum(l => l.Missiles);
        Assert.True(result.InterceptorsLaunched <= loaded);
        Assert.True(result.InterceptorsLaunched > loaded / 2, "a saturating raid should draw most of the magazine");
    }

    [Fact]
    public void CommandLatency_DelaysEachLaunch_BeyondTheReactionTime()
    {
        var scenario = SimulationScenarios.Parse(Quickstart("command_latency: 2 s, "));
        Assert.Equal(2.0, scenario.Batteries[0].Doctrine.CommandLatencyS);
        var (_, events) = SimulationScenarios.Run(scenario, 3);

        // Reaction time 9 s (the quickstart's doctrine) + 2 s latency between decision and first launch.
        foreach (var assigned in events.Where(e => e.Kind == EventKind.EngagementAssigned))
        {
            var launches = events.Where(e => e.Kind == EventKind.Launch && e.EngagementId == assigned.EngagementId).ToList();
            if (launches.Count > 0)
            {
                Assert.True(launches.Min(l => l.Time) >= assigned.Time + 11.0 - 1e-9);
            }
        }
    }

    [Fact]
    public void EmissionControl_KeepsEngagementRadarsSilent_UntilTheyAreCued()
    {
        var scenario = SimulationScenarios.Parse(Quickstart("emission_control: on, "));
        Assert.True(scenario.Batteries[0].Doctrine.EmissionControl);
        var engagementRadars = scenario.Batteries[0].FireUnits.Select(f => f.EngagementRadar.Name).ToHashSet();
        var (_, quiet) = SimulationScenarios.Run(scenario, 3);
        var (_, loud) = SimulationScenarios.Run(SimulationScenarios.Parse(Quickstart("")), 3);

        double FirstEngagementRadarDetection(List<SimEvent> events) =>
            events.Where(e => e.Kind == EventKind.Detection && engagementRadars.Contains(e.Source!)).Min(e => e.Time);
        double firstConfirmation = quiet.Where(e => e.Kind == EventKind.TrackConfirmed).Min(e => e.Time);

        // Silent until the command post holds a confirmed track (from the search radars) ...
        Assert.True(FirstEngagementRadarDetection(quiet) >= firstConfirmation);
        // ... whereas a radiating 92N6E reports (false alarms at least) from its first looks.
        Assert.True(FirstEngagementRadarDetection(loud) < firstConfirmation);
    }

    [Fact]
    public void FullReserve_FiresOnlyAtThreatsToTheMostValuableAsset()
    {
        // reserve: 1 keeps every missile for high-value threats: tracks whose predicted closest
        // approach threatens the City (value 10; the Airbase is worth 5).
        var scenario = SimulationScenarios.Parse(Quickstart("reserve: 1, "));
        Assert.Equal(1.0, scenario.Batteries[0].Doctrine.ReserveFraction);
        var (reserved, events) = SimulationScenarios.Run(scenario, 3);
        var (free, _) = SimulationScenarios.Run(SimulationScenarios.Parse(Quickstart("")), 3);

        var assigned = events.Where(e => e.Kind == EventKind.EngagementAssigned).ToList();
        Assert.NotEmpty(assigned);
        Assert.All(assigned, e => Assert.Contains("threatens City", e.Note!, StringComparison.Ordinal));
        Assert.True(reserved.InterceptorsLaunched < free.InterceptorsLaunched);
    }
}
