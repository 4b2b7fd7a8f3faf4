using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class CoverageCommandTests
{
    [Fact]
    public void Json_96L6E_SmallTarget_IsHorizonLimitedLow_AndPowerLimitedHigh()
    {
        // 96L6E file: 1 m² at 300 km (P_d 0.5, P_fa 1e-8, read as Swerling 1). Against 0.01 m² at
        // the same P_d, P_fa and Swerling case: 300 km·0.01^(1/4) = 94,868.3 m (by hand).
        // Antenna 35 m, target 10 m: horizon 24,384.8 + 13,034.3 = 37,419.1 m (by hand, 4/3 earth).
        var run = CliRun.Of("coverage", "--radar", "96L6E", "--rcs", "0.01 m2", "--antenna-height", "35 m", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("96L6E", root.GetProperty("radar").GetString());
        Assert.Equal(0.01, root.GetProperty("rcs_m2").GetDouble(), 12);
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(10.0, rows[0].GetProperty("altitude_m").GetDouble());
        Assert.Equal(30_000.0, rows[^1].GetProperty("altitude_m").GetDouble());
        Assert.Equal("horizon", rows[0].GetProperty("limited_by").GetString());
        Assert.Equal(37_419.1, rows[0].GetProperty("range_m").GetDouble(), 25.0);
        Assert.Equal("power", rows[^1].GetProperty("limited_by").GetString());
        Assert.Equal(94_868.3, rows[^1].GetProperty("range_m").GetDouble(), 0.5);

        // Range never falls with altitude until the power limit, which is flat.
        for (int i = 1; i < rows.Length; i++)
        {
            Assert.True(rows[i].GetProperty("range_m").GetDouble() >= rows[i - 1].GetProperty("range_m").GetDouble() - 1e-6);
        }
    }

    [Fact]
    public void Rcs_AcceptsDbsm()
    {
        // −20 dBsm = 0.01 m².
        var run = CliRun.Of("coverage", "--radar", "96L6E", "--rcs", "-20 dBsm", "--format", "json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0.01, doc.RootElement.GetProperty("rcs_m2").GetDouble(), 12);
    }

    [Fact]
    public void Table_NamesTheLimitOfEachRow()
    {
        var run = CliRun.Of("coverage", "--radar", "91N6E", "--rcs", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("altitude m   range km", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("horizon", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Jammer_OnTheAxis_ShrinksTheRange_ByTheHandWorkedJN()
    {
        // 96L6E: 1° × 2° beams ⇒ G = 13,000; 5.5 GHz; 75 m ⇒ B_r = 1.99862 MHz; F = 3 dB (assumed).
        // ERP 1 kW, 100 MHz, 150 km: J/N = 13,607 = 41.34 dB (NoiseJammingTests, by hand).
        // Free-space range 94,868.3 m·(1 + 13,607)^(−1/4) = 94,868.3/10.8011 = 8,783.1 m.
        var run = CliRun.Of("coverage", "--radar", "96L6E", "--rcs", "0.01", "--jammer", "erp=1kW,bandwidth=100MHz,range=150km", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(41.34, root.GetProperty("jammer").GetProperty("jam_to_noise_db").GetDouble(), 0.01);
        Assert.Equal(8_783.1, root.GetProperty("power_limited_range_m").GetDouble(), 2.0);
        // At 5 km altitude the jammed radar is power-limited at that range; 30 km is out of its reach.
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        var at5km = rows.Single(r => r.GetProperty("altitude_m").GetDouble() == 5_000);
        Assert.Equal(8_783.1, at5km.GetProperty("range_m").GetDouble(), 2.0);
        Assert.Equal("not_covered", rows[^1].GetProperty("limited_by").GetString());
    }

    [Theory]
    [InlineData("option --jammer expects 'erp=POWER,bandwidth=FREQUENCY,range=LENGTH", "coverage", "--radar", "96L6E", "--rcs", "1", "--jammer", "erp=1kW")]
    [InlineData("unknown key 'power'", "coverage", "--radar", "96L6E", "--rcs", "1", "--jammer", "power=1kW,bandwidth=1MHz,range=1km")]
    [InlineData("option --radar expects a radar of the equipment library (76T6, 77T6, 91N6AM, 91N6E, 92N6E, 96L6-TsP, 96L6E), found 'S-300'", "coverage", "--radar", "S-300", "--rcs", "1")]
    [InlineData("option --rcs expects a positive radar cross-section", "coverage", "--radar", "96L6E", "--rcs", "5 km")]
    [InlineData("expected --rcs SIGMA, found nothing", "coverage", "--radar", "96L6E")]
    public void BadInput_ExitsTwo_WithOneClearLine(string expected, params string[] args)
    {
        string message = CliRun.Of(args).AssertBadInput();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }
}

public sealed class CoveragePictureTests
{
    [Fact]
    public void Coverage_WritesItsDiagram_ToOutDir_AndNamesItOnStderr()
    {
        using var dir = new TempDirectory();
        string outDir = dir.PathOf("pictures");

        var run = CliRun.Of("coverage", "--radar", "96L6E", "--rcs", "0.01", "--out", outDir, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        string png = Path.Combine(outDir, "coverage-96L6E.png");
        Assert.Contains(png, run.Stderr, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal("96L6E", doc.RootElement.GetProperty("radar").GetString());
    }
}
