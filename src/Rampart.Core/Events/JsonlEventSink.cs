using System.Text.Json;

namespace Rampart.Core.Events;

/// <summary>
/// Writes events as JSON Lines: a first header line (<c>"kind":"header"</c> with the Rampart
/// version, the scenario hash and the seed), then one event per line in time order. Numbers are
/// rounded to fixed decimals so the file is byte-identical for the same scenario and seed.
/// </summary>
public sealed class JsonlEventSink : IEventSink, IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public JsonlEventSink(Stream stream, RunStamp stamp, string scenarioName)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true });
        _writer.WriteStartObject();
        _writer.WriteString("kind", "header");
        _writer.WriteString("scenario", scenarioName);
        _writer.WriteString("rampart_version", stamp.RampartVersion);
        _writer.WriteString("scenario_sha256", stamp.ScenarioHash);
        _writer.WriteNumber("seed", stamp.Seed);
        _writer.WriteEndObject();
        EndLine();
    }

    public void Write(in SimEvent e)
    {
        _writer.WriteStartObject();
        _writer.WriteNumber("t", Math.Round(e.Time, 3));
        _writer.WriteString("kind", EventKinds.JsonName(e.Kind));
        WriteId("threat", e.ThreatId);
        WriteId("track", e.TrackId);
        WriteId("interceptor", e.InterceptorId);
        WriteId("engagement", e.EngagementId);
        if (e.Source is not null)
        {
            _writer.WriteString("source", e.Source);
        }

        if (e.Item is not null)
        {
            _writer.WriteString("item", e.Item);
        }

        if (e.Value is double v)
        {
            _writer.WriteNumber(ValueName(e.Kind), Math.Round(v, 3));
        }

        if (e.Note is not null)
        {
            _writer.WriteString("note", e.Note);
        }

        _writer.WriteEndObject();
        EndLine();
    }

    public void Flush(double time) => _writer.Flush();

    public void Complete()
    {
        _writer.Flush();
        _stream.Flush();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }

    private static string ValueName(EventKind kind) => kind switch
    {
        EventKind.Detection => "snr_db",
        EventKind.Intercept => "miss_distance_m",
        EventKind.Kill or EventKind.Miss => "miss_distance_m",
        EventKind.EngagementAssigned => "planned_pk",
        EventKind.Launch => "time_to_go_s",
        EventKind.Leak => "asset_value",
        EventKind.ThreatRanked => "priority",
        _ => "value",
    };

    private void WriteId(string name, int? id)
    {
        if (id is int i)
        {
            _writer.WriteNumber(name, i);
        }
    }

    private void EndLine()
    {
        _writer.Flush();
        _stream.Write(NewLine);
        _writer.Reset();
    }
}
