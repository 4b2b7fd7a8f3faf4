namespace Rampart.Cli.Tests.Commands;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void GoodFile_ExitsZero_SayingOk()
    {
        string path = _dir.Write("good.yaml", TestScenarios.LoneFighter);

        var run = CliRun.Of("validate", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(path + ": ok", run.Stdout, StringComparison.Ordinal);
        // validate checks, it does not run: no progress line.
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void BadFile_ExitsTwo_WithFileLineAndColumn()
    {
        // Line 22, the first waypoint, with speed 'fast': "      - {position: [55.00, 12.13], altitude: 6 km, speed: fast}".
        // Counted by hand: 6 spaces (cols 1-6), "- " (7-8), "{" (9), "position: " (10-19), "[55.00, 12.13]" (20-33),
        // ", " (34-35), "altitude: " (36-45), "6 km" (46-49), ", " (50-51), "speed: " (52-58), so 'fast' starts at column 59.
        string path = _dir.Write("bad.yaml", TestScenarios.LoneFighterWith(
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: 250 m/s}",
            "      - {position: [55.00, 12.13], altitude: 6 km, speed: fast}"));

        string message = CliRun.Of("validate", path).AssertBadInput();

        Assert.StartsWith(path + ":22:59: error: ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TakesNoOptions()
    {
        string path = _dir.Write("good.yaml", TestScenarios.LoneFighter);

        string message = CliRun.Of("validate", path, "--seed", "1").AssertBadInput();

        Assert.Contains("'--seed'", message, StringComparison.Ordinal);
    }
}
