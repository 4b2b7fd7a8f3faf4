namespace Rampart.Cli.Tests.Commands;

/// <summary>
/// A bad scenario given to <c>rampart run</c>: exit code 2 and one message that names the file, the
/// line and column, what was expected and what was found (issue 2, item 6). Every line and column
/// below is counted by hand from <see cref="TestScenarios.LoneFighter"/> as written in the comment.
/// </summary>
public sealed class RunCommandScenarioErrorTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void YamlSyntaxError_NamesFileLineAndColumn()
    {
        // Line 4 becomes "seed: 42: 43": s(1) e(2) e(3) d(4) :(5) space(6) 4(7) 2(8) and the second ':' at column 9,
        // where a plain scalar cannot hold a mapping indicator.
        string path = _dir.Write("syntax.yaml", TestScenarios.LoneFighterWith("seed: 42", "seed: 42: 43"));

        string message = CliRun.Of("run", path).AssertBadInput();

        Assert.StartsWith(path + ":4:9: error: expected valid YAML", message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordForASpeed_SaysASpeedWasExpected_AndWhatWasFound()
    {
        // Line 22: "      - {position: [55.00, 12.13], altitude: 6 km, speed: fast}". Counted by hand: 6 spaces (1-6),
        // "- " (7-8), "{" (9), "position: " (10-19), "[55.00, 12.13]" (20-33), ", " (34-35), "altitude: " (36-45),
        // "6 km" (46-49), ", " (50-51), "speed: " (52-58): the value 'fast' starts at column 59.
        string path = _dir.Write("fast.yaml", TestScenarios.LoneFighterWith(
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}",
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: fast}"));

        string message = CliRun.Of("run", path).AssertBadInput();

        Assert.StartsWith(path + ":22:59: error: ", message, StringComparison.Ordinal);
        Assert.Contains("expected a speed", message, StringComparison.Ordinal);
        Assert.Contains("found 'fast'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_NamesItAndSuggestsTheNearestKey()
    {
        // "    spacng: 5 s" is inserted as line 21 (after "    type: fighter-4th-gen" on line 20): 4 spaces, the key at column 5.
        string path = _dir.Write("key.yaml", TestScenarios.LoneFighterWith(
            "    type: fighter-4th-gen",
            "    type: fighter-4th-gen\n    spacng: 5 s"));

        string message = CliRun.Of("run", path).AssertBadInput();

        Assert.StartsWith(path + ":21:5: error: ", message, StringComparison.Ordinal);
        Assert.Contains("found 'spacng'", message, StringComparison.Ordinal);
        Assert.Contains("'spacing'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEquipment_NamesItAndListsTheLibrary()
    {
        // Line 20: "    type: fighter-5th-gen": 4 spaces and "type: " (6 characters) put the name at column 11.
        string path = _dir.Write("equipment.yaml", TestScenarios.LoneFighterWith(
            "    type: fighter-4th-gen",
            "    type: fighter-5th-gen"));

        string message = CliRun.Of("run", path).AssertBadInput();

        Assert.StartsWith(path + ":20:11: error: ", message, StringComparison.Ordinal);
        Assert.Contains("found 'fighter-5th-gen'", message, StringComparison.Ordinal);
        // The shipped threat library (data/equipment/threats/) holds fighter-4th-gen.
        Assert.Contains("fighter-4th-gen", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadScenario_WritesNoOutputFiles()
    {
        string path = _dir.Write("fast.yaml", TestScenarios.LoneFighterWith(
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}",
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: fast}"));
        string outDir = _dir.PathOf("out");

        CliRun.Of("run", path, "--out", outDir).AssertBadInput();

        Assert.False(Directory.Exists(outDir));
    }
}
