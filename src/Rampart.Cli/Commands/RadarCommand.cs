using System.Globalization;
using Rampart.Core.Sensors;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart radar required-snr|pd|horizon …</c>: the radar engineer's calculator — detection
/// statistics (Swerling 0–4, non-coherent integration of N pulses, exact) and the 4/3-earth horizon.
/// </summary>
internal static class RadarCommand
{
    public const string RequiredSnrUsage = "rampart radar required-snr --pd P --pfa F [--pulses N] [--swerling K] [--format table|json]";
    public const string PdUsage = "rampart radar pd --snr-db S --pfa F [--pulses N] [--swerling K] [--format table|json]";
    public const string HorizonUsage = "rampart radar horizon --antenna-height H --target-altitude A [--k K] [--format table|json]";

    private static readonly HashSet<string> NoFlags = [];

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"rampart radar: expected one of required-snr, pd, horizon, found {(args.Count == 0 ? "nothing" : $"'{args[0]}'")}");
        }

        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "required-snr" => RequiredSnr(rest, stdout),
            "pd" => Pd(rest, stdout),
            "horizon" => Horizon(rest, stdout),
            _ => throw new UsageException($"rampart radar: expected one of required-snr, pd, horizon, found '{args[0]}'"),
        };
    }

    private static int RequiredSnr(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = Parse("radar required-snr", args, RequiredSnrUsage, "--pd", "--pfa", "--pulses", "--swerling", "--format");
        string format = line.GetChoice("--format", "table", "table", "json");
        double pd = CliQuantity.Probability(line, "--pd", CliQuantity.Required(line, "--pd", "P", RequiredSnrUsage));
        double pfa = CliQuantity.Probability(line, "--pfa", CliQuantity.Required(line, "--pfa", "F", RequiredSnrUsage));
        (int pulses, int swerling) = PulsesAndSwerling(line);
        if (pd <= pfa)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"rampart radar required-snr: --pd must exceed --pfa (no signal already gives P_d = P_fa), found pd {pd:R} and pfa {pfa:R}"));
        }

        double snr = DetectionStatistics.RequiredSnr(pd, pfa, pulses, swerling);
        double snrDb = DetectionProbability.RatioToDb(snr);
        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteNumber("snr_db", snrDb);
                json.WriteNumber("snr", snr);
                WriteInputs(json, pd, pfa, pulses, swerling);
            });
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"required single-pulse SNR  {snrDb:0.000} dB  ({snr:G6})"));
            stdout.WriteLine(string.Create(c, $"for P_d {pd:R}, P_fa {pfa:R}, {pulses} pulse(s) non-coherently integrated, Swerling {swerling} (square-law detector, exact)"));
        }

        return 0;
    }

    private static int Pd(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = Parse("radar pd", args, PdUsage, "--snr-db", "--pfa", "--pulses", "--swerling", "--format");
        string format = line.GetChoice("--format", "table", "table", "json");
        double snrDb = CliQuantity.Decibels(line, "--snr-db", CliQuantity.Required(line, "--snr-db", "S", PdUsage));
        double pfa = CliQuantity.Probability(line, "--pfa", CliQuantity.Required(line, "--pfa", "F", PdUsage));
        (int pulses, int swerling) = PulsesAndSwerling(line);

        double pd = DetectionStatistics.Pd(DetectionProbability.DbToRatio(snrDb), pfa, pulses, swerling);
        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteNumber("pd", pd);
                json.WriteNumber("snr_db", snrDb);
                json.WriteNumber("pfa", pfa);
                json.WriteNumber("pulses", pulses);
                json.WriteNumber("swerling", swerling);
            });
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"probability of detection  {pd:0.000000}"));
            stdout.WriteLine(string.Create(c, $"for single-pulse SNR {snrDb:R} dB, P_fa {pfa:R}, {pulses} pulse(s) non-coherently integrated, Swerling {swerling} (square-law detector, exact)"));
        }

        return 0;
    }

    private static int Horizon(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = Parse("radar horizon", args, HorizonUsage, "--antenna-height", "--target-altitude", "--k", "--format");
        string format = line.GetChoice("--format", "table", "table", "json");
        double antenna = CliQuantity.Length(line, "--antenna-height", CliQuantity.Required(line, "--antenna-height", "H", HorizonUsage));
        double target = CliQuantity.Length(line, "--target-altitude", CliQuantity.Required(line, "--target-altitude", "A", HorizonUsage));
        double k = line.Get("--k") is string kText ? CliQuantity.Positive(line, "--k", kText) : RadarHorizon.StandardK;

        double range = RadarHorizon.RangeM(antenna, target, k);
        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteNumber("range_m", range);
                json.WriteNumber("antenna_height_m", antenna);
                json.WriteNumber("target_altitude_m", target);
                json.WriteNumber("k", k);
            });
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"radar horizon  {range / 1000.0:0.000} km  ({range:0.0} m)"));
            stdout.WriteLine(string.Create(c, $"antenna {antenna:R} m, target {target:R} m, effective earth radius {k:0.####} × {Core.Geo.Wgs84.MeanRadius:R} m: √(2kRe·hₐ) + √(2kRe·hₜ)"));
        }

        return 0;
    }

    private static CommandLine Parse(string command, IReadOnlyList<string> args, string usage, params string[] valued)
    {
        var line = CommandLine.Parse(command, args, new HashSet<string>(valued, StringComparer.Ordinal), NoFlags);
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart {command}: unexpected argument '{line.Positional[0]}'; usage: {usage}");
        }

        return line;
    }

    private static (int Pulses, int Swerling) PulsesAndSwerling(CommandLine line) =>
        (CliQuantity.Integer(line, "--pulses", 1, 1, DetectionStatistics.MaxPulses), CliQuantity.Integer(line, "--swerling", 0, 0, 4));

    private static void WriteInputs(System.Text.Json.Utf8JsonWriter json, double pd, double pfa, int pulses, int swerling)
    {
        json.WriteNumber("pd", pd);
        json.WriteNumber("pfa", pfa);
        json.WriteNumber("pulses", pulses);
        json.WriteNumber("swerling", swerling);
    }
}
