using Rampart.Core.Events;

namespace Rampart.Core.Tests.Simulation;

public class EvasiveBreakTests
{
    // The lone fighter of EngineEndToEndTests (9 km, 250 m/s, due south towards the city, well
    // inside the 48N6E2's envelope), with or without a missile-approach warner and a 7 g break.
    private static string Fighter(string evasive) => SimulationScenarios.LoneFighter("evasive-fighter", evasive);

    [Fact]
    public void Warner_SeesTheInterceptorWithinItsRange_AndTheFighterBreaks()
    {
        var scenario = SimulationScenarios.Parse(Fighter("    evasive: {warning_range: 8 km, g: 7 g, dive: 1 km}\n"));
        var (_, events) = SimulationScenarios.Run(scenario, 1);
        var breaks = events.Where(e => e.Kind == EventKind.EvasiveBreak).ToList();
        Assert.NotEmpty(breaks);
        var first = breaks[0];
        Assert.InRange(first.Value!.Value, 0, 8000);           // reported within the warning range
        Assert.Equal(1, first.ThreatId);
        var launch = events.First(e => e.Kind == EventKind.Launch && e.InterceptorId == first.InterceptorId);
        Assert.True(launch.Time < first.Time);                 // the interceptor it saw was in flight
    }

    [Fact]
    public void WithoutAWarner_NoBreak()
    {
        var (_, events) = SimulationScenarios.Run(SimulationScenarios.Parse(Fighter("")), 1);
        Assert.DoesNotContain(events, e => e.Kind == EventKind.EvasiveBreak);
    }

    [Fact]
    public void Break_IsDeterministic()
    {
        var scenario = SimulationScenarios.Parse(Fighter("    evasive: {warning_range: 8 km, g: 7 g}\n"));
        var (a, ea) = SimulationScenarios.Run(scenario, 3);
        var (b, eb) = SimulationScenarios.Run(scenario, 3);
        Assert.Equal(ea, eb);
        Assert.Equal(a.PerThreat, b.PerThreat);
    }
}
