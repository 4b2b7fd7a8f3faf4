using System.Security.Cryptography;
using System.Text.Json;

namespace Rampart.Cli.Tests.Output;

/// <summary><c>rampart run --out DIR</c>: events.jsonl and summary.json, and never losing earlier outputs.</summary>
public sealed class OutputDirectoryTests : IDisposable
{
    /// <summary>The event kinds issue 2 (item 8) allows.</summary>
    private static readonly string[] AllowedKinds =
        ["detection", "track_confirmed", "track_dropped", "engagement_assigned", "launch", "intercept", "kill", "miss", "leak", "threat_ranked"];

    private readonly TempDirectory _dir = new();
    private readonly string _scenario;

    public OutputDirectoryTests()
    {
        _scenario = _dir.Write("lone-fighter.yaml", TestScenarios.LoneFighter);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EventsJsonl_StartsWithAHeader_ThenTimeOrderedEventsOfKnownKinds()
    {
        string outDir = _dir.PathOf("out");

        var run = CliRun.Of("run", _scenario, "--out", outDir, "--seed", "5");

        Assert.Equal(0, run.ExitCode);
        string[] lines = File.ReadAllLines(Path.Combine(outDir, "events.jsonl"));
        Assert.True(lines.Length > 1, "expected a header and at least one event");

        using (var header = JsonDocument.Parse(lines[0]))
        {
            JsonElement h = header.RootElement;
            Assert.Equal(RampartVersion(), h.GetProperty("rampart_version").GetString());
            // Reference: SHA-256 of the scenario file's bytes, computed here independently.
            string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_scenario)));
            Assert.Equal(sha, h.GetProperty("scenario_sha256").GetString());
            Assert.Equal(5UL, h.GetProperty("seed").GetUInt64());
        }

        double previous = double.NegativeInfinity;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in lines[1..])
        {
            using var doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            Assert.Equal(JsonValueKind.Object, e.ValueKind);
            double t = e.GetProperty("t").GetDouble();
            string kind = e.GetProperty("kind").GetString()!;
            Assert.Contains(kind, AllowedKinds);
            Assert.True(t >= previous, $"time went back from {previous} to {t}: {line}");
            previous = t;
            kinds.Add(kind);
        }

        // The lone fighter is seen, tracked and engaged (see RunCommandTests), so those kinds must be in its log.
        Assert.Contains("detection", kinds);
        Assert.Contains("track_confirmed", kinds);
        Assert.Contains("launch", kinds);
        Assert.True(previous <= TestScenarios.LoneFighterSeconds, $"an event at {previous} s is after the end of the run");
    }

    [Fact]
    public void SummaryJson_EqualsTheJsonPrintedOnStdout()
    {
        string outDir = _dir.PathOf("out");

        var run = CliRun.Of("run", _scenario, "--out", outDir, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        string summary = File.ReadAllText(Path.Combine(outDir, "summary.json"));
        Assert.Equal(summary.TrimEnd(), run.Stdout.TrimEnd());
        SummaryJsonAssert.ParseSingleObject(summary);
        // Written files only: no temporary files left behind.
        Assert.Equal(
            ["altitude.png", "events.jsonl", "map.png", "run.czml", "run.kml", "run.sqlite", "summary.json", "timeline.png"],
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(outDir, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondRunIntoTheSameDirectory_FailsAndLeavesTheOldFilesUntouched()
    {
        string outDir = _dir.PathOf("out");
        Assert.Equal(0, CliRun.Of("run", _scenario, "--out", outDir).ExitCode);
        byte[] events = File.ReadAllBytes(Path.Combine(outDir, "events.jsonl"));
        byte[] summary = File.ReadAllBytes(Path.Combine(outDir, "summary.json"));

        // Another seed, so that a run that did write would change the files.
        string message = CliRun.Of("run", _scenario, "--out", outDir, "--seed", "9").AssertBadInput();

        Assert.Contains("events.jsonl", message, StringComparison.Ordinal);
        Assert.Contains("summary.json", message, StringComparison.Ordinal);
        Assert.Contains("--overwrite", message, StringComparison.Ordinal);
        Assert.Equal(events, File.ReadAllBytes(Path.Combine(outDir, "events.jsonl")));
        Assert.Equal(summary, File.ReadAllBytes(Path.Combine(outDir, "summary.json")));
        Assert.Equal(8, Directory.GetFiles(outDir).Length);
    }

    [Fact]
    public void Overwrite_ReplacesTheOldFiles()
    {
        string outDir = _dir.PathOf("out");
        Assert.Equal(0, CliRun.Of("run", _scenario, "--out", outDir, "--seed", "1").ExitCode);

        var run = CliRun.Of("run", _scenario, "--out", outDir, "--seed", "2", "--overwrite");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        Assert.Equal(2UL, summary.RootElement.GetProperty("seed").GetUInt64());
        using var header = JsonDocument.Parse(File.ReadLines(Path.Combine(outDir, "events.jsonl")).First());
        Assert.Equal(2UL, header.RootElement.GetProperty("seed").GetUInt64());
    }

    [Fact]
    public void OutPointingAtAFile_ExitsTwo_AndLeavesTheFileAlone()
    {
        string file = _dir.Write("results.txt", "keep me");

        string message = CliRun.Of("run", _scenario, "--out", file).AssertBadInput();

        Assert.Contains("--out expects a directory, found a file", message, StringComparison.Ordinal);
        Assert.Contains(file, message, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void EmptyOut_ExitsTwo()
    {
        string message = CliRun.Of("run", _scenario, "--out", "").AssertBadInput();

        Assert.Contains("--out", message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutDirectory_IsCreatedWhenMissing()
    {
        string outDir = Path.Combine(_dir.FullPath, "nested", "deeper");

        Assert.Equal(0, CliRun.Of("run", _scenario, "--out", outDir).ExitCode);

        Assert.True(File.Exists(Path.Combine(outDir, "events.jsonl")));
        Assert.True(File.Exists(Path.Combine(outDir, "summary.json")));
    }

    private static string RampartVersion()
    {
        string line = CliRun.Of("--version").Stdout.Trim();
        return line["rampart ".Length..];
    }
}
