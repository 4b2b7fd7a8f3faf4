using Rampart.Core.Events;
using Rampart.Core.Simulation;

namespace Rampart.Core.Tests.Simulation;

public class DeterminismTests
{
    private static (byte[] Events, byte[] Summary) RunToBytes(ulong seed)
    {
        var scenario = SimulationScenarios.Shipped("quickstart");
        var stamp = new RunStamp(RunStamp.CurrentVersion, scenario.ContentHash, seed);
        var events = new MemoryStream();
        var log = new EventLog();
        using (var sink = new JsonlEventSink(new NonClosingStream(events), stamp, scenario.Name))
        {
            log.AddSink(sink);
            var result = new Engine(scenario, seed, 0, log).Run();
            var summary = new MemoryStream();
            RunSummaryJson.Write(summary, result, stamp);
            return (events.ToArray(), summary.ToArray());
        }
    }

    [Fact]
    public void SameScenarioAndSeed_GiveByteIdenticalEventLogAndSummary()
    {
        var a = RunToBytes(7);
        var b = RunToBytes(7);

        Assert.True(a.Events.Length > 10_000, "the quickstart should log thousands of events");
        Assert.Equal(a.Events, b.Events);
        Assert.Equal(a.Summary, b.Summary);
    }

    [Fact]
    public void DifferentSeeds_GiveDifferentEventLogs()
    {
        var a = RunToBytes(7);
        var c = RunToBytes(8);

        Assert.NotEqual(a.Events, c.Events);
    }

    [Fact]
    public void EventLog_IsInTimeOrder_AndEveryLineHasTimeAndKind()
    {
        var (events, _) = RunToBytes(7);
        var lines = System.Text.Encoding.UTF8.GetString(events).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] kinds = ["detection", "track_confirmed", "track_dropped", "engagement_assigned", "launch", "intercept", "kill", "miss", "leak", "threat_ranked"];
        double last = double.NegativeInfinity;
        using (var header = System.Text.Json.JsonDocument.Parse(lines[0]))
        {
            Assert.Equal("header", header.RootElement.GetProperty("kind").GetString());
            Assert.Equal(7UL, header.RootElement.GetProperty("seed").GetUInt64());
        }

        foreach (string line in lines.Skip(1))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            double t = doc.RootElement.GetProperty("t").GetDouble();
            Assert.Contains(doc.RootElement.GetProperty("kind").GetString(), kinds);
            Assert.True(t >= last, $"event at {t} s after one at {last} s");
            last = t;
        }
    }

    /// <summary>Lets the test read the stream after the sink has disposed its writer.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
