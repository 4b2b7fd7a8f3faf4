using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class GuidanceCommandTests
{
    [Fact]
    public void Miss_StepManoeuvre_Json_IsTheTextbookPeak()
    {
        // N′ = 3, T = 1 s, t_F = 2 s: miss = n_t·T²·x²e^(−x)/2 at x = 2, i.e. 2e⁻²·n_t·T² =
        // 0.270671 × 29.41995 m = 7.96311 m (hand-worked closed form; see HomingLoopClosedForms).
        var run = CliRun.Of("guidance", "miss", "--law", "pn", "--nav-ratio", "3", "--time-constant", "1s", "--flight-time", "2s", "--target-accel", "3g", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(7.96311, root.GetProperty("miss_m").GetDouble(), 1e-4);
        Assert.Equal(0.270671, root.GetProperty("normalised_miss").GetDouble(), 1e-5);
        Assert.Equal("pn", root.GetProperty("law").GetString());
        Assert.Equal(3.0, root.GetProperty("nav_ratio").GetDouble());
        Assert.Equal(1.0, root.GetProperty("time_constant_s").GetDouble());
        Assert.Equal(2.0, root.GetProperty("flight_time_s").GetDouble());
        Assert.Equal(29.41995, root.GetProperty("target_accel_mps2").GetDouble(), 1e-9);
        Assert.False(root.TryGetProperty("rows", out _));
    }

    [Fact]
    public void Miss_HeadingError_IsSignedAsZarchanPlotsIt()
    {
        // HE = −20°, V_m = 3000 m/s: y′(0) = −V_m·HE = +1047.20 m/s. N′ = 3, T = 1 s, t_F = 1 s:
        // miss = y′(0)·T·e^(−x)(x − x²/2) at x = 1 = 1047.20 × 0.5/e = 192.62 m (hand-worked),
        // positive; at x = 3 it is 1047.20 × e⁻³(3 − 4.5) = −78.205 m.
        var early = CliRun.Of("guidance", "miss", "--law", "pn", "--nav-ratio", "3", "--time-constant", "1s", "--flight-time", "1s", "--heading-error", "-20deg", "--missile-speed", "3000m/s", "--format", "json");
        var late = CliRun.Of("guidance", "miss", "--law", "pn", "--nav-ratio", "3", "--time-constant", "1s", "--flight-time", "3s", "--heading-error", "-20deg", "--missile-speed", "3000m/s", "--format", "json");
        Assert.Equal(0, early.ExitCode);
        using var e = JsonDocument.Parse(early.Stdout);
        using var l = JsonDocument.Parse(late.Stdout);
        Assert.Equal(192.62, e.RootElement.GetProperty("miss_m").GetDouble(), 0.01);
        Assert.Equal(-78.205, l.RootElement.GetProperty("miss_m").GetDouble(), 0.01);
        Assert.Equal(-20.0 * Math.PI / 180.0, e.RootElement.GetProperty("heading_error_rad").GetDouble(), 1e-12);
        Assert.Equal(3000.0, e.RootElement.GetProperty("missile_speed_mps").GetDouble());
    }

    [Fact]
    public void Miss_Table_NamesTheMissAndTheMethod()
    {
        var run = CliRun.Of("guidance", "miss", "--law", "apn", "--nav-ratio", "4", "--time-constant", "0.5", "--flight-time", "5", "--target-accel", "30");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("miss at flight time 5 s:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("APN", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Miss_ZeroLag_IsZero()
    {
        var run = CliRun.Of("guidance", "miss", "--nav-ratio", "3", "--time-constant", "0", "--flight-time", "10", "--heading-error", "10deg", "--missile-speed", "1000", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0.0, doc.RootElement.GetProperty("miss_m").GetDouble());
        Assert.False(doc.RootElement.TryGetProperty("normalised_miss", out _));
    }

    [Theory]
    [InlineData("option --target-accel expects an acceleration (e.g. '3g', '30 m/s2'), found '3km'", "--target-accel", "3km")]
    [InlineData("found both", "--target-accel", "3g", "--heading-error", "10deg", "--missile-speed", "1000")]
    [InlineData("found neither", "--law", "pn")]
    [InlineData("--heading-error and --missile-speed go together, found only --heading-error", "--heading-error", "10deg")]
    [InlineData("option --heading-error expects an angle (e.g. '-20deg', '0.1 rad'), found '20 m'", "--heading-error", "20 m", "--missile-speed", "1000")]
    [InlineData("option --missile-speed expects a speed above 0, found '-5 m/s'", "--heading-error", "1deg", "--missile-speed", "-5 m/s")]
    [InlineData("option --law expects one of pn, apn, found 'tpn'", "--law", "tpn", "--target-accel", "3g")]
    [InlineData("found --out without --sweep", "--target-accel", "3g", "--out", "x")]
    public void BadInput_ExitsTwo_WithOneClearLine(string expected, params string[] extra)
    {
        string[] args = ["guidance", "miss", "--nav-ratio", "3", "--time-constant", "1s", "--flight-time", "10s", .. extra];
        string message = CliRun.Of(args).AssertBadInput();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("option --nav-ratio expects a positive number, found '-3'", "--nav-ratio", "-3", "--time-constant", "1", "--flight-time", "10")]
    [InlineData("option --time-constant expects a duration (e.g. '10 s', '250 ms'), found '1 km'", "--nav-ratio", "3", "--time-constant", "1 km", "--flight-time", "10")]
    [InlineData("option --time-constant expects a duration of at least 0 s, found '-1s'", "--nav-ratio", "3", "--time-constant", "-1s", "--flight-time", "10")]
    [InlineData("option --flight-time expects a duration above 0 s, found '0'", "--nav-ratio", "3", "--time-constant", "1", "--flight-time", "0")]
    [InlineData("expected --flight-time TF, found nothing", "--nav-ratio", "3", "--time-constant", "1")]
    [InlineData("at most 1000 time constants", "--nav-ratio", "3", "--time-constant", "1ms", "--flight-time", "10")]
    public void BadLoop_ExitsTwo_WithOneClearLine(string expected, params string[] loop)
    {
        string[] args = ["guidance", "miss", .. loop, "--target-accel", "3g"];
        string message = CliRun.Of(args).AssertBadInput();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_WithoutMiss_IsAUsageError()
    {
        string message = CliRun.Of("guidance", "hit").AssertBadInput();
        Assert.Contains("rampart guidance: expected miss, found 'hit'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DescribesTheCommand()
    {
        var run = CliRun.Of("guidance", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rampart guidance miss --law pn|apn", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--heading-error E --missile-speed V", run.Stdout, StringComparison.Ordinal);
    }
}

public sealed class GuidanceSweepPictureTests
{
    [Fact]
    public void Sweep_WritesThePicture_ToOutDir_AndTabulatesMissAgainstFlightTime()
    {
        using var dir = new TempDirectory();
        string outDir = dir.PathOf("pictures");

        var run = CliRun.Of("guidance", "miss", "--law", "pn", "--nav-ratio", "3", "--time-constant", "1s", "--flight-time", "10s", "--target-accel", "3g", "--sweep", "--out", outDir, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        string png = Path.Combine(outDir, "guidance-miss-pn-target-accel.png");
        Assert.Contains("rampart: wrote " + png, run.Stderr, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);

        // Rows at t_F = 0.1, 0.2, …, 10 s; N′ = 3: miss = n_t·t_F²·e^(−t_F/T)/2 (hand-worked), so at
        // 2 s it is 7.96311 m (the peak) and at 10 s 29.41995 × 100 × e⁻¹⁰/2 = 0.066783 m.
        using var doc = JsonDocument.Parse(run.Stdout);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(100, rows.Length);
        Assert.Equal(0.1, rows[0].GetProperty("flight_time_s").GetDouble(), 1e-12);
        Assert.Equal(10.0, rows[^1].GetProperty("flight_time_s").GetDouble(), 1e-12);
        Assert.Equal(7.96311, rows[19].GetProperty("miss_m").GetDouble(), 1e-4);
        Assert.Equal(0.066783, rows[^1].GetProperty("miss_m").GetDouble(), 1e-5);
        Assert.Equal(0.270671, rows[19].GetProperty("normalised_miss").GetDouble(), 1e-5);
        Assert.Equal(rows[^1].GetProperty("miss_m").GetDouble(), doc.RootElement.GetProperty("miss_m").GetDouble());
    }

    [Fact]
    public void Sweep_Table_ListsOneRowPerFlightTime()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("guidance", "miss", "--nav-ratio", "4", "--time-constant", "0.5", "--flight-time", "5", "--heading-error", "-20deg", "--missile-speed", "3000", "--sweep", "--out", dir.PathOf("p"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("flight time s      miss m", run.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.PathOf("p"), "guidance-miss-pn-heading-error.png")));
    }
}
