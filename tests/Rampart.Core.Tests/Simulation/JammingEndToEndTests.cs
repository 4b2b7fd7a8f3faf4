using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

public class JammingEndToEndTests
{
    private static readonly string Fighter = SimulationScenarios.LoneFighter("jammed-fighter");

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void SelfScreeningJammer_DelaysFirstDetection(ulong seed)
    {
        // A 100 W barrage over 100 MHz on the fighter: its own echo must beat the jamming, so the
        // radars see it only nearer (burn-through) than they would in the clear.
        var (clear, _) = SimulationScenarios.Run(SimulationScenarios.Parse(Fighter), seed);
        var (jammed, _) = SimulationScenarios.Run(
            SimulationScenarios.Parse(Fighter + "\njammers:\n  - {name: SSJ, kind: self_screening, carried_by: Fighter, erp: 100 W, bandwidth: 100 MHz}\n"),
            seed);

        double tClear = clear.PerThreat[0].FirstDetectedS!.Value;
        double? tJammed = jammed.PerThreat[0].FirstDetectedS;
        Assert.True(tJammed is null || tJammed > tClear + 10.0, $"clear {tClear} s, jammed {tJammed} s");
    }

    [Fact]
    public void SeaEnvironmentAndJammers_RunDeterministically()
    {
        string text = Fighter + """

            environment: {surface: sea, sea_state: 4, multipath: on}
            jammers:
              - {name: SOJ, kind: stand_off, position: [55.6, 12.3, 9 km], erp: 2 kW, bandwidth: 300 MHz}
            """;
        var (a, _) = SimulationScenarios.Run(SimulationScenarios.Parse(text), 5);
        var (b, _) = SimulationScenarios.Run(SimulationScenarios.Parse(text), 5);
        Assert.Equal(a.PerThreat[0], b.PerThreat[0]);
        Assert.NotNull(a.PerThreat[0].FirstDetectedS);
    }
}
