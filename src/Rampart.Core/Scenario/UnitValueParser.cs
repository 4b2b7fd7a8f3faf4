using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Rampart.Core.Geo;
using UnitsNet;
using UnitsNet.Units;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads a value with units from a YAML scalar and converts it to SI. A bare number is already SI.
/// Units are parsed by UnitsNet (invariant culture); on top of it: Mach numbers ('Mach 0.8',
/// 'M0.8', '0.8 Mach'), converted with the US Standard Atmosphere 1976 speed of sound at the
/// altitude of the point the speed belongs to; radar cross-sections in dBsm; 'm2' for 'm²'.
/// A value of the wrong dimension ('30 m' where a speed is expected) is reported as such.
/// </summary>
internal static partial class UnitValueParser
{
    private const double StandardGravity = 9.80665; // m/s², the 'g' of accelerations

    [GeneratedRegex(@"^(?<num>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?<unit>.*)$")]
    private static partial Regex NumberAndUnit();

    [GeneratedRegex(@"^(?:[Mm][Aa][Cc][Hh]\s*|M\s*)(?<num>\d+\.?\d*|\.\d+)$|^(?<num>\d+\.?\d*|\.\d+)\s*[Mm][Aa][Cc][Hh]$")]
    private static partial Regex MachNumber();

    [GeneratedRegex(@"(?<=[A-Za-z])\^?2(?![0-9])")]
    private static partial Regex SquaredSuffix();

    /// <summary>
    /// UnitsNet's parser, restricted to the quantities a scenario uses. Performance note: the
    /// static <c>Length.TryParse</c> and friends go through <c>UnitsNetSetup.Default</c>, whose
    /// static constructor initialises every one of UnitsNet's ~130 quantities and registers all
    /// their conversions by reflection — about 110 ms of a 1.3 s saturation run. This parser holds
    /// UnitsNet's own bundled abbreviations (read through its public API) for our quantities
    /// only, so it parses exactly as the default one does for them (checked for every abbreviation
    /// of every UnitsNet unit, in three letter cases, against the default parser: no difference).
    /// </summary>
    private static readonly Lazy<QuantityParser> Parser = new(CreateParser);

    private static QuantityParser CreateParser()
    {
        var cache = UnitAbbreviationsCache.CreateEmpty();
        QuantityInfo[] quantities =
        [
            Length.Info, Speed.Info, Duration.Info, Angle.Info, Mass.Info, Force.Info,
            Frequency.Info, Area.Info, Acceleration.Info, AreaDensity.Info, Power.Info,
        ];
        foreach (QuantityInfo quantity in quantities)
        {
            foreach (UnitInfo unit in quantity.UnitInfos)
            {
                // GetAbbreviations reads the bundled abbreviations of the unit; mapping them
                // registers the unit with this cache so the parser finds it.
                string[] abbreviations = [.. cache.GetAbbreviations(unit, CultureInfo.InvariantCulture)];
                cache.MapUnitToAbbreviation(unit.Value.GetType(), Convert.ToInt32(unit.Value, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture, abbreviations);
            }
        }

        return new QuantityParser(cache);
    }

    /// <summary>The "expected …" wording for each kind, with examples.</summary>
    public static string Expected(QuantityKind kind, bool machAllowed = false) => kind switch
    {
        QuantityKind.Length => "a length (e.g. '250 km', '30 m', '5 nmi')",
        QuantityKind.Speed when machAllowed => "a speed (e.g. '250 m/s', 'Mach 0.8', '900 km/h')",
        QuantityKind.Speed => "a speed (e.g. '250 m/s', '900 km/h'; Mach numbers only on a waypoint, where the altitude is known)",
        QuantityKind.Duration => "a duration (e.g. '5 s', '15 min', '1.5 h')",
        QuantityKind.Angle => "an angle (e.g. '30 deg', '0.5 rad', '2 mrad')",
        QuantityKind.Mass => "a mass (e.g. '1800 kg', '1.9 t')",
        QuantityKind.Force => "a force (e.g. '200 kN')",
        QuantityKind.Frequency => "a frequency (e.g. '3 GHz', '500 MHz')",
        QuantityKind.RadarCrossSection => "a radar cross-section (e.g. '0.01 m2', '5 m²', '-20 dBsm')",
        QuantityKind.Acceleration => "an acceleration (e.g. '20 g', '50 m/s2')",
        QuantityKind.BallisticCoefficient => "a ballistic coefficient (e.g. '5000 kg/m2')",
        QuantityKind.Power => "a power (e.g. '1 MW', '250 kW', '100 W')",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// Parses <paramref name="node"/> as a <paramref name="kind"/> and returns it in SI.
    /// <paramref name="machAltitudeM"/> is the altitude (m) at which a Mach number is converted, or null where Mach is not allowed.
    /// </summary>
    public static double Parse(YamlFile file, YamlNode node, QuantityKind kind, double? machAltitudeM = null)
    {
        string expected = Expected(kind, machAltitudeM.HasValue);
        string text = file.Text(node, expected);
        double? value = TryParse(text, kind, machAltitudeM);
        if (value is double v)
        {
            if (!double.IsFinite(v))
            {
                throw file.Error(node, expected + " that is a finite number");
            }

            return v;
        }

        string? dimension = DimensionOf(text);
        string? hint = null;
        if (kind == QuantityKind.Speed && machAltitudeM is null && MachNumber().IsMatch(text))
        {
            hint = "a Mach number needs an altitude; give m/s or km/h here";
        }
        else if (dimension is not null)
        {
            hint = $"that is {dimension}, not {Article(kind)}";
        }

        throw file.Error(node, expected, hint);
    }

    /// <summary>Parses a bare number (no unit), e.g. a probability or a count written as a real number.</summary>
    public static double ParseNumber(YamlFile file, YamlNode node, string expected)
    {
        string text = file.Text(node, expected);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v))
        {
            return v;
        }

        string? dimension = DimensionOf(text);
        throw file.Error(node, expected, dimension is null ? null : $"that is {dimension}; this value has no unit");
    }

    /// <summary>Parses a whole number.</summary>
    public static long ParseInteger(YamlFile file, YamlNode node, string expected)
    {
        string text = file.Text(node, expected);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
        {
            return v;
        }

        throw file.Error(node, expected);
    }

    internal static double? TryParse(string text, QuantityKind kind, double? machAltitudeM)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double bare))
        {
            return bare; // a bare number is SI
        }

        if (kind == QuantityKind.Speed)
        {
            Match mach = MachNumber().Match(text);
            if (mach.Success)
            {
                if (machAltitudeM is not double altitude)
                {
                    return null;
                }

                double m = double.Parse(mach.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                return m * StandardAtmosphere1976.SpeedOfSound(altitude);
            }
        }

        if (kind == QuantityKind.RadarCrossSection && text.EndsWith("dBsm", StringComparison.OrdinalIgnoreCase))
        {
            string db = text[..^4].Trim();
            return double.TryParse(db, NumberStyles.Float, CultureInfo.InvariantCulture, out double dbsm)
                ? Math.Pow(10.0, dbsm / 10.0)
                : null;
        }

        return TryUnitsNet(text, kind);
    }

    /// <summary>
    /// Results of <see cref="TryUnitsNet"/> by (text, kind). UnitsNet builds a regular expression
    /// for every parse; an equipment library repeats the same values ('5 s', '0.1 m2') many times.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Text, QuantityKind Kind), double?> Parsed = new();

    private static double? TryUnitsNet(string text, QuantityKind kind) =>
        Parsed.GetOrAdd((text, kind), static key => ParseWithUnitsNet(key.Text, key.Kind));

    private static double? ParseWithUnitsNet(string text, QuantityKind kind)
    {
        Match m = NumberAndUnit().Match(text);
        if (!m.Success || m.Groups["unit"].Value.Length == 0)
        {
            return null;
        }

        string unit = SquaredSuffix().Replace(m.Groups["unit"].Value.Trim(), "²");
        string normalised = m.Groups["num"].Value + " " + unit;
        IFormatProvider inv = CultureInfo.InvariantCulture;
        try
        {
            QuantityParser p = Parser.Value;
            return kind switch
            {
                QuantityKind.Length => p.TryParse<Length, LengthUnit>(normalised, inv, Length.From, out Length l) ? l.Meters : null,
                // UnitsNet's own Mach unit ('M', matched case-insensitively, so '30 m' would parse) uses a
                // fixed sea-level speed of sound; Mach is handled above with the altitude, so it is refused here.
                QuantityKind.Speed => p.TryParse<Speed, SpeedUnit>(normalised, inv, Speed.From, out Speed s) && s.Unit != SpeedUnit.Mach ? s.MetersPerSecond : null,
                QuantityKind.Duration => p.TryParse<Duration, DurationUnit>(normalised, inv, Duration.From, out Duration d) ? d.Seconds : null,
                QuantityKind.Angle => p.TryParse<Angle, AngleUnit>(normalised, inv, Angle.From, out Angle a) ? a.Radians : null,
                QuantityKind.Mass => p.TryParse<Mass, MassUnit>(normalised, inv, Mass.From, out Mass ms) ? ms.Kilograms : null,
                QuantityKind.Force => p.TryParse<Force, ForceUnit>(normalised, inv, Force.From, out Force f) ? f.Newtons : null,
                QuantityKind.Frequency => p.TryParse<Frequency, FrequencyUnit>(normalised, inv, Frequency.From, out Frequency fr) ? fr.Hertz : null,
                QuantityKind.RadarCrossSection => p.TryParse<Area, AreaUnit>(normalised, inv, Area.From, out Area ar) ? ar.SquareMeters : null,
                QuantityKind.Acceleration => unit == "g"
                    ? double.Parse(m.Groups["num"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) * StandardGravity
                    : p.TryParse<Acceleration, AccelerationUnit>(normalised, inv, Acceleration.From, out Acceleration ac) ? ac.MetersPerSecondSquared : null,
                QuantityKind.BallisticCoefficient => p.TryParse<AreaDensity, AreaDensityUnit>(normalised, inv, AreaDensity.From, out AreaDensity ad) ? ad.KilogramsPerSquareMeter : null,
                QuantityKind.Power => p.TryParse<Power, PowerUnit>(normalised, inv, Power.From, out Power pw) ? (double)pw.Watts : null,
                _ => null,
            };
        }
        catch (Exception ex) when (ex is UnitsNetException or FormatException or ArgumentException or OverflowException)
        {
            // An ambiguous or malformed unit: reported by the caller as "expected …, found '…'".
            return null;
        }
    }

    /// <summary>What dimension a text has, if it parses as any kind we know ("a length"), else null.</summary>
    private static string? DimensionOf(string text)
    {
        if (MachNumber().IsMatch(text))
        {
            return "a Mach number";
        }

        foreach (QuantityKind k in Enum.GetValues<QuantityKind>())
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && TryUnitsNet(text, k) is not null)
            {
                return Article(k);
            }
        }

        return null;
    }

    /// <summary>"a length", "a speed", … for messages.</summary>
    public static string Article(QuantityKind kind) => kind switch
    {
        QuantityKind.Length => "a length",
        QuantityKind.Speed => "a speed",
        QuantityKind.Duration => "a duration",
        QuantityKind.Angle => "an angle",
        QuantityKind.Mass => "a mass",
        QuantityKind.Force => "a force",
        QuantityKind.Frequency => "a frequency",
        QuantityKind.RadarCrossSection => "an area",
        QuantityKind.Acceleration => "an acceleration",
        QuantityKind.BallisticCoefficient => "a mass per area",
        QuantityKind.Power => "a power",
        _ => "a quantity",
    };
}
