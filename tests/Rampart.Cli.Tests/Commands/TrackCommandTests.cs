using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

/// <summary><c>rampart track</c> end to end (issue 4, item 7).</summary>
public sealed class TrackCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Three targets on straight lines 20 km apart, σ = 50 m, every target detected, 5 false alarms
    /// per scan over a 100 km square, 30 scans 1 s apart. Deterministic (seeded).
    /// </summary>
    private (string Detections, string Truth) WriteScenario()
    {
        var random = new Random(3);
        var c = CultureInfo.InvariantCulture;
        var d = new StringBuilder("time_s,x_m,y_m\n");
        var t = new StringBuilder("time_s,truth_id,x_m,y_m\n");
        (double X, double Y, double Vx, double Vy)[] targets = [(10_000, 10_000, 200, 0), (10_000, 30_000, 0, 150), (50_000, 50_000, -100, -250)];
        for (int k = 0; k < 30; k++)
        {
            for (int i = 0; i < targets.Length; i++)
            {
                var (x, y, vx, vy) = targets[i];
                double px = x + (vx * k), py = y + (vy * k);
                t.Append(c, $"{k},target-{i},{px:R},{py:R}\n");
                d.Append(c, $"{k},{px + (50 * Gaussian(random)):R},{py + (50 * Gaussian(random)):R}\n");
            }

            for (int j = 0; j < 5; j++)
            {
                d.Append(c, $"{k},{random.NextDouble() * 100_000:R},{random.NextDouble() * 100_000:R}\n");
            }
        }

        return (_dir.Write("d.csv", d.ToString()), _dir.Write("t.csv", t.ToString()));
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Fact]
    public void Track_WritesTracksAndMetrics_AndPrintsMetricsAsJson()
    {
        var (detections, truth) = WriteScenario();
        string outDir = _dir.PathOf("out");

        CliRun run = CliRun.Of("track", "--detections", detections, "--truth", truth, "--out", outDir, "--clutter-density", "5e-10", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        string metricsText = File.ReadAllText(Path.Combine(outDir, "metrics.json"));
        Assert.Equal(metricsText.Trim(), run.Stdout.Trim());
        using var metrics = JsonDocument.Parse(metricsText);
        JsonElement root = metrics.RootElement;
        JsonElement[] perScan = [.. root.GetProperty("gospa_per_scan").EnumerateArray()];
        Assert.Equal(30, perScan.Length);

        // Scan 0: no track is confirmed yet (confirmation on the second detection), so each of the
        // 3 targets is missed at c/2 = 250 m: GOSPA = 750 exactly, all of it "missed".
        Assert.Equal(750.0, perScan[0].GetProperty("gospa").GetDouble(), 9);
        Assert.Equal(750.0, perScan[0].GetProperty("missed").GetDouble(), 9);

        // Later: every target held, so the localisation part is the sum of 3 position errors, each
        // well under 3σ·√2 ≈ 212 m for σ = 50 m per axis. Two false alarms in consecutive scans
        // can confirm a short-lived false track, and a detection outside its track's 0.999 gate
        // (this seed has one: 157 m off in y at scan 13) breaks the track, the old one coasting
        // until deleted after 3 scans without an update: allow a few such false track-scans.
        int falseTrackScans = 0;
        for (int k = 1; k < perScan.Length; k++)
        {
            Assert.True(perScan[k].GetProperty("missed_count").GetInt32() == 0, $"scan {k}: {perScan[k]}");
            Assert.InRange(perScan[k].GetProperty("localisation").GetDouble(), 0, 3 * 212);
            falseTrackScans += perScan[k].GetProperty("false_count").GetInt32();
        }

        Assert.InRange(falseTrackScans, 0, 4);

        Assert.True(root.GetProperty("tracking_seconds").GetDouble() > 0);
        Assert.Equal(500, root.GetProperty("gospa_c").GetDouble());

        string[] lines = File.ReadAllLines(Path.Combine(outDir, "tracks.csv"));
        Assert.Equal("time_s,track_id,x_m,y_m,vx_mps,vy_mps", lines[0]);
        // One row per confirmed track per scan, coasting included: 3 targets on scans 1..29 plus
        // the false track-scans counted above; at most one break per target (≤ 6 ids).
        Assert.Equal((3 * 29) + falseTrackScans, lines.Length - 1);
        Assert.InRange(lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count(), 3, 6);
    }

    [Fact]
    public void Track_WithoutTruth_WritesTracksOnly()
    {
        var (detections, _) = WriteScenario();
        string outDir = _dir.PathOf("out2");

        CliRun run = CliRun.Of("track", "--detections", detections, "--out", outDir);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(outDir, "tracks.csv")));
        Assert.False(File.Exists(Path.Combine(outDir, "metrics.json")));
    }

    [Fact]
    public void Track_BadDetectionsFile_ExitsTwo_NamingFileLineAndColumn()
    {
        string detections = _dir.Write("bad.csv", "time_s,x_m,y_m\n0,1,2\n1,2,oops\n");

        string message = CliRun.Of("track", "--detections", detections, "--out", _dir.PathOf("o")).AssertBadInput();

        Assert.Equal($"{detections}:3:5: error: expected a finite number (y_m, metres), found 'oops'", message);
    }

    [Theory]
    [InlineData("--confirm", "3/2")]
    [InlineData("--pd", "1.5")]
    [InlineData("--measurement-sigma", "-1")]
    [InlineData("--gospa-p", "0.5")]
    public void Track_BadOption_ExitsTwo_SayingWhatWasExpected(string option, string value)
    {
        var (detections, _) = WriteScenario();

        string message = CliRun.Of("track", "--detections", detections, "--out", _dir.PathOf("o"), option, value).AssertBadInput();

        Assert.Contains($"option {option} expects", message, StringComparison.Ordinal);
        Assert.Contains($"found '{value}'", message, StringComparison.Ordinal);
    }
}
