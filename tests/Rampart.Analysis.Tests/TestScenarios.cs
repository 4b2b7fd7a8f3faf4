using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Analysis.Tests;

/// <summary>Small scenarios that run in a fraction of a second.</summary>
internal static class TestScenarios
{
    /// <summary>
    /// One fire unit defending a city against two fighters at 6 km and two sea-skimming cruise
    /// missiles, all starting about 60–100 km north; 5 simulated minutes. The cruise missiles
    /// are hard to stop, so some replications leak and some do not.
    /// </summary>
    public const string SmallRaid = """
        name: small-raid
        start: 2025-06-01T04:30:00Z
        duration: 5 min
        seed: 7

        assets:
          - {name: City, position: [54.09, 12.13, 10 m], value: 10, radius: 3 km}

        batteries:
          - name: Battalion
            command_post: {position: [54.04, 12.10, 15 m]}
            search_radars:
              - {name: 96L6E Low-Altitude, type: 96L6E, position: [54.13, 12.08, 5 m], mast: 35 m}
            fire_units:
              - name: FU-1
                radar: {type: 92N6E, position: [54.11, 12.20, 5 m], boresight: 0 deg}
                launchers:
                  - {name: FU-1 L1, type: 5P85, position: [54.105, 12.215, 5 m], missile: 48N6E2, load: 4}
                  - {name: FU-1 L2, type: 5P85, position: [54.100, 12.205, 5 m], missile: 9M96E2, load: 16}

        threats:
          - name: Fighters
            type: fighter-4th-gen
            count: 2
            spacing: 20 s
            lateral_spacing: 3 km
            route:
              - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}
              - {position: City, altitude: 6 km, speed: 250 m/s}
          - name: Cruise
            type: subsonic-cruise-missile
            count: 2
            start: 10 s
            spacing: 10 s
            lateral_spacing: 500 m
            route:
              - {position: [54.65, 12.20], altitude: 20 m, speed: Mach 0.8}
              - {position: City, altitude: 30 m, speed: Mach 0.8}

        """;

    /// <summary>Writes <paramref name="yaml"/> to a temporary file and loads it; the file is deleted afterwards.</summary>
    public static ScenarioModel Load(string yaml)
    {
        string path = Path.Combine(Path.GetTempPath(), "rampart-analysis-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, yaml);
        try
        {
            return ScenarioLoader.Load(path, EquipmentLibrary.LoadDefault());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
