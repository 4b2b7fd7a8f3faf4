using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

public class EngineEndToEndTests
{
    // See SimulationScenarios.LoneFighter.
    private static readonly string LoneFighter = SimulationScenarios.LoneFighter("lone-fighter");

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void LoneFighter_WellInsideTheEnvelope_IsDestroyed(ulong seed)
    {
        var (result, events) = SimulationScenarios.Run(SimulationScenarios.Parse(LoneFighter), seed);

        var fighter = Assert.Single(result.PerThreat);
        Assert.Equal(ThreatFate.Destroyed, fighter.Fate);
        Assert.Equal("48N6E2", fighter.DestroyedBy);
        Assert.NotNull(fighter.FirstDetectedS);
        // The whole chain ran, in order: detected, tracked, assigned, launched, fuzed, killed.
        double Time(EventKind kind) => events.First(e => e.Kind == kind).Time;
        Assert.True(Time(EventKind.Detection) < Time(EventKind.TrackConfirmed));
        Assert.True(Time(EventKind.TrackConfirmed) < Time(EventKind.EngagementAssigned));
        Assert.True(Time(EventKind.EngagementAssigned) < Time(EventKind.Launch));
        Assert.True(Time(EventKind.Launch) < Time(EventKind.Intercept));
        Assert.Equal(fighter.FateTimeS, Time(EventKind.Kill));
        Assert.True(result.InterceptorsLaunched >= 1);
    }

    // A sea-skimmer at 10 m from 150 km north, still at 10 m at 60 km, then climbing to 3 km by 50 km.
    // Hand value: 4/3-earth horizon between the 91N6E's antenna (20 m) and a 10 m target is
    // √(2·kR·20) + √(2·kR·10) with kR = 4/3 · 6 371 009 m = 8 494 678 m: 18.43 km + 13.03 km = 31.5 km,
    // so while the missile is at 10 m and at least 60 km away it is below the horizon. At 3 km its
    // horizon range is 18.4 + 225.8 = 244 km. The 92N6E faces south (boresight 180°), away from it.
    private const string SeaSkimmer = """
        name: sea-skimmer
        start: 2025-06-01T04:30:00Z
        duration: 500 s
        seed: 1
        assets:
          - {name: City, position: [54.00, 12.00], value: 10, radius: 3 km}
        batteries:
          - name: B
            command_post: {position: [54.00, 12.00, 10 m]}
            search_radars:
              - {name: S1, type: 91N6E, position: [54.00, 12.00, 20 m]}
            fire_units:
              - name: FU
                radar: {type: 92N6E, position: [54.00, 12.02, 10 m], boresight: 180 deg}
                launchers:
                  - {name: L1, type: 5P85, position: [54.00, 12.03, 10 m], missile: 48N6E2, load: 4}
        threats:
          - name: Skimmer
            type: subsonic-cruise-missile
            route:
              - {position: [55.3479, 12.00], altitude: 10 m, speed: 250 m/s}
              - {position: [54.5392, 12.00], altitude: 10 m, speed: 250 m/s}
              - {position: [54.4494, 12.00], altitude: 3 km, speed: 250 m/s}
              - {position: [54.3000, 12.00], altitude: 3 km, speed: 250 m/s}
        """;

    [Fact]
    public void SeaSkimmer_IsNotDetectedBelowTheHorizon_AndIsDetectedOnceItRisesAboveIt()
    {
        var (result, events) = SimulationScenarios.Run(SimulationScenarios.Parse(SeaSkimmer), 11);
        var detections = events.Where(e => e.Kind == EventKind.Detection && e.ThreatId == 1).ToList();

        // 150 km → 60 km at 250 m/s: 90 km / 250 m/s = 360 s at 10 m, all of it beyond 31.5 km.
        Assert.DoesNotContain(detections, d => d.Time < 360);
        // The climb leg (10 km ground, 3 km up) takes √(10² + 3²) km / 250 m/s ≈ 41.8 s; from
        // about 402 s the missile is at 3 km and 50 km out, well above the horizon and inside the
        // 91N6E's coverage (10 s scans), so it is detected within a couple of scans.
        Assert.Contains(detections, d => d.Time > 402 && d.Time < 430);
        Assert.Equal(detections.Min(d => d.Time), result.PerThreat[0].FirstDetectedS);
    }
}

public class UnreachableThreatTests
{
    // A fast drone-like threat appearing 12 km from the city at 600 m/s reaches its 3 km radius in
    // 15 s — less than the 9 s reaction time plus any flight time plus the detection and
    // confirmation it needs first — so fire control must never fire at it (a shot that cannot
    // arrive before the threat reaches its target saves nothing).
    private const string LateThreat = """
        name: too-late
        start: 2025-06-01T04:30:00Z
        duration: 60 s
        seed: 1
        assets:
          - {name: City, position: [54.00, 12.00], value: 10, radius: 3 km}
        """ + "\n" + SimulationScenarios.Battery + "\n" + """
        threats:
          - name: Dash
            type: {type: fighter-4th-gen, overrides: {max_speed: 700 m/s}}
            target: City
            route:
              - {position: [54.108, 12.00], altitude: 2 km, speed: 600 m/s}
              - {position: City, altitude: 2 km, speed: 600 m/s}
        """;

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void ThreatThatCannotBeReachedInTime_IsNeverFiredAt(ulong seed)
    {
        var (result, events) = SimulationScenarios.Run(SimulationScenarios.Parse(LateThreat), seed);

        Assert.Contains(events, e => e.Kind == Events.EventKind.TrackConfirmed);
        Assert.DoesNotContain(events, e => e.Kind == Events.EventKind.EngagementAssigned);
        Assert.Equal(0, result.InterceptorsLaunched);
        Assert.Equal(ThreatFate.Leaked, result.PerThreat[0].Fate);
    }

    [Fact]
    public void SameThreatStartingFartherOut_IsEngaged()
    {
        // The contrast that shows time is what forbids the shot above: from 80 km (0.7195° north,
        // 133 s to the city) the same threat on the same line is engaged.
        string early = LateThreat.Replace("[54.108, 12.00]", "[54.7195, 12.00]", StringComparison.Ordinal)
            .Replace("duration: 60 s", "duration: 150 s", StringComparison.Ordinal);
        var (_, events) = SimulationScenarios.Run(SimulationScenarios.Parse(early), 1);

        Assert.Contains(events, e => e.Kind == Events.EventKind.EngagementAssigned);
    }
}
