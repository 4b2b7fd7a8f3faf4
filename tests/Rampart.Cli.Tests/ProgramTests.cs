namespace Rampart.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Help_PrintsUsage_AndExitsZero()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("rampart run SCENARIO", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("rampart validate SCENARIO", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void NoArguments_PrintsUsage_AndExitsTwo()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage:", run.Stdout + run.Stderr, StringComparison.Ordinal);
        Assert.Contains("rampart run SCENARIO", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_PrintsTheVersionStampedIntoSummaries()
    {
        var version = CliRun.Of("--version");

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^rampart [0-9]+\.[0-9]+\.[0-9]+\r?\n$", version.Stdout);

        // The same version must be the one a run stamps into its outputs.
        using var dir = new TempDirectory();
        var run = CliRun.Of("run", dir.Write("s.yaml", TestScenarios.LoneFighter), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        string stamped = SummaryJsonAssert.ParseSingleObject(run.Stdout).GetProperty("rampart_version").GetString()!;
        Assert.Equal("rampart " + stamped, version.Stdout.TrimEnd());
    }

    [Fact]
    public void UnknownCommand_ExitsTwo_NamingIt()
    {
        string message = CliRun.Of("simulate", "quickstart").AssertBadInput();

        Assert.Contains("'simulate'", message, StringComparison.Ordinal);
        Assert.Contains("expected one of run,", message, StringComparison.Ordinal);
        Assert.Contains("validate", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedFlowSequence_IsReportedInOneLine_WithoutStackTrace()
    {
        // YamlDotNet 18.1 throws InvalidOperationException (not YamlException) for this unclosed '['
        // running into the next block; whatever the loader makes of it, the command must not crash.
        using var dir = new TempDirectory();
        string path = dir.Write("s.yaml", TestScenarios.LoneFighterWith("seed: 42", "seed: [42"));

        var run = CliRun.Of("run", path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public void UnclosedFlowSequence_ExitsTwo_WithFileLineAndColumn()
    {
        using var dir = new TempDirectory();
        string path = dir.Write("s.yaml", TestScenarios.LoneFighterWith("seed: 42", "seed: [42"));

        string message = CliRun.Of("run", path).AssertBadInput();

        // The '[' opens on line 4; the parser may place the error where it gives up, so only the file and a line:column are required.
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(path) + ":[0-9]+:[0-9]+: error: ", message);
    }
}

public class CommandHelpTests
{
    [Theory]
    [InlineData("run")]
    [InlineData("mc")]
    [InlineData("coverage")]
    public void CommandHelp_PrintsThatCommandsUsage_AndExitsZero(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rampart " + command + " ", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("rampart validate", run.Stdout, StringComparison.Ordinal);
    }
}
