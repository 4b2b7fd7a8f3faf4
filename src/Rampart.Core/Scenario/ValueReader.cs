using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads one value from a node and checks its range; every failure is a
/// <see cref="ScenarioException"/> at the node ("expected a probability strictly between 0 and 1, found '1.2'").
/// </summary>
internal static class ValueReader
{
    /// <summary>A quantity in SI, within [min, max] (or (min, max] when <paramref name="minExclusive"/>).</summary>
    public static double Quantity(
        YamlFile file,
        YamlNode node,
        QuantityKind kind,
        double min = double.NegativeInfinity,
        double max = double.PositiveInfinity,
        bool minExclusive = false,
        double? machAltitudeM = null)
    {
        double v = UnitValueParser.Parse(file, node, kind, machAltitudeM);
        bool low = minExclusive ? v <= min : v < min;
        if (low || v > max)
        {
            throw file.Error(node, UnitValueParser.Article(kind) + " " + RangeText(kind, min, max, minExclusive));
        }

        return v;
    }

    /// <summary>A bare probability: in (0, 1) when <paramref name="open"/>, else in [0, 1].</summary>
    public static double Probability(YamlFile file, YamlNode node, bool open)
    {
        string expected = open ? "a probability strictly between 0 and 1 (a bare number)" : "a probability from 0 to 1 (a bare number)";
        double p = UnitValueParser.ParseNumber(file, node, expected);
        if (open ? p <= 0.0 || p >= 1.0 : p < 0.0 || p > 1.0)
        {
            throw file.Error(node, expected);
        }

        return p;
    }

    /// <summary>A bare number within [min, max] (or (min, max] when <paramref name="minExclusive"/>).</summary>
    public static double Number(YamlFile file, YamlNode node, string what, double min, double max, bool minExclusive = false)
    {
        string expected = $"{what} {RangeText(null, min, max, minExclusive)} (a bare number)";
        double v = UnitValueParser.ParseNumber(file, node, expected);
        if ((minExclusive ? v <= min : v < min) || v > max)
        {
            throw file.Error(node, expected);
        }

        return v;
    }

    /// <summary>A whole number within [min, max].</summary>
    public static int Integer(YamlFile file, YamlNode node, string what, int min, int max = int.MaxValue)
    {
        string expected = $"{what}: a whole number {RangeText(null, min, max, false)}";
        long v = UnitValueParser.ParseInteger(file, node, expected);
        if (v < min || v > max)
        {
            throw file.Error(node, expected);
        }

        return (int)v;
    }

    /// <summary>A non-empty name.</summary>
    public static string Name(YamlFile file, YamlNode node, string what) => file.Text(node, what);

    /// <summary>One of a fixed set of words.</summary>
    public static string Choice(YamlFile file, YamlNode node, string what, IReadOnlyList<string> choices)
    {
        string expected = $"{what}: one of {string.Join(", ", choices)}";
        string text = file.Text(node, expected);
        if (choices.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        string? closest = NameSuggester.Closest(text, choices);
        throw file.Error(node, expected, closest is null ? null : $"did you mean '{closest}'?");
    }

    private static string RangeText(QuantityKind? kind, double min, double max, bool minExclusive)
    {
        (double scale, string unit) = kind switch
        {
            QuantityKind.Length => (1.0, " m"),
            QuantityKind.Speed => (1.0, " m/s"),
            QuantityKind.Duration => (1.0, " s"),
            QuantityKind.Angle => (180.0 / Math.PI, " deg"),
            QuantityKind.Mass => (1.0, " kg"),
            QuantityKind.Force => (1.0, " N"),
            QuantityKind.Frequency => (1.0, " Hz"),
            QuantityKind.RadarCrossSection => (1.0, " m²"),
            QuantityKind.Acceleration => (1.0 / 9.80665, " g"),
            QuantityKind.BallisticCoefficient => (1.0, " kg/m²"),
            _ => (1.0, ""),
        };
        string F(double x) => (x * scale).ToString("0.######", CultureInfo.InvariantCulture) + unit;
        bool hasMin = !double.IsNegativeInfinity(min);
        bool hasMax = !double.IsPositiveInfinity(max) && max != int.MaxValue;
        return (hasMin, hasMax) switch
        {
            (true, true) when minExclusive => $"above {F(min)} and at most {F(max)}",
            (true, true) => $"from {F(min)} to {F(max)}",
            (true, false) when minExclusive => $"above {F(min)}",
            (true, false) => $"of at least {F(min)}",
            (false, true) => $"of at most {F(max)}",
            _ => "",
        };
    }
}
