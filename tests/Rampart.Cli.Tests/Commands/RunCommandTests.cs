using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _scenario;

    public RunCommandTests()
    {
        _scenario = _dir.Write("lone-fighter.yaml", TestScenarios.LoneFighter);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Quickstart_JsonFormat_PrintsOneSummaryObject_AndProgressOnStderr()
    {
        // "quickstart" is not a file in the working directory: it names data/scenarios/quickstart.yaml beside the program.
        var run = CliRun.Of("run", "quickstart", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        JsonElement summary = SummaryJsonAssert.ParseSingleObject(run.Stdout);
        // Reference values from data/scenarios/quickstart.yaml: name quickstart, seed 20250601, duration 18 min = 1080 s,
        // threat groups of 4 + 4 cruise missiles, 4 fighters, 2 stealth fighters, 2 ballistic missiles = 16 threats.
        Assert.Equal("quickstart", summary.GetProperty("scenario").GetString());
        Assert.Equal(20250601UL, summary.GetProperty("seed").GetUInt64());
        Assert.Equal(1080.0, summary.GetProperty("simulated_seconds").GetDouble());
        Assert.Equal(16, summary.GetProperty("threats").GetInt32());
        Assert.Contains("running 'quickstart'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("{", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFormat_CarriesTheScenarioNameSeedAndDuration()
    {
        var run = CliRun.Of("run", _scenario, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        JsonElement summary = SummaryJsonAssert.ParseSingleObject(run.Stdout);
        Assert.Equal("lone-fighter", summary.GetProperty("scenario").GetString());
        Assert.Equal(TestScenarios.LoneFighterSeed, summary.GetProperty("seed").GetUInt64());
        Assert.Equal(TestScenarios.LoneFighterSeconds, summary.GetProperty("simulated_seconds").GetDouble());
        Assert.Equal(1, summary.GetProperty("threats").GetInt32());
        Assert.Equal("Fighter", summary.GetProperty("per_threat")[0].GetProperty("name").GetString());
        Assert.Single(run.StderrLines);
        Assert.StartsWith("rampart: running 'lone-fighter'", run.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void LoneFighterWellInsideTheEnvelope_IsDetectedAndDestroyed()
    {
        // The fighter starts ~101 km north of the city, in front of the 92N6E (boresight north), at 6 km: the radar sees it
        // at once and the 48N6E2 (published reach ~200 km) can engage it long before the 240 s are up.
        var run = CliRun.Of("run", _scenario, "--format", "json");

        JsonElement summary = SummaryJsonAssert.ParseSingleObject(run.Stdout);
        JsonElement fighter = summary.GetProperty("per_threat")[0];
        Assert.Equal("destroyed", fighter.GetProperty("fate").GetString());
        Assert.Equal(JsonValueKind.Number, fighter.GetProperty("first_detected_s").ValueKind);
        Assert.InRange(summary.GetProperty("interceptors_launched").GetInt32(), 1, 4); // the launcher holds 4 (load: 4)
    }

    [Fact]
    public void SeedOption_OverridesTheScenarioSeed()
    {
        var run = CliRun.Of("run", _scenario, "--format", "json", "--seed", "18446744073709551615");

        Assert.Equal(0, run.ExitCode);
        // 2^64 - 1, the largest seed the format allows, must survive the round trip exactly.
        Assert.Equal(ulong.MaxValue, SummaryJsonAssert.ParseSingleObject(run.Stdout).GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void TableFormat_IsTheDefault_AndShowsEachThreatsFate()
    {
        var run = CliRun.Of("run", _scenario);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lone-fighter", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Fighter", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("interceptors launched", run.Stdout, StringComparison.Ordinal);
        Assert.Matches("destroyed|leaked|survived", run.Stdout);
        Assert.DoesNotContain("running", run.Stdout, StringComparison.Ordinal);
    }
}
