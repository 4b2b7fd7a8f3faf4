namespace Rampart.Cli.Tests;

/// <summary>Small scenarios that run in a fraction of a second, for the command-line tests.</summary>
internal static class TestScenarios
{
    /// <summary>
    /// A lone 4th-generation fighter at 6 km flying due south at 250 m/s from 55.00 N towards the
    /// city at 54.09 N (about 101 km, 405 s away) against one fire unit whose 92N6E looks north:
    /// well inside the 48N6E2's envelope. 4 simulated minutes (240 s).
    /// Line numbers the bad-input tests rely on (1-based, counted by hand):
    /// line 4 <c>seed: 42</c>; line 20 <c>    type: fighter-4th-gen</c>;
    /// line 22 the first waypoint <c>      - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}</c>.
    /// </summary>
    public const string LoneFighter = """
        name: lone-fighter
        start: 2025-06-01T04:30:00Z
        duration: 4 min
        seed: 42

        assets:
          - {name: City, position: [54.09, 12.13, 10 m], value: 10, radius: 3 km}

        batteries:
          - name: Battalion
            command_post: {position: [54.04, 12.10, 15 m]}
            fire_units:
              - name: FU-1
                radar: {type: 92N6E, position: [54.11, 12.20, 5 m], boresight: 0 deg}
                launchers:
                  - {name: FU-1 L1, type: 5P85, position: [54.105, 12.215, 5 m], missile: 48N6E2, load: 4}

        threats:
          - name: Fighter
            type: fighter-4th-gen
            route:
              - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}
              - {position: City, altitude: 6 km, speed: 250 m/s}

        """;

    /// <summary>The seed written in <see cref="LoneFighter"/>.</summary>
    public const ulong LoneFighterSeed = 42;

    /// <summary>The duration written in <see cref="LoneFighter"/>: 4 min = 240 s.</summary>
    public const double LoneFighterSeconds = 240;

    /// <summary>
    /// <see cref="LoneFighter"/> with one exact line replaced (the line must occur exactly once,
    /// so a test cannot silently edit nothing).
    /// </summary>
    public static string LoneFighterWith(string line, string replacement)
    {
        string[] lines = LoneFighter.Split('\n');
        int index = Array.IndexOf(lines, line);
        Assert.True(index >= 0 && Array.LastIndexOf(lines, line) == index, $"line not found exactly once: {line}");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }
}
