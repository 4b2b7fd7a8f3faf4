using Rampart.Core.Events;
using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

/// <summary>Small scenarios for end-to-end tests, and a sink that keeps the events in memory.</summary>
internal static class SimulationScenarios
{
    public static readonly Lazy<EquipmentLibrary> Library = new(EquipmentLibrary.LoadDefault);

    public static ScenarioModel Parse(string yaml, string name = "test.yaml") =>
        ScenarioLoader.Parse(yaml, Path.Combine(Path.GetTempPath(), name), Library.Value);

    public static ScenarioModel Shipped(string name) =>
        ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "scenarios", name + ".yaml"), Library.Value);

    public static (RunResult Result, List<SimEvent> Events) Run(ScenarioModel scenario, ulong seed)
    {
        var log = new EventLog();
        var sink = new MemorySink();
        log.AddSink(sink);
        var result = new Engine(scenario, seed, 0, log).Run();
        return (result, sink.Events);
    }

    /// <summary>
    /// A lone fighter at 9 km flying due south at 250 m/s from 150 km north of <see cref="Battery"/>
    /// towards its city: well inside the 48N6E2's published 200 km envelope and the 92N6E's
    /// northward sector. <paramref name="groupKeys"/> are extra keys of the threat group (each line
    /// indented four spaces, ending in a newline).
    /// </summary>
    public static string LoneFighter(string name, string groupKeys = "") => $$"""
        name: {{name}}
        start: 2025-06-01T04:30:00Z
        duration: 8 min
        seed: 1
        assets:
          - {name: City, position: [54.00, 12.00], value: 10, radius: 3 km}
        """ + "\n" + Battery + "\n" + """
        threats:
          - name: Fighter
            type: fighter-4th-gen
        """ + "\n" + groupKeys + """
            route:
              - {position: [55.35, 12.00], altitude: 9 km, speed: 250 m/s}
              - {position: City, altitude: 9 km, speed: 250 m/s}
        """;

    /// <summary>One fire unit (two 5P85 with 48N6E2) and a 91N6E defending a city at 54°N 12°E.</summary>
    public const string Battery = """
        batteries:
          - name: B
            command_post: {position: [54.00, 12.00, 10 m]}
            search_radars:
              - {name: S1, type: 91N6E, position: [54.01, 12.00, 20 m]}
            fire_units:
              - name: FU
                radar: {type: 92N6E, position: [54.00, 12.02, 10 m], boresight: 0 deg}
                launchers:
                  - {name: L1, type: 5P85, position: [54.00, 12.03, 10 m], missile: 48N6E2, load: 4}
                  - {name: L2, type: 5P85, position: [54.00, 12.04, 10 m], missile: 48N6E2, load: 4}
        """;

    internal sealed class MemorySink : IEventSink
    {
        public List<SimEvent> Events { get; } = [];

        public void Write(in SimEvent e) => Events.Add(e);

        public void Flush(double time)
        {
        }

        public void Complete()
        {
        }
    }
}
