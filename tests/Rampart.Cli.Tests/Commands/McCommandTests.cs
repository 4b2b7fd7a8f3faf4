using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class McCommandTests
{
    /// <summary>
    /// <see cref="TestScenarios.LoneFighter"/> with two sea-skimming cruise missiles added from
    /// 60 km north: some replications leak, some do not, so the statistics are not trivial.
    /// </summary>
    private static readonly string SmallRaid = TestScenarios.LoneFighter + """
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

    [Fact]
    public void Mc_Json_IsByteIdentical_ForOneAndTwoThreads()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        var one = CliRun.Of("mc", scenario, "-n", "12", "--threads", "1", "--format", "json");
        var two = CliRun.Of("mc", scenario, "-n", "12", "--threads", "2", "--format", "json");
        Assert.True(one.ExitCode == 0, one.Stderr);
        Assert.True(two.ExitCode == 0, two.Stderr);
        Assert.Equal(one.Stdout, two.Stdout);
    }

    [Fact]
    public void Mc_Json_HasTheRequiredKeys_AndNoTimingsOrThreadCount()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        var run = CliRun.Of("mc", scenario, "-n", "6", "--seed", "99", "--threads", "2", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(6, root.GetProperty("replications").GetInt32());
        Assert.Equal(99UL, root.GetProperty("seed").GetUInt64());
        var leak = root.GetProperty("leak_probability");
        double mean = leak.GetProperty("mean").GetDouble();
        Assert.InRange(leak.GetProperty("ci95_low").GetDouble(), 0, mean);
        Assert.InRange(leak.GetProperty("ci95_high").GetDouble(), mean, 1);
        // The leak probability is a count of replications over 6.
        Assert.Equal(Math.Round(mean * 6), mean * 6, 4);
        Assert.True(root.TryGetProperty("leakers_mean", out _));
        Assert.True(root.TryGetProperty("interceptors_mean", out _));
        Assert.True(root.GetProperty("leak_probability_by_group").TryGetProperty("Cruise", out _));
        Assert.True(root.GetProperty("expected_damage").TryGetProperty("City", out _));
        Assert.DoesNotContain("thread", run.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("elapsed", run.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Mc_TwoShardsMerged_EqualsTheUnshardedRun()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        var whole = CliRun.Of("mc", scenario, "-n", "10", "--threads", "2", "--format", "json");
        var a = CliRun.Of("mc", scenario, "-n", "10", "--shard", "1/2", "--out", dir.PathOf("a"), "--format", "json");
        var b = CliRun.Of("mc", scenario, "-n", "10", "--shard", "2/2", "--out", dir.PathOf("b"), "--format", "json");
        Assert.True(whole.ExitCode == 0 && a.ExitCode == 0 && b.ExitCode == 0, whole.Stderr + a.Stderr + b.Stderr);
        // Shard 1 of 2 holds the even replications, shard 2 the odd ones: 5 records each after the header.
        Assert.Equal(6, File.ReadAllLines(Path.Combine(dir.PathOf("a"), "replications-1-of-2.jsonl")).Length);
        Assert.Equal(6, File.ReadAllLines(Path.Combine(dir.PathOf("b"), "replications-2-of-2.jsonl")).Length);

        var merged = CliRun.Of("mc-merge", dir.PathOf("a"), dir.PathOf("b"), "--format", "json");
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        Assert.Equal(whole.Stdout, merged.Stdout);
    }

    [Fact]
    public void McMerge_MissingShard_SaysWhichReplicationsAreMissing()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        Assert.Equal(0, CliRun.Of("mc", scenario, "-n", "4", "--shard", "1/2", "--out", dir.PathOf("a")).ExitCode);
        string message = CliRun.Of("mc-merge", dir.PathOf("a")).AssertBadInput();
        Assert.Contains("2 of 4 replications are missing (1, 3)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void McMerge_SameShardTwice_ReportsTheDuplicate()
    {
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        Assert.Equal(0, CliRun.Of("mc", scenario, "-n", "2", "--shard", "1/2", "--out", dir.PathOf("a")).ExitCode);
        Directory.CreateDirectory(dir.PathOf("copy"));
        File.Copy(Path.Combine(dir.PathOf("a"), "replications-1-of-2.jsonl"), Path.Combine(dir.PathOf("copy"), "replications-1-of-2.jsonl"));
        string message = CliRun.Of("mc-merge", dir.PathOf("a"), dir.PathOf("copy")).AssertBadInput();
        Assert.Contains("replication 0 appears twice", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mc_UntilCiWidth_StopsAfterTheFirstBatchWhenItIsNarrowEnough()
    {
        // Any Wilson 95 % interval over 50 replications is at most 2·1.96·√(1/(4·50)) ≈ 0.277 wide
        // (the Wald bound at p = 1/2; Wilson's is narrower), so a 0.5 target stops after one batch of 50.
        using var dir = new TempDirectory();
        string scenario = dir.Write("raid.yaml", SmallRaid);
        var run = CliRun.Of("mc", scenario, "-n", "400", "--until-ci-width", "0.5", "--threads", "2", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(50, doc.RootElement.GetProperty("replications").GetInt32());
        Assert.Equal(0.5, doc.RootElement.GetProperty("until_ci_width").GetDouble());
    }

    [Fact]
    public void Mc_BadShard_IsAUsageError()
    {
        string message = CliRun.Of("mc", "quickstart", "-n", "4", "--shard", "3/2").AssertBadInput();
        Assert.Contains("--shard expects K/M", message, StringComparison.Ordinal);
    }
}
