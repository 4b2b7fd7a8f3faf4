using System.Text.Json;
using Rampart.Analysis.Statistics;

namespace Rampart.Analysis.MonteCarlo;

/// <summary>
/// Writes a study's statistics as one JSON object (<c>rampart mc --format json</c>, mc.json,
/// <c>rampart mc-merge</c>): fixed key order, numbers rounded to 6 decimals, no timings and no
/// thread count, so the bytes depend only on the scenario, the seed and the replications.
/// </summary>
public static class MonteCarloJson
{
    public static void Write(Stream stream, MonteCarloSummary s, double? untilCiWidth = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("scenario", s.Header.Scenario);
        w.WriteString("rampart_version", s.Header.RampartVersion);
        w.WriteString("scenario_sha256", s.Header.ScenarioHash);
        w.WriteNumber("seed", s.Header.Seed);
        w.WriteNumber("replications", s.Replications);
        if (untilCiWidth is double width)
        {
            w.WriteNumber("until_ci_width", width);
        }

        w.WritePropertyName("leak_probability");
        WriteInterval(w, s.LeakProbability);
        w.WriteStartObject("leak_probability_by_group");
        foreach (var (group, interval) in s.LeakProbabilityByGroup)
        {
            w.WritePropertyName(group);
            WriteInterval(w, interval);
        }

        w.WriteEndObject();
        w.WriteNumber("leakers_mean", R(s.LeakersMean));
        w.WriteNumber("destroyed_mean", R(s.DestroyedMean));
        w.WriteStartObject("expected_damage");
        foreach (var (asset, damage) in s.ExpectedDamage)
        {
            w.WriteNumber(asset, R(damage));
        }

        w.WriteEndObject();
        w.WriteNumber("interceptors_mean", R(s.Interceptors.Mean));
        w.WriteNumber("interceptors_p05", R(s.Interceptors.P05));
        w.WriteNumber("interceptors_p95", R(s.Interceptors.P95));
        w.WriteStartObject("interceptors_by_type");
        foreach (var (type, spread) in s.InterceptorsByType)
        {
            w.WriteStartObject(type);
            w.WriteNumber("mean", R(spread.Mean));
            w.WriteNumber("p05", R(spread.P05));
            w.WriteNumber("p95", R(spread.P95));
            w.WriteEndObject();
        }

        w.WriteEndObject();
        WriteNullable(w, "missiles_per_kill", s.MissilesPerKill);
        w.WriteStartObject("first_leak");
        WriteNullable(w, "mean_s", s.FirstLeakMeanS);
        w.WriteNumber("fraction_without_leak", R(s.FractionWithoutLeak));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>The JSON as a string, with a final newline.</summary>
    public static string ToText(MonteCarloSummary s, double? untilCiWidth = null)
    {
        using var stream = new MemoryStream();
        Write(stream, s, untilCiWidth);
        stream.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static double R(double v) => Math.Round(v, 6);

    private static void WriteInterval(Utf8JsonWriter w, ProportionInterval i)
    {
        w.WriteStartObject();
        w.WriteNumber("mean", R(i.Mean));
        w.WriteNumber("ci95_low", R(i.Low));
        w.WriteNumber("ci95_high", R(i.High));
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? v)
    {
        if (v is double d)
        {
            w.WriteNumber(name, R(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
