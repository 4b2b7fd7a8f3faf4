using System.Text.Json;
using Rampart.Core.Simulation;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>
/// A shard's replication records as JSON Lines (<c>replications-K-of-M.jsonl</c>): a header line
/// (<c>"kind":"header"</c>: scenario, hash, Rampart version, seed, total replications, shard,
/// groups, assets with values, missile types), then one line per replication:
/// <c>{"replication":r,"seed":S,"threats":[{"name","group","target","fate","t"}],"interceptors_by_type":{…}}</c>.
/// </summary>
public static class ReplicationJsonl
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static void WriteHeader(Stream stream, StudyHeader header, int shard, int shards)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(header);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("kind", "header");
            WriteHeaderFields(w, header);
            w.WriteString("shard", FormattableString.Invariant($"{shard}/{shards}"));
            w.WriteEndObject();
        }

        stream.Write(NewLine);
    }

    public static void WriteRecord(Stream stream, ReplicationRecord r)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(r);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("replication", r.Replication);
            w.WriteNumber("seed", r.Seed);
            w.WriteStartArray("threats");
            foreach (var t in r.Threats)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Name);
                w.WriteString("group", t.Group);
                if (t.Target is null)
                {
                    w.WriteNull("target");
                }
                else
                {
                    w.WriteString("target", t.Target);
                }

                w.WriteString("fate", RunSummaryJson.FateName(t.Fate));
                if (t.TimeS is double s)
                {
                    w.WriteNumber("t", s);
                }
                else
                {
                    w.WriteNull("t");
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("interceptors_by_type");
            foreach (var (type, count) in r.InterceptorsByType)
            {
                w.WriteNumber(type, count);
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        stream.Write(NewLine);
    }

    /// <summary>The header fields that must agree between shards of one study, as canonical JSON.</summary>
    public static string HeaderIdentity(StudyHeader header)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            WriteHeaderFields(w, header);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Reads one shard file. Throws <see cref="FormatException"/> naming the file and line when a line is not a valid record.</summary>
    public static (StudyHeader Header, string Shard, List<ReplicationRecord> Records) Read(string path)
    {
        var records = new List<ReplicationRecord>();
        StudyHeader? header = null;
        string shard = "";
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var e = doc.RootElement;
                if (lineNumber == 1)
                {
                    if (!e.TryGetProperty("kind", out var kind) || kind.GetString() != "header")
                    {
                        throw new FormatException("expected a header line (\"kind\":\"header\") first");
                    }

                    header = ReadHeader(e);
                    shard = e.GetProperty("shard").GetString() ?? "";
                    continue;
                }

                records.Add(ReadRecord(e));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a replication record: {ex.Message}", ex);
            }
        }

        return header is null ? throw new FormatException($"{path}: empty file, expected a header line and replication records") : (header, shard, records);
    }

    private static void WriteHeaderFields(Utf8JsonWriter w, StudyHeader h)
    {
        w.WriteString("scenario", h.Scenario);
        w.WriteString("scenario_sha256", h.ScenarioHash);
        w.WriteString("rampart_version", h.RampartVersion);
        w.WriteNumber("seed", h.Seed);
        w.WriteNumber("replications", h.Replications);
        w.WriteStartArray("groups");
        foreach (string g in h.Groups)
        {
            w.WriteStringValue(g);
        }

        w.WriteEndArray();
        w.WriteStartArray("assets");
        foreach (var (name, value) in h.Assets)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteNumber("value", value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missile_types");
        foreach (string m in h.MissileTypes)
        {
            w.WriteStringValue(m);
        }

        w.WriteEndArray();
    }

    private static StudyHeader ReadHeader(JsonElement e) => new(
        e.GetProperty("scenario").GetString()!,
        e.GetProperty("scenario_sha256").GetString()!,
        e.GetProperty("rampart_version").GetString()!,
        e.GetProperty("seed").GetUInt64(),
        e.GetProperty("replications").GetInt32(),
        e.GetProperty("groups").EnumerateArray().Select(g => g.GetString()!).ToList(),
        e.GetProperty("assets").EnumerateArray().Select(a => (a.GetProperty("name").GetString()!, a.GetProperty("value").GetDouble())).ToList(),
        e.GetProperty("missile_types").EnumerateArray().Select(m => m.GetString()!).ToList());

    private static ReplicationRecord ReadRecord(JsonElement e)
    {
        var threats = e.GetProperty("threats").EnumerateArray().Select(t => new ThreatOutcome(
            t.GetProperty("name").GetString()!,
            t.GetProperty("group").GetString()!,
            t.GetProperty("target").GetString(),
            ParseFate(t.GetProperty("fate").GetString()),
            t.GetProperty("t").ValueKind == JsonValueKind.Null ? null : t.GetProperty("t").GetDouble())).ToList();
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in e.GetProperty("interceptors_by_type").EnumerateObject())
        {
            byType[p.Name] = p.Value.GetInt32();
        }

        return new ReplicationRecord(e.GetProperty("replication").GetInt32(), e.GetProperty("seed").GetUInt64(), threats, byType);
    }

    private static ThreatFate ParseFate(string? fate) => fate switch
    {
        "destroyed" => ThreatFate.Destroyed,
        "leaked" => ThreatFate.Leaked,
        "survived" => ThreatFate.Survived,
        _ => throw new FormatException($"expected a fate of destroyed, leaked or survived, found '{fate}'"),
    };
}
