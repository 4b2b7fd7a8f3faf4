using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rampart.Cli.Tests.Commands;

/// <summary><c>rampart run --metrics</c>: the command post's picture scored against truth (issue 4, item 6).</summary>
public sealed class RunCommandMetricsTests : IDisposable
{
    private static readonly string[] MetricKeys =
    [
        "gospa_mean", "gospa_localisation_mean", "gospa_missed_mean", "gospa_false_mean", "gospa_c", "gospa_p", "ospa_mean",
        "association_gate_m", "completeness", "ambiguity", "spuriousness", "position_error_mean_m", "track_breaks",
        "track_number_change_rate_per_s", "longest_track_segment", "nees_mean", "nees_samples", "steps",
    ];

    private readonly TempDirectory _dir = new();
    private readonly string _scenario;

    public RunCommandMetricsTests()
    {
        _scenario = _dir.Write("lone-fighter.yaml", TestScenarios.LoneFighter);
    }

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Metrics_AddAMetricsObject_AndChangeNothingElse()
    {
        var plain = CliRun.Of("run", _scenario, "--format", "json");
        var scored = CliRun.Of("run", _scenario, "--format", "json", "--metrics");

        Assert.True(scored.ExitCode == 0, scored.Stderr);
        JsonElement summary = SummaryJsonAssert.ParseSingleObject(scored.Stdout);
        JsonElement metrics = summary.GetProperty("metrics");
        foreach (string key in MetricKeys)
        {
            Assert.True(metrics.TryGetProperty(key, out _), $"metrics lacks '{key}'");
        }

        // Defaults: c = 5 km, p = 1, the gate equal to c. Samples every 1 s from 0 to 240 s: 241 steps.
        Assert.Equal(5000, metrics.GetProperty("gospa_c").GetDouble());
        Assert.Equal(1, metrics.GetProperty("gospa_p").GetDouble());
        Assert.Equal(5000, metrics.GetProperty("association_gate_m").GetDouble());
        Assert.Equal(241, metrics.GetProperty("steps").GetInt32());

        // One command post: its own scores are the pooled ones.
        JsonElement post = Assert.Single(metrics.GetProperty("command_posts").EnumerateArray());
        Assert.Equal(metrics.GetProperty("gospa_mean").GetDouble(), post.GetProperty("gospa_mean").GetDouble());

        // One fighter, tracked once detected: some but not all of its flight is covered (the
        // first scan cannot confirm a track), ambiguity at least 1, GOSPA split sums to the mean (p = 1).
        Assert.InRange(metrics.GetProperty("completeness").GetDouble(), 0.01, 0.999);
        Assert.True(metrics.GetProperty("ambiguity").GetDouble() >= 1);
        double split = metrics.GetProperty("gospa_localisation_mean").GetDouble() + metrics.GetProperty("gospa_missed_mean").GetDouble()
            + metrics.GetProperty("gospa_false_mean").GetDouble();
        Assert.Equal(metrics.GetProperty("gospa_mean").GetDouble(), split, 6);
        Assert.True(metrics.GetProperty("nees_samples").GetInt64() > 0);

        // Scoring reads truth as output only: the run itself is byte-for-byte the same.
        var withoutMetrics = (JsonObject)JsonNode.Parse(scored.Stdout)!;
        withoutMetrics.Remove("metrics");
        Assert.Equal(JsonNode.Parse(plain.Stdout)!.ToJsonString(), withoutMetrics.ToJsonString());
    }

    [Fact]
    public void Metrics_AreWrittenToSummaryJson_AndTheTable()
    {
        string outDir = _dir.PathOf("out");

        var json = CliRun.Of("run", _scenario, "--metrics", "--gospa-c", "2 km", "--association-gate", "1500", "--format", "json", "--out", outDir);
        var table = CliRun.Of("run", _scenario, "--metrics");

        Assert.True(json.ExitCode == 0, json.Stderr);
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "summary.json")));
        JsonElement metrics = file.RootElement.GetProperty("metrics");
        Assert.Equal(2000, metrics.GetProperty("gospa_c").GetDouble());
        Assert.Equal(1500, metrics.GetProperty("association_gate_m").GetDouble());
        Assert.Equal(metrics.GetRawText(), SummaryJsonAssert.ParseSingleObject(json.Stdout).GetProperty("metrics").GetRawText());
        // metrics.csv: the scores over time, one row per second from 0 to 240 s (one command post).
        string[] rows = File.ReadAllLines(Path.Combine(outDir, "metrics.csv"));
        Assert.Equal("time_s,command_post,gospa,localisation,missed,false,ospa,truths,truths_tracked,tracks,tracks_associated", rows[0]);
        Assert.Equal(241, rows.Length - 1);
        // At t = 0 nothing is confirmed yet: the one fighter is missed, GOSPA = c/2 = 1000 m.
        string[] first = rows[1].Split(',');
        Assert.Equal(("0", "1000", "1", "0"), (first[0], first[2], first[7], first[8]));
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("tracking metrics", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("GOSPA c = 5000 m", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutMetrics_ThereIsNoMetricsKey()
    {
        var run = CliRun.Of("run", _scenario, "--format", "json");

        Assert.False(SummaryJsonAssert.ParseSingleObject(run.Stdout).TryGetProperty("metrics", out _));
    }

    [Theory]
    [InlineData("--gospa-c", "-5 km", "option --gospa-c expects a positive length")]
    [InlineData("--gospa-p", "0.5", "option --gospa-p expects a number ≥ 1")]
    [InlineData("--association-gate", "far", "option --association-gate expects a positive length")]
    public void BadScoringOption_ExitsTwo(string option, string value, string expected)
    {
        string message = CliRun.Of("run", _scenario, "--metrics", option, value).AssertBadInput();

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.Contains($"found '{value}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoringOption_WithoutMetrics_ExitsTwo()
    {
        string message = CliRun.Of("run", _scenario, "--gospa-c", "5 km").AssertBadInput();

        Assert.Contains("option --gospa-c needs --metrics", message, StringComparison.Ordinal);
    }
}
