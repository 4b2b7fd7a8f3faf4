using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class SensorRegistrationLoaderTests
{
    private static ScenarioModel Parse(string text) => ScenarioLoader.Parse(text, "test.yaml", ScenarioText.Library.Value);

    [Fact]
    public void RadarSite_ReadsBiasAndLatency_AndCommandPostReadsMaxTracks()
    {
        string text = ScenarioText.With(
            "{name: S1, type: 91N6E, position: [54.05, 12.06, 20 m]}",
            "{name: S1, type: 91N6E, position: [54.05, 12.06, 20 m], range_bias: 150 m, azimuth_bias: 0.2 deg, elevation_bias: -0.1 deg, report_latency: 2.5 s}")
            .Replace("command_post: {position: [54.04, 12.10]}", "command_post: {position: [54.04, 12.10], max_tracks: 120}", StringComparison.Ordinal);

        Battery battery = Assert.Single(Parse(text).Batteries);
        SearchRadarSite s1 = Assert.Single(battery.SearchRadars);
        Assert.Equal(150, s1.Bias.RangeM, 12);
        Assert.Equal(0.2 * Math.PI / 180, s1.Bias.AzimuthRad, 12);
        Assert.Equal(-0.1 * Math.PI / 180, s1.Bias.ElevationRad, 12);
        Assert.Equal(2.5, s1.ReportLatencyS, 12);
        Assert.Equal(120, battery.CommandPost.MaxTracks);

        // Left out: no bias, no latency, and the 55K6E's published 300 tracks.
        SearchRadarSite engagement = battery.FireUnits[0].EngagementRadar;
        Assert.True(engagement.Bias.IsZero);
        Assert.Equal(0, engagement.ReportLatencyS);
        Assert.Equal(300, Parse(ScenarioText.Valid).Batteries[0].CommandPost.MaxTracks);
    }

    [Fact]
    public void NegativeLatency_IsAnErrorAtItsLineAndColumn()
    {
        string text = ScenarioText.With("{name: S1, type: 91N6E, position: [54.05, 12.06, 20 m]}", "{name: S1, type: 91N6E, position: [54.05, 12.06, 20 m], report_latency: -1 s}");
        (int line, int column) = ScenarioText.Locate(text, "-1 s");

        ScenarioException e = Assert.Throws<ScenarioException>(() => Parse(text));

        Assert.StartsWith($"test.yaml:{line}:{column}:", e.Message, StringComparison.Ordinal);
    }
}
