using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using static Rampart.Core.Tests.Scenario.ScenarioText;

namespace Rampart.Core.Tests.Scenario;

public class OverrideAndBallisticTests
{
    [Fact]
    public void RadarOverride_ReplacesOnlyThatParameter()
    {
        string yaml = With("{name: S1, type: 91N6E,", "{name: S1, type: 91N6E, overrides: {scan_period: 2 s, reference_range: 450 km},");
        ScenarioModel s = ScenarioLoader.Parse(yaml, "test.yaml", Library.Value);
        RadarSpec r = s.Batteries[0].SearchRadars[0].Radar;
        RadarSpec original = Library.Value.Radar("91N6E");
        Assert.Equal(2.0, r.ScanPeriodS);
        Assert.Equal(450_000.0, r.ReferenceRangeM);
        Assert.Equal(original with { ScanPeriodS = 2.0, ReferenceRangeM = 450_000.0 }, r);
    }

    [Fact]
    public void MissileAndThreatOverrides_AreApplied()
    {
        string yaml = With("missile: 48N6E2", "missile: {type: 48N6E2, overrides: {max_range: 150 km, reliability: 0.8}}")
            .Replace("type: subsonic-cruise-missile", "type: {type: subsonic-cruise-missile, overrides: {rcs: -10 dBsm}}", StringComparison.Ordinal);
        ScenarioModel s = ScenarioLoader.Parse(yaml, "test.yaml", Library.Value);
        MissileSpec m = s.Batteries[0].FireUnits[0].Launchers[0].Missile;
        Assert.Equal(150_000.0, m.MaxRangeM);
        Assert.Equal(0.8, m.Reliability);
        Assert.Equal(0.1, s.Threats[0].Threat.RcsM2, 1e-12); // -10 dBsm = 0.1 m²
    }

    [Fact]
    public void OverrideBreakingACrossCheck_IsReportedAtTheOverride()
    {
        // 91N6E min_range is 2 km: an instrumented range of 1 km is below it.
        string yaml = With("{name: S1, type: 91N6E,", "{name: S1, type: 91N6E, overrides: {instrumented_range: 1 km},");
        ScenarioException ex = Fails(yaml);
        Assert.Equal(Locate(yaml, "1 km}"), (ex.Line, ex.Column));
    }

    [Fact]
    public void DefaultsFillCommandPostAndDoctrine()
    {
        ScenarioModel s = ScenarioLoader.Parse(Valid, "test.yaml", Library.Value);
        Battery b = s.Batteries[0];
        Assert.Equal(36, b.CommandPost.MaxTargets);   // published 36 targets
        Assert.Equal(72, b.CommandPost.MaxMissiles);  // published 72 missiles
        Assert.Equal(2, b.Doctrine.SalvoSize);
        Assert.Equal(16, b.FireUnits[0].Launchers[1].Missiles); // 5P85 full of 9M96E2: 4 canisters × 4
        Assert.Equal(TrackerSettings.Default, s.Tracker);
        Assert.Equal("CM", s.Threats[0].Name);
        Assert.Equal(250.0, s.Threats[0].Route![1].SpeedMps);
        Assert.Equal(BallisticTrajectoryKind.MinimumEnergy, s.Threats[1].Ballistic!.Trajectory);
        Assert.Equal("City", s.Threats[1].TargetAsset);
    }

    [Fact]
    public void MaxBallisticRange_MatchesHandValue()
    {
        // Hand: v = 1800 m/s, R = 6,371,008.8 m, mu = 3.986004418e14 m³/s².
        // nu = v²R/mu = 0.051786; sin(psi/2) = nu/(2 - nu) = 0.026581; psi/2 = 0.026584 rad;
        // range = 2 * 0.026584 * R = 338.7 km.
        Assert.Equal(338_700.0, ThreatReader.MaxBallisticRangeM(1800.0), 200.0);
    }
}

public class BallisticReachTests
{
    [Fact]
    public void PlanTheTrajectoryCannotFly_IsALocatedError_NotACrashInTheRun()
    {
        // 338 km lofted, with a re-entry vehicle of very high drag (β = 20 kg/m²): inside the
        // vacuum minimum-energy range of 1.8 km/s (338.7 km, the loader's first check), but the
        // flown trajectory needs more than 1.1 × the burn-out speed, so it is refused at the aim.
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", "quickstart.yaml"))
            .Replace("    type: tactical-ballistic-missile", "    type: {type: tactical-ballistic-missile, overrides: {reentry_ballistic_coefficient: 20 kg/m2}}", StringComparison.Ordinal)
            .Replace("    ballistic: {launch: [56.70, 12.90, 0 m], aim: City, trajectory: minimum_energy}", "    ballistic: {launch: [57.10, 12.90, 0 m], aim: City, trajectory: lofted}", StringComparison.Ordinal);
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains("trajectory: lofted", StringComparison.Ordinal)) + 1;

        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "q.yaml", ScenarioText.Library.Value));

        Assert.Equal(line, e.Line);
        Assert.Contains("can reach on a lofted trajectory", e.Expected, StringComparison.Ordinal);
        Assert.Contains("1.1", e.Found, StringComparison.Ordinal);
    }
}
