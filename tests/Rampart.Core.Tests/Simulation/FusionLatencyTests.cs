using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

public class FusionLatencyTests
{
    // The lone fighter of the end-to-end tests (150 km north, 9 km, 250 m/s towards the city), with
    // each radar's reports reaching the command post late (search radar 4 s, engagement radar 1.5 s)
    // and measured with a bias (the tracker is not told).
    private static string Scenario(string searchExtra, string engagementExtra) => $$"""
        name: late-reports
        start: 2025-06-01T04:30:00Z
        duration: 8 min
        seed: 1
        assets:
          - {name: City, position: [54.00, 12.00], value: 10, radius: 3 km}
        batteries:
          - name: B
            command_post: {position: [54.00, 12.00, 10 m]}
            search_radars:
              - {name: S1, type: 91N6E, position: [54.01, 12.00, 20 m]{{searchExtra}}}
            fire_units:
              - name: FU
                radar: {type: 92N6E, position: [54.00, 12.02, 10 m], boresight: 0 deg{{engagementExtra}}}
                launchers:
                  - {name: L1, type: 5P85, position: [54.00, 12.03, 10 m], missile: 48N6E2, load: 4}
                  - {name: L2, type: 5P85, position: [54.00, 12.04, 10 m], missile: 48N6E2, load: 4}
        threats:
          - name: Fighter
            type: fighter-4th-gen
            route:
              - {position: [55.35, 12.00], altitude: 9 km, speed: 250 m/s}
              - {position: City, altitude: 9 km, speed: 250 m/s}
        """;

    private static readonly string Late = Scenario(", report_latency: 4 s, range_bias: 100 m, azimuth_bias: 0.05 deg", ", report_latency: 1.5 s, elevation_bias: 0.02 deg");

    [Fact]
    public void LateAndBiasedReports_AreFusedNotDropped_AndTheFighterIsStillDestroyed()
    {
        var (result, events) = SimulationScenarios.Run(SimulationScenarios.Parse(Late), 1);

        var fighter = Assert.Single(result.PerThreat);
        Assert.Equal(ThreatFate.Destroyed, fighter.Fate);

        // Every detection is logged when its report arrives: the first one a radar's latency
        // (1.5 s or 4 s) after the first measurement, and reports of both radars carry track ids (fused).
        SimEvent first = events.First(e => e.Kind == EventKind.Detection && e.ThreatId is not null);
        double delay = first.Time - fighter.FirstDetectedS!.Value;
        Assert.True(Math.Abs(delay - 1.5) < 1e-9 || Math.Abs(delay - 4.0) < 1e-9, $"first report {delay} s after the first measurement");
        Assert.Contains(events, e => e.Kind == EventKind.Detection && e.Source == "S1" && e.TrackId is not null);
        Assert.Contains(events, e => e.Kind == EventKind.Detection && e.Source == "FU/radar" && e.TrackId is not null);
    }

    [Fact]
    public void LateReports_AreDeterministic()
    {
        var a = SimulationScenarios.Run(SimulationScenarios.Parse(Late), 7);
        var b = SimulationScenarios.Run(SimulationScenarios.Parse(Late), 7);

        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Result.PerThreat, b.Result.PerThreat);
    }
}
