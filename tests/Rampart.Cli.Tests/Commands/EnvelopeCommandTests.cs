using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class EnvelopeCommandTests
{
    [Fact]
    public void Json_9M96E2_GivesRangesForTheGivenAltitude_AndWritesThePicture()
    {
        using var dir = new TempDirectory();
        var run = CliRun.Of("envelope", "--missile", "9M96E2", "--target-speed", "900 km/h", "--target-altitude", "10km", "--aspect", "head-on", "--out", dir.FullPath, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(dir.PathOf("envelope-9M96E2.png")));
        Assert.Contains(dir.PathOf("envelope-9M96E2.png"), run.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal("9M96E2", root.GetProperty("missile").GetString());
        // 900 km/h = 250 m/s (unit suffix accepted).
        Assert.Equal(250.0, root.GetProperty("target_speed_mps").GetDouble(), 9);
        double max = root.GetProperty("max_range_m").GetDouble();
        double min = root.GetProperty("min_range_m").GetDouble();
        // Published 120 km (REFERENCE.md); the flyout model must land within 15 %.
        Assert.InRange(max, 102_000.0, 138_000.0);
        Assert.InRange(min, 0.0, 10_000.0);
        var rows = root.GetProperty("rows").EnumerateArray().ToArray();
        var given = rows.Single(r => r.GetProperty("altitude_m").GetDouble() == 10_000.0);
        Assert.Equal(max, given.GetProperty("max_range_m").GetDouble());
        Assert.Equal(min, given.GetProperty("min_range_m").GetDouble());
        Assert.True(rows.Length > 5);
    }

    [Theory]
    [InlineData("option --missile expects a missile of the equipment library", "envelope", "--missile", "S-300", "--target-speed", "250", "--target-altitude", "10km")]
    [InlineData("option --target-speed expects a speed", "envelope", "--missile", "9M96E2", "--target-speed", "10 km", "--target-altitude", "10km")]
    [InlineData("option --target-altitude expects a length", "envelope", "--missile", "9M96E2", "--target-speed", "250", "--target-altitude", "fast")]
    [InlineData("--aspect", "envelope", "--missile", "9M96E2", "--target-speed", "250", "--target-altitude", "10km", "--aspect", "sideways")]
    [InlineData("expected --target-speed V, found nothing", "envelope", "--missile", "9M96E2", "--target-altitude", "10km")]
    public void BadInput_ExitsTwo_WithOneClearLine(string expected, params string[] args)
    {
        string message = CliRun.Of(args).AssertBadInput();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_DescribesTheCommand()
    {
        var run = CliRun.Of("envelope", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("rampart envelope --missile NAME --target-speed V --target-altitude A", run.Stdout, StringComparison.Ordinal);
    }
}
