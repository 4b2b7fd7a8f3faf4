namespace Rampart.Cli.Tests;

/// <summary>How the scenario argument is found: a path, or the name of a shipped example.</summary>
public sealed class ScenarioFilesTests
{
    [Fact]
    public void MissingFile_ExitsTwo_NamingThePath()
    {
        using var dir = new TempDirectory();
        string path = dir.PathOf("no-such-scenario.yaml");

        string message = CliRun.Of("run", path).AssertBadInput();

        Assert.Contains(path, message, StringComparison.Ordinal);
        Assert.Contains("no file", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_ExitsTwo_SayingAFileWasExpected()
    {
        using var dir = new TempDirectory();

        string message = CliRun.Of("run", dir.FullPath).AssertBadInput();

        Assert.Contains("expected a scenario file, found a directory", message, StringComparison.Ordinal);
        Assert.Contains(dir.FullPath, message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyArgument_ExitsTwo()
    {
        string message = CliRun.Of("run", "").AssertBadInput();

        Assert.Contains("empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownBareName_ListsTheShippedExamples()
    {
        // The shipped examples are data/scenarios/quickstart.yaml, saturation.yaml, s500-abm.yaml and s500-abm-s400-only.yaml.
        string message = CliRun.Of("validate", "no-such-example-name").AssertBadInput();

        Assert.Contains("quickstart", message, StringComparison.Ordinal);
        Assert.Contains("saturation", message, StringComparison.Ordinal);
        Assert.Contains("s500-abm", message, StringComparison.Ordinal);
    }

    [Fact]
    public void BareName_ResolvesToTheShippedExample()
    {
        var run = CliRun.Of("validate", "quickstart");

        Assert.Equal(0, run.ExitCode);
        string shipped = Path.Combine(AppContext.BaseDirectory, "data", "scenarios", "quickstart.yaml");
        Assert.StartsWith(shipped + ": ok", run.Stdout, StringComparison.Ordinal);
    }
}
