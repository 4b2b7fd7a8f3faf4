using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

/// <summary><c>rampart track</c> on polar detections with a sensors file (issue 4, item 7).</summary>
public sealed class TrackCommandPolarTests : IDisposable
{
    private const string Sites = """
        # one radar at the origin of the tracker frame
        sensors:
          - name: r1
            position: {lat: 55.0, lon: 37.0, alt: 100 m}
            sigma_range: 20 m
            sigma_azimuth: 0.05 deg
            sigma_elevation: 0.05 deg
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>
    /// Three targets on straight lines 20 km apart at 3–8 km altitude, 30 scans 1 s apart, all
    /// detected by the one radar at the frame's origin, no clutter. Because the radar sits at the
    /// origin its ENU frame is the tracker's, so the polar coordinates are the textbook ones
    /// (worked here, not by the code under test): r = |p|, az = atan2(x, y), el = asin(z / r),
    /// plus seeded Gaussian noise of the sensors file's σ.
    /// </summary>
    private (string Detections, string Truth) WriteScenario()
    {
        var random = new Random(7);
        var c = CultureInfo.InvariantCulture;
        var d = new StringBuilder("time_s,sensor,range_m,azimuth_deg,elevation_deg\n");
        var t = new StringBuilder("time_s,truth_id,x_m,y_m,z_m\n");
        (double X, double Y, double Z, double Vx, double Vy)[] targets =
            [(10_000, 30_000, 3_000, 200, 0), (10_000, 50_000, 5_000, 0, -150), (-30_000, 40_000, 8_000, 250, 100)];
        for (int k = 0; k < 30; k++)
        {
            for (int i = 0; i < targets.Length; i++)
            {
                var (x0, y0, z, vx, vy) = targets[i];
                double x = x0 + (vx * k), y = y0 + (vy * k);
                t.Append(c, $"{k},target-{i},{x:R},{y:R},{z:R}\n");
                double r = Math.Sqrt((x * x) + (y * y) + (z * z));
                double az = Math.Atan2(x, y) * 180 / Math.PI;
                double el = Math.Asin(z / r) * 180 / Math.PI;
                d.Append(c, $"{k},r1,{r + (20 * Gaussian(random)):R},{az + (0.05 * Gaussian(random)):R},{el + (0.05 * Gaussian(random)):R}\n");
            }
        }

        return (_dir.Write("polar.csv", d.ToString()), _dir.Write("truth.csv", t.ToString()));
    }

    private static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());

    [Fact]
    public void PolarDetections_AreTrackedIn3D_AndScoredWithTheAssociationMetrics()
    {
        var (detections, truth) = WriteScenario();
        string sites = _dir.Write("sites.yaml", Sites);
        string outDir = _dir.PathOf("out");

        CliRun run = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--truth", truth, "--out", outDir, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "metrics.json")));
        JsonElement root = metrics.RootElement;
        JsonElement[] perScan = [.. root.GetProperty("gospa_per_scan").EnumerateArray()];
        Assert.Equal(30, perScan.Length);

        // Scan 0: no track is confirmed yet (2 of 3 detections needed), so the 3 targets are
        // missed at c/2 = 250 m each: 750, and completeness at that scan is 0.
        Assert.Equal(750.0, perScan[0].GetProperty("gospa").GetDouble(), 9);
        Assert.Equal(0, perScan[0].GetProperty("truths_tracked").GetInt32());

        // Then each target is held by one track, so at best completeness = 29·3 / 30·3 = 29/30;
        // σ_cross-range ≤ 60 km × 0.05° ≈ 52 m, 20 m in range: well inside the 500 m gate.
        Assert.Equal(29.0 / 30.0, root.GetProperty("completeness").GetDouble(), 9);
        Assert.Equal(1.0, root.GetProperty("ambiguity").GetDouble(), 9);
        Assert.Equal(0.0, root.GetProperty("spuriousness").GetDouble(), 9);
        Assert.Equal(0, root.GetProperty("track_breaks").GetInt32());
        Assert.True(root.GetProperty("nees_samples").GetInt64() == 87, root.GetRawText()); // 3 tracks × 29 scans
        Assert.InRange(root.GetProperty("position_error_mean_m").GetDouble(), 0, 200);
        Assert.True(root.GetProperty("tracking_seconds").GetDouble() > 0);
        Assert.Equal(root.GetRawText(), JsonDocument.Parse(run.Stdout).RootElement.GetRawText());

        string[] lines = File.ReadAllLines(Path.Combine(outDir, "tracks.csv"));
        Assert.Equal("time_s,track_id,x_m,y_m,z_m,vx_mps,vy_mps,vz_mps", lines[0]);
        Assert.Equal(3 * 29, lines.Length - 1);
    }

    [Fact]
    public void LocalSensorPositions_AreAccepted_WithAnOrigin()
    {
        var (detections, _) = WriteScenario();
        string sites = _dir.Write("local.yaml", """
            origin: [55.0, 37.0, 100 m]
            sensors:
              - name: r1
                local: {x: 0 m, y: 0 m, z: 0 m}
                sigma_range: 20 m
                sigma_azimuth: 0.05 deg
                sigma_elevation: 0.05 deg
                max_range: 300 km
            """);

        CliRun run = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--out", _dir.PathOf("o"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("polar, 3-D tracker", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("confirmed tracks  3", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BadSensorsFile_ExitsTwo_NamingFileLineAndColumn()
    {
        var (detections, _) = WriteScenario();
        string sites = _dir.Write("bad.yaml", "sensors:\n  - name: r1\n    position: {lat: 55.0, lon: 37.0}\n    sigma_range: fast\n    sigma_azimuth: 0.05 deg\n    sigma_elevation: 0.05 deg\n");

        string message = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--out", _dir.PathOf("o")).AssertBadInput();

        Assert.StartsWith($"{sites}:4:18: error: expected a length", message, StringComparison.Ordinal);
        Assert.EndsWith("found 'fast'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalPositionWithoutOrigin_ExitsTwo_AtTheLocalKey()
    {
        var (detections, _) = WriteScenario();
        string sites = _dir.Write("noorigin.yaml", "sensors:\n  - name: r1\n    local: {x: 1 km, y: 0 m}\n    sigma_range: 20 m\n    sigma_azimuth: 0.05 deg\n    sigma_elevation: 0.05 deg\n");

        string message = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--out", _dir.PathOf("o")).AssertBadInput();

        Assert.StartsWith($"{sites}:3:5: error: expected a top-level 'origin'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSensorInDetections_ExitsTwo_AtTheField()
    {
        string detections = _dir.Write("d.csv", "time_s,sensor,range_m,azimuth_deg,elevation_deg\n0,r1,1000,10,1\n1,r2,1000,10,1\n");
        string sites = _dir.Write("sites.yaml", Sites);

        string message = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--out", _dir.PathOf("o")).AssertBadInput();

        Assert.Equal($"{detections}:3:3: error: expected a sensor named in the sensors file (r1), found 'r2'", message);
    }

    [Fact]
    public void PolarDetectionsWithoutSensors_ExitTwo()
    {
        var (detections, _) = WriteScenario();

        string message = CliRun.Of("track", "--detections", detections, "--out", _dir.PathOf("o")).AssertBadInput();

        Assert.Contains("need --sensors SITES.yaml", message, StringComparison.Ordinal);
    }

    [Fact]
    public void DebiasedConversion_HoldsTheSameTargets_WithDifferentEstimates()
    {
        var (detections, truth) = WriteScenario();
        string sites = _dir.Write("sites.yaml", Sites);

        CliRun standard = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--truth", truth, "--out", _dir.PathOf("std"), "--conversion", "standard");
        CliRun debiased = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--truth", truth, "--out", _dir.PathOf("deb"), "--conversion", "debiased");

        Assert.True(standard.ExitCode == 0, standard.Stderr);
        Assert.True(debiased.ExitCode == 0, debiased.Stderr);
        using var metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.PathOf("deb"), "metrics.json")));
        // As for the standard conversion above: each target held from scan 1, so 29/30.
        Assert.Equal(29.0 / 30.0, metrics.RootElement.GetProperty("completeness").GetDouble(), 9);
        Assert.Equal(0, metrics.RootElement.GetProperty("track_breaks").GetInt32());
        // The option reaches the tracker: the estimates are not the standard ones (they differ
        // by the λ factors, here 1 − e^{-σ²} ≈ 7.6e-7 of the range, i.e. centimetres).
        Assert.NotEqual(File.ReadAllText(Path.Combine(_dir.PathOf("std"), "tracks.csv")), File.ReadAllText(Path.Combine(_dir.PathOf("deb"), "tracks.csv")));
    }

    [Fact]
    public void UnknownConversion_ExitsTwo_NamingTheChoices()
    {
        var (detections, _) = WriteScenario();
        string sites = _dir.Write("sites.yaml", Sites);

        string message = CliRun.Of("track", "--detections", detections, "--sensors", sites, "--out", _dir.PathOf("o"), "--conversion", "ukf").AssertBadInput();

        Assert.Contains("debiased", message, StringComparison.Ordinal);
    }
}
