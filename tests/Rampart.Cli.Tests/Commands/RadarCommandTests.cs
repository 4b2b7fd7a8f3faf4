using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class RadarCommandTests
{
    [Fact]
    public void RequiredSnr_Swerling1_OnePulse_IsTheHandWorkedClosedForm()
    {
        // P_d = P_fa^(1/(1+S)) ⇒ S = ln 1e-6/ln 0.9 − 1 = 130.1261 = 21.1436 dB.
        var run = CliRun.Of("radar", "required-snr", "--pd", "0.9", "--pfa", "1e-6", "--swerling", "1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(21.1436, doc.RootElement.GetProperty("snr_db").GetDouble(), 0.001);
    }

    [Fact]
    public void RequiredSnr_Steady_TenPulses_MatchesRichards()
    {
        // Richards, Fundamentals of Radar Signal Processing §6.3.1: P_FA 1e-8, P_D 0.9, N = 10,
        // nonfluctuating target: 6.1 dB single-sample SNR (quoted to 0.1 dB).
        var run = CliRun.Of("radar", "required-snr", "--pd", "0.9", "--pfa", "1e-8", "--pulses", "10", "--format", "json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(6.1, doc.RootElement.GetProperty("snr_db").GetDouble(), 0.06);
    }

    [Fact]
    public void Pd_Swerling1_AtTheClosedFormSnr_IsTheRequestedPd()
    {
        // 21.1436 dB single pulse, P_fa 1e-6, Swerling 1 ⇒ P_d = 1e-6^(1/131.1261) = 0.9000 (by hand).
        var run = CliRun.Of("radar", "pd", "--snr-db", "21.1436 dB", "--pfa", "1e-6", "--swerling", "1", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0.9, doc.RootElement.GetProperty("pd").GetDouble(), 1e-4);
    }

    [Fact]
    public void Horizon_AcceptsUnits_AndGivesTheHandWorkedRange()
    {
        // √(2kRe·hₐ) + √(2kRe·hₜ), 2kRe = 2·(4/3)·6,371,008.8 m = 16,989,356.8 m:
        // hₐ = 30 m → 22,576.1 m; hₜ = 100 m (0.1 km) → 41,218.1 m; total 63,794.2 m.
        var run = CliRun.Of("radar", "horizon", "--antenna-height", "30 m", "--target-altitude", "0.1 km", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(63_794.2, doc.RootElement.GetProperty("range_m").GetDouble(), 0.2);
    }

    [Fact]
    public void Horizon_WithKOne_IsTheGeometricHorizon()
    {
        // k = 1, hₐ = 0, hₜ = 1000 m: √(2·6,371,008.8·1000) = 112,880.5 m.
        var run = CliRun.Of("radar", "horizon", "--antenna-height", "0", "--target-altitude", "1000", "--k", "1", "--format", "json");
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(112_880.5, doc.RootElement.GetProperty("range_m").GetDouble(), 0.2);
    }

    [Fact]
    public void Table_IsTheDefault()
    {
        var run = CliRun.Of("radar", "required-snr", "--pd", "0.9", "--pfa", "1e-6");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("required single-pulse SNR", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("option --pfa expects a probability strictly between 0 and 1, found '2'", "radar", "pd", "--snr-db", "13", "--pfa", "2")]
    [InlineData("option --swerling expects a whole number from 0 to 4, found '5'", "radar", "pd", "--snr-db", "13", "--pfa", "1e-6", "--swerling", "5")]
    [InlineData("expected --pd P, found nothing", "radar", "required-snr", "--pfa", "1e-6")]
    [InlineData("--pd must exceed --pfa", "radar", "required-snr", "--pd", "1e-7", "--pfa", "1e-6")]
    [InlineData("option --antenna-height expects a length", "radar", "horizon", "--antenna-height", "3 s", "--target-altitude", "10")]
    [InlineData("expected one of required-snr, pd, horizon, found 'range'", "radar", "range")]
    [InlineData("unknown option '--snr'", "radar", "pd", "--snr", "13", "--pfa", "1e-6")]
    public void BadInput_ExitsTwo_WithOneClearLine(string expected, params string[] args)
    {
        string message = CliRun.Of(args).AssertBadInput();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }
}
