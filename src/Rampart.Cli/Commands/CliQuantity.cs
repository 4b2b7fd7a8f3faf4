using System.Globalization;
using Rampart.Core.Scenario;

namespace Rampart.Cli.Commands;

/// <summary>
/// Reads numeric options of the radar and coverage commands: probabilities, counts, decibels and
/// quantities with units (SI when bare). A bad value is a <see cref="UsageException"/> that names
/// the option, what was expected and what was found.
/// </summary>
internal static class CliQuantity
{
    /// <summary>A required option's text.</summary>
    public static string Required(CommandLine line, string name, string what, string usage) =>
        line.Get(name) ?? throw new UsageException($"rampart {line.Command}: expected {name} {what}, found nothing; usage: {usage}");

    /// <summary>A probability strictly between 0 and 1.</summary>
    public static double Probability(CommandLine line, string name, string text)
    {
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && p > 0 && p < 1
            ? p
            : throw new UsageException($"rampart {line.Command}: option {name} expects a probability strictly between 0 and 1, found '{text}'");
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public static int Integer(CommandLine line, string name, int fallback, int min, int max)
    {
        string? text = line.Get(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : throw new UsageException($"rampart {line.Command}: option {name} expects a whole number from {min} to {max}, found '{text}'");
    }

    /// <summary>A finite number of decibels: '13', '13 dB' or '13dB'.</summary>
    public static double Decibels(CommandLine line, string name, string text)
    {
        string t = text.Trim();
        if (t.EndsWith("dB", StringComparison.Ordinal))
        {
            t = t[..^2].TrimEnd();
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double db) && double.IsFinite(db)
            ? db
            : throw new UsageException($"rampart {line.Command}: option {name} expects a number of decibels (e.g. '13' or '13 dB'), found '{text}'");
    }

    /// <summary>A length in metres ('30 m', '0.1 km', '100 ft'; a bare number is metres), at least <paramref name="min"/>.</summary>
    public static double Length(CommandLine line, string name, string text, double min = 0.0)
    {
        double? v = QuantityText.Length(text);
        if (v is not double m)
        {
            throw new UsageException($"rampart {line.Command}: option {name} expects a length (e.g. '30 m', '0.1 km'), found '{text}'");
        }

        return m >= min
            ? m
            : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"rampart {line.Command}: option {name} expects a length of at least {min} m, found '{text}'"));
    }

    /// <summary>A finite speed in m/s ('3000 m/s', '3000m/s', '900 km/h'; a bare number is m/s).</summary>
    public static double Speed(CommandLine line, string name, string text) =>
        QuantityText.Speed(text) ?? throw new UsageException($"rampart {line.Command}: option {name} expects a speed (e.g. '3000 m/s', '900 km/h'), found '{text}'");

    /// <summary>A finite duration in seconds ('10 s', '10s', '250 ms'; a bare number is seconds).</summary>
    public static double Duration(CommandLine line, string name, string text) =>
        QuantityText.Duration(text) ?? throw new UsageException($"rampart {line.Command}: option {name} expects a duration (e.g. '10 s', '250 ms'), found '{text}'");

    /// <summary>A finite acceleration in m/s² ('3g', '3 g', '30 m/s2'; a bare number is m/s²).</summary>
    public static double Acceleration(CommandLine line, string name, string text) =>
        QuantityText.Acceleration(text) ?? throw new UsageException($"rampart {line.Command}: option {name} expects an acceleration (e.g. '3g', '30 m/s2'), found '{text}'");

    /// <summary>A finite angle in radians ('-20deg', '-20 deg', '0.1 rad'; a bare number is radians).</summary>
    public static double Angle(CommandLine line, string name, string text) =>
        QuantityText.Angle(text) ?? throw new UsageException($"rampart {line.Command}: option {name} expects an angle (e.g. '-20deg', '0.1 rad'), found '{text}'");

    /// <summary>A positive radar cross-section in m² ('0.01 m2', '0.01', '-20 dBsm').</summary>
    public static double RadarCrossSection(CommandLine line, string name, string text)
    {
        return QuantityText.RadarCrossSection(text) is double v && v > 0
            ? v
            : throw new UsageException($"rampart {line.Command}: option {name} expects a positive radar cross-section (e.g. '0.01 m2', '0.01', '-20 dBsm'), found '{text}'");
    }

    /// <summary>A positive real number (no unit).</summary>
    public static double Positive(CommandLine line, string name, string text)
    {
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v)
            ? v
            : throw new UsageException($"rampart {line.Command}: option {name} expects a positive number, found '{text}'");
    }

    /// <summary>A positive length in metres ('5 km', '500 m'; a bare number is metres).</summary>
    public static double PositiveLength(CommandLine line, string name, string text)
    {
        return QuantityText.Length(text) is double m && m > 0 && double.IsFinite(m)
            ? m
            : throw new UsageException($"rampart {line.Command}: option {name} expects a positive length (e.g. '5 km', '500 m'; a bare number is metres), found '{text}'");
    }

    /// <summary>A real number of at least 1 (no unit), e.g. a metric's order p.</summary>
    public static double AtLeastOne(CommandLine line, string name, string text)
    {
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= 1 && double.IsFinite(v)
            ? v
            : throw new UsageException($"rampart {line.Command}: option {name} expects a number ≥ 1, found '{text}'");
    }

    /// <summary>Writes one JSON object built by <paramref name="write"/> as a line.</summary>
    public static void WriteJson(TextWriter stdout, Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
