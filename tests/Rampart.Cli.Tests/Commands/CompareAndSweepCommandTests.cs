using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class CompareAndSweepCommandTests
{
    [Fact]
    public void Compare_AScenarioWithItself_HasZeroDifferences_OnCommonRandomNumbers()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("a.yaml", TestScenarios.LoneFighter);
        string copy = dir.Write("b.yaml", TestScenarios.LoneFighter);

        var run = CliRun.Of("compare", scenario, copy, "-n", "4", "--threads", "2", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        foreach (string key in new[] { "leakers", "interceptors", "destroyed", "leak_probability" })
        {
            var d = doc.RootElement.GetProperty(key).GetProperty("difference");
            Assert.Equal(0, d.GetProperty("mean").GetDouble());
            Assert.Equal(0, d.GetProperty("ci95_low").GetDouble());
            Assert.Equal(0, d.GetProperty("ci95_high").GetDouble());
        }
    }

    [Fact]
    public void Compare_WeaponsHold_SpendsNothing()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("a.yaml", TestScenarios.LoneFighter);
        string hold = dir.Write("b.yaml", TestScenarios.LoneFighter.Replace("    command_post:", "    doctrine: {weapons: hold}\n    command_post:", StringComparison.Ordinal));

        var run = CliRun.Of("compare", scenario, hold, "-n", "3", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var spent = doc.RootElement.GetProperty("interceptors");
        Assert.Equal(0, spent.GetProperty("b_mean").GetDouble());
        Assert.True(spent.GetProperty("a_mean").GetDouble() > 0);
    }

    [Fact]
    public void Sweep_TabulatesEachValue_AndWritesItsPlot()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("a.yaml", TestScenarios.LoneFighter);
        string outDir = dir.PathOf("sweep");

        var run = CliRun.Of("sweep", scenario, "--vary", "threats.0.count=1,2", "-n", "2", "--out", outDir, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var points = doc.RootElement.GetProperty("points");
        Assert.Equal(["1", "2"], points.EnumerateArray().Select(p => p.GetProperty("value").GetString()));
        Assert.True(File.Exists(Path.Combine(outDir, "sweep.png")));
        Assert.Equal(run.Stdout, File.ReadAllText(Path.Combine(outDir, "sweep.json")));
    }

    [Theory]
    [InlineData("threats.0.count")]
    [InlineData("nowhere.count=1,2")]
    [InlineData("threats.0.count=fast")]
    public void Sweep_BadVary_IsAUsageError(string vary)
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("a.yaml", TestScenarios.LoneFighter);

        CliRun.Of("sweep", scenario, "--vary", vary, "-n", "1").AssertBadInput();
    }
}
