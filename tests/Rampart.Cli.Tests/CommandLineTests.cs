namespace Rampart.Cli.Tests;

/// <summary>Options and arguments of <c>rampart run</c> and <c>rampart validate</c>: each mistake is one message and exit code 2.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _scenario;

    public CommandLineTests()
    {
        _scenario = _dir.Write("lone-fighter.yaml", TestScenarios.LoneFighter);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void UnknownOption_ExitsTwo_NamingItAndTheKnownOnes()
    {
        string message = CliRun.Of("run", _scenario, "--speed", "2").AssertBadInput();

        Assert.Contains("'--speed'", message, StringComparison.Ordinal);
        Assert.Contains("--seed", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumericSeed_ExitsTwo_SayingAnIntegerWasExpected()
    {
        string message = CliRun.Of("run", _scenario, "--seed", "abc").AssertBadInput();

        Assert.Contains("--seed", message, StringComparison.Ordinal);
        Assert.Contains("integer", message, StringComparison.Ordinal);
        Assert.Contains("'abc'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeSeed_ExitsTwo()
    {
        // Seeds are 0 … 2^64-1 (docs/scenario-format.md).
        string message = CliRun.Of("run", _scenario, "--seed=-1").AssertBadInput();

        Assert.Contains("'-1'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedWithoutValue_ExitsTwo()
    {
        string message = CliRun.Of("run", _scenario, "--seed").AssertBadInput();

        Assert.Contains("--seed", message, StringComparison.Ordinal);
        Assert.Contains("end of the command line", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_ExitsTwo_ListingTheFormats()
    {
        string message = CliRun.Of("run", _scenario, "--format", "xml").AssertBadInput();

        Assert.Contains("table, json", message, StringComparison.Ordinal);
        Assert.Contains("'xml'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagGivenAValue_ExitsTwo_SayingItTakesNone()
    {
        string message = CliRun.Of("run", _scenario, "--overwrite=yes").AssertBadInput();

        Assert.Contains("--overwrite", message, StringComparison.Ordinal);
        Assert.Contains("no value", message, StringComparison.Ordinal);
        Assert.Contains("'yes'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingScenarioArgument_ExitsTwo()
    {
        string message = CliRun.Of("run", "--format", "json").AssertBadInput();

        Assert.Contains("scenario", message, StringComparison.Ordinal);
        Assert.Contains("found nothing", message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoScenarioArguments_ExitsTwo()
    {
        string message = CliRun.Of("run", _scenario, _scenario).AssertBadInput();

        Assert.Contains("found 2 arguments", message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineOptionValue_IsAccepted()
    {
        var run = CliRun.Of("run", _scenario, "--format=json", "--seed=7");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(7, SummaryJsonAssert.ParseSingleObject(run.Stdout).GetProperty("seed").GetInt64());
    }
}
