using System.Text.Json;
using Rampart.Core.Events;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Simulation;

/// <summary>
/// Writes a run's summary as one JSON object (the <c>--format json</c> output and
/// <c>summary.json</c>): SI units, integer counts, fixed key order and rounded times so the
/// bytes are the same for the same scenario and seed.
/// </summary>
public static class RunSummaryJson
{
    /// <param name="stream">Where to write.</param>
    /// <param name="result">The run's outcome.</param>
    /// <param name="stamp">Version, scenario hash and seed.</param>
    /// <param name="indented">Pretty-print.</param>
    /// <param name="metrics">The command posts' tracking scores (<c>--metrics</c>), written as a
    /// <c>metrics</c> object at the end; null for none (the key is then absent).</param>
    public static void Write(Stream stream, RunResult result, RunStamp stamp, bool indented = true, TrackScoringRecorder? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stamp);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented });
        w.WriteStartObject();
        w.WriteString("scenario", result.Scenario);
        w.WriteNumber("seed", result.Seed);
        w.WriteNumber("replication", result.Replication);
        w.WriteString("rampart_version", stamp.RampartVersion);
        w.WriteString("scenario_sha256", stamp.ScenarioHash);
        w.WriteNumber("simulated_seconds", Math.Round(result.SimulatedSeconds, 3));
        w.WriteNumber("threats", result.Threats);
        w.WriteNumber("destroyed", result.Destroyed);
        w.WriteNumber("leaked", result.Leaked);
        w.WriteNumber("survived", result.Survived);
        w.WriteNumber("engagements", result.Engagements);
        w.WriteNumber("interceptors_launched", result.InterceptorsLaunched);
        w.WriteStartObject("interceptors_by_type");
        foreach (var (type, count) in result.InterceptorsLaunchedByType)
        {
            w.WriteNumber(type, count);
        }

        w.WriteEndObject();
        w.WriteNumber("events", result.EventCount);
        w.WriteStartArray("per_threat");
        foreach (var t in result.PerThreat)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            w.WriteNumber("id", t.Id);
            w.WriteString("type", t.Type);
            w.WriteString("group", t.Group);
            w.WriteString("fate", FateName(t.Fate));
            WriteNullableTime(w, "fate_time_s", t.FateTimeS);
            WriteNullableString(w, "destroyed_by", t.DestroyedBy);
            WriteNullableTime(w, "first_detected_s", t.FirstDetectedS);
            WriteNullableString(w, "target", t.TargetAsset);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (metrics is not null)
        {
            WriteMetrics(w, metrics);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// The <c>metrics</c> object: the scores of all command posts pooled (for a single command
    /// post, its own), then each command post's in <c>command_posts</c>.
    /// </summary>
    private static void WriteMetrics(Utf8JsonWriter w, TrackScoringRecorder metrics)
    {
        w.WriteStartObject("metrics");
        w.WriteNumber("sample_interval_s", metrics.SampleIntervalS);
        TrackScoreJson.WriteProperties(w, metrics.Pooled(), metrics.Settings);
        w.WriteStartArray("command_posts");
        foreach (string name in metrics.CommandPosts)
        {
            w.WriteStartObject();
            w.WriteString("command_post", name);
            TrackScoreJson.WriteProperties(w, metrics.For(name).Result(), metrics.Settings);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static string FateName(ThreatFate fate) => fate switch
    {
        ThreatFate.Destroyed => "destroyed",
        ThreatFate.Leaked => "leaked",
        _ => "survived",
    };

    private static void WriteNullableTime(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, Math.Round(v, 3));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
