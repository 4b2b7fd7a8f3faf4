using Rampart.Core.Scenario;

namespace Rampart.Core.Tests.Scenario;

/// <summary>A small valid scenario and helpers that break one thing in it and locate the break by text search.</summary>
internal static class ScenarioText
{
    public const string Valid = """
        name: t
        start: 2025-06-01T04:30:00Z
        duration: 10 min
        seed: 1
        assets:
          - {name: City, position: [54.09, 12.13], value: 10, radius: 3 km}
          - {name: Airbase, position: [53.92, 12.28, 20 m], value: 5, radius: 2 km}
        batteries:
          - name: B
            command_post: {position: [54.04, 12.10]}
            search_radars:
              - {name: S1, type: 91N6E, position: [54.05, 12.06, 20 m]}
            fire_units:
              - name: FU
                radar: {type: 92N6E, position: [54.11, 12.20], boresight: 0 deg}
                launchers:
                  - {name: L1, type: 5P85, position: [54.10, 12.21], missile: 48N6E2, load: 4}
                  - {name: L2, type: 5P85, position: [54.10, 12.22], missile: 9M96E2}
        threats:
          - name: CM
            type: subsonic-cruise-missile
            count: 2
            spacing: 10 s
            route:
              - {position: [55.00, 12.50], altitude: 20 m, speed: Mach 0.75}
              - {position: City, altitude: 30 m, speed: 250 m/s}
          - name: TBM
            type: tactical-ballistic-missile
            ballistic: {launch: [56.0, 12.9], aim: City}
        """;

    public static readonly Lazy<EquipmentLibrary> Library = new(EquipmentLibrary.LoadDefault);

    /// <summary>The valid scenario with the first occurrence of <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    public static string With(string from, string to)
    {
        int i = Valid.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{from}' is not in the test scenario");
        return string.Concat(Valid.AsSpan(0, i), to, Valid.AsSpan(i + from.Length));
    }

    /// <summary>1-based line and column of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Locate(string text, string marker, int startAt = 0)
    {
        int i = text.IndexOf(marker, startAt, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{marker}' is not in the text");
        int line = 1 + text.AsSpan(0, i).Count('\n');
        int lastNewline = i == 0 ? -1 : text.LastIndexOf('\n', i - 1);
        int column = i - lastNewline;
        return (line, column);
    }

    public static ScenarioException Fails(string yaml) =>
        Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(yaml, "test.yaml", Library.Value));
}
