using System.Globalization;
using System.Text.Json;
using Rampart.Analysis.Export;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.Tests.Export;

public sealed class CzmlWriterTests
{
    [Fact]
    public void Czml_IsValidJson_WithDocumentClockFromScenarioStart_AndOnePacketPerThreat()
    {
        using var stream = new MemoryStream();
        CzmlWriter.Write(stream, RecordedRun.Scenario, RecordedRun.Recording, RecordedRun.Stamp);
        using var doc = JsonDocument.Parse(stream.ToArray());
        var packets = doc.RootElement.EnumerateArray().ToList();

        // The document packet comes first (CZML rule) and has the version and a clock. Reference:
        // SmallRaid says start 2025-06-01T04:30:00Z and duration 5 min, so the clock ends at 04:35:00.
        var document = packets[0];
        Assert.Equal("document", document.GetProperty("id").GetString());
        Assert.Equal("1.0", document.GetProperty("version").GetString());
        Assert.Equal("2025-06-01T04:30:00.000Z/2025-06-01T04:35:00.000Z", document.GetProperty("clock").GetProperty("interval").GetString());
        var props = document.GetProperty("properties");
        Assert.Equal(RecordedRun.Scenario.ContentHash, props.GetProperty("scenario_sha256").GetString());
        Assert.Equal(7UL, props.GetProperty("seed").GetUInt64());
        Assert.False(string.IsNullOrEmpty(props.GetProperty("rampart_version").GetString()));

        // SmallRaid declares 4 threats; every interceptor fired is a packet too.
        var threats = packets.Where(p => p.GetProperty("id").GetString()!.StartsWith("threat-", StringComparison.Ordinal)).ToList();
        var interceptors = packets.Where(p => p.GetProperty("id").GetString()!.StartsWith("interceptor-", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, threats.Count);
        Assert.Equal(RecordedRun.Result.InterceptorsLaunched, interceptors.Count);
        foreach (var p in threats.Concat(interceptors))
        {
            var position = p.GetProperty("position");
            Assert.Equal("2025-06-01T04:30:00.000Z", position.GetProperty("epoch").GetString());
            var values = position.GetProperty("cartographicDegrees").EnumerateArray().Select(v => v.GetDouble()).ToList();
            Assert.True(values.Count >= 4 && values.Count % 4 == 0, "cartographicDegrees holds (time, lon, lat, height) quadruples");
            for (int i = 0; i < values.Count; i += 4)
            {
                // Everything happens between 53.9 N and 55.1 N, 11.9 E and 12.4 E (the scenario's coordinates, with a margin).
                Assert.InRange(values[i], 0, 300);
                Assert.InRange(values[i + 1], 11.5, 12.8);
                Assert.InRange(values[i + 2], 53.5, 55.5);
            }

            string[] availability = p.GetProperty("availability").GetString()!.Split('/');
            Assert.Equal(2, availability.Length);
            Assert.True(DateTimeOffset.Parse(availability[0], CultureInfo.InvariantCulture) <= DateTimeOffset.Parse(availability[1], CultureInfo.InvariantCulture));
            Assert.True(p.TryGetProperty("point", out _));
        }

        // Sites: command post, search radar, engagement radar, two launchers, one asset.
        Assert.Equal(6, packets.Count(p => p.GetProperty("id").GetString()!.Contains(':', StringComparison.Ordinal)));
    }
}
