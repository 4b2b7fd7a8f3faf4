namespace Rampart.Core.Scenario;

/// <summary>
/// Reads a quantity typed on a command line ('30 m', '0.1 km', '3 GHz', '-20 dBsm') the way the
/// scenario loader reads it from a file, and converts it to SI. A bare number is already SI.
/// Returns null when the text is not a finite quantity of that dimension. Thread-safe.
/// </summary>
public static class QuantityText
{
    /// <summary>A length, metres.</summary>
    public static double? Length(string text) => Parse(text, QuantityKind.Length);

    /// <summary>A frequency, hertz.</summary>
    public static double? Frequency(string text) => Parse(text, QuantityKind.Frequency);

    /// <summary>A radar cross-section, m² ('0.01 m2', '5 m²' or '-20 dBsm').</summary>
    public static double? RadarCrossSection(string text) => Parse(text, QuantityKind.RadarCrossSection);

    /// <summary>A power, watts ('1 kW', '2.5 MW').</summary>
    public static double? Power(string text) => Parse(text, QuantityKind.Power);

    /// <summary>An angle, radians.</summary>
    public static double? Angle(string text) => Parse(text, QuantityKind.Angle);

    /// <summary>A speed, m/s ('3000 m/s', '900 km/h'; no Mach numbers, which need an altitude).</summary>
    public static double? Speed(string text) => Parse(text, QuantityKind.Speed);

    /// <summary>A duration, seconds ('10 s', '250 ms').</summary>
    public static double? Duration(string text) => Parse(text, QuantityKind.Duration);

    /// <summary>An acceleration, m/s² ('3 g' with g = 9.80665 m/s², '30 m/s2').</summary>
    public static double? Acceleration(string text) => Parse(text, QuantityKind.Acceleration);

    /// <summary>A speed, m/s ('250 m/s', '900 km/h', 'Mach 2' — Mach at <paramref name="machAltitudeM"/> in the 1976 standard atmosphere).</summary>
    public static double? Speed(string text, double machAltitudeM) => Parse(text, QuantityKind.Speed, machAltitudeM);

    private static double? Parse(string text, QuantityKind kind, double? machAltitudeM = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        double? v = UnitValueParser.TryParse(text.Trim(), kind, machAltitudeM);
        return v is double d && double.IsFinite(d) ? d : null;
    }
}
