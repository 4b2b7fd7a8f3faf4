using System.Globalization;
using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart coverage --radar NAME --rcs SIGMA [--pd P] …</c>: the vertical coverage diagram of one
/// radar of the equipment library against one target, as a table (default) or JSON — maximum
/// detection range for altitudes from 10 m to 30 km (horizon-limited low, power-limited high) and
/// by elevation.
/// </summary>
internal static class CoverageCommand
{
    public const string Usage = "rampart coverage --radar NAME --rcs SIGMA [--pd P] [--pfa F] [--swerling K] [--antenna-height H] [--k K] [--jammer \"erp=1kW,bandwidth=100MHz,range=150km[,sidelobe=-30dB]\"] [--out DIR] [--format table|json]";

    /// <summary>Usage of the horizontal (map) form.</summary>
    public const string MapUsage = "rampart coverage --scenario FILE --map --altitude A [--rcs SIGMA] [--pd P] [--pfa F] [--swerling K] [--out DIR] [--format table|json]";

    /// <summary>Target RCS of the map when none is given, m² (a small fighter; as the run's map rings).</summary>
    public const double DefaultMapRcsM2 = 1.0;

    /// <summary>Antenna phase-centre height when none is given, m (assumed: a radar on its vehicle, no mast).</summary>
    public const double DefaultAntennaHeightM = 10.0;

    private static readonly double[] ElevationsDeg = [-3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 45, 60, 75, 85];

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(
            "coverage",
            args,
            new HashSet<string>(["--radar", "--rcs", "--pd", "--pfa", "--swerling", "--antenna-height", "--k", "--jammer", "--format", "--out", "--scenario", "--altitude"], StringComparer.Ordinal),
            new HashSet<string>(["--map"], StringComparer.Ordinal));
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart coverage: unexpected argument '{line.Positional[0]}'; usage: {Usage}");
        }

        if (line.Has("--map") || line.Has("--scenario") || line.Has("--altitude"))
        {
            return CoverageMapCommand.Execute(line, stdout, stderr);
        }

        string format = line.GetChoice("--format", "table", "table", "json");
        string name = CliQuantity.Required(line, "--radar", "NAME", Usage);
        double rcs = CliQuantity.RadarCrossSection(line, "--rcs", CliQuantity.Required(line, "--rcs", "SIGMA", Usage));
        var library = EquipmentLibrary.LoadDefault();
        if (!library.TryGetRadar(name, out RadarSpec? spec))
        {
            throw new UsageException($"rampart coverage: option --radar expects a radar of the equipment library ({string.Join(", ", library.RadarNames)}), found '{name}'");
        }

        // Defaults: the radar's own reference P_d and P_fa, and a Swerling 1 target (the case the
        // reference detection is read as).
        double pd = line.Get("--pd") is string pdText ? CliQuantity.Probability(line, "--pd", pdText) : spec.ReferencePd;
        double pfa = line.Get("--pfa") is string pfaText ? CliQuantity.Probability(line, "--pfa", pfaText) : spec.ReferencePfa;
        int swerling = CliQuantity.Integer(line, "--swerling", Radar.ReferenceSwerling, 0, 4);
        double antenna = line.Get("--antenna-height") is string hText ? CliQuantity.Length(line, "--antenna-height", hText) : DefaultAntennaHeightM;
        double k = line.Get("--k") is string kText ? CliQuantity.Positive(line, "--k", kText) : RadarHorizon.StandardK;
        if (pd <= pfa)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"rampart coverage: --pd must exceed --pfa, found pd {pd:R} and pfa {pfa:R}"));
        }

        StandOffJammer? jammer = line.Get("--jammer") is string jText ? StandOffJammer.Parse(line, jText) : null;
        double jamToNoise = jammer is null ? 0.0 : jammer.JamToNoise(spec);
        double powerRange = VerticalCoverage.PowerLimitedRangeM(spec, rcs, pd, pfa, swerling, jamToNoise);
        var byAltitude = VerticalCoverage.ByAltitude(spec, antenna, powerRange, VerticalCoverage.StandardAltitudesM, k);
        var byElevation = VerticalCoverage.ByElevation(spec, antenna, powerRange, ElevationsDeg.Select(d => d * Math.PI / 180.0).ToArray(), k);

        // The diagram goes to --out DIR (default: the working directory); its path goes to stderr.
        // It is derived from the equipment library alone and regenerated identically, so an
        // existing picture of the same name is replaced (unlike a run's recordings).
        string picture = $"coverage-{spec.Name}.png";
        var output = Output.OutputDirectory.Open(line.Get("--out") ?? ".", [picture], overwrite: true, "coverage");
        using (var png = output.CreateTemporary(picture))
        {
            string title = string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name} vertical coverage — σ = {rcs:G3} m², P_d {pd:G3}, P_fa {pfa:G3}, Swerling {swerling}, antenna {antenna:0.#} m, k = {k:0.###}{(jammer is null ? "" : ", jammed")}");
            Rampart.Analysis.Plots.CoveragePlot.Write(png, title, byAltitude, byElevation);
        }

        output.CommitAll();
        stderr.WriteLine("rampart: wrote " + Path.Combine(output.FullPath, picture));

        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteString("radar", spec.Name);
                json.WriteNumber("rcs_m2", rcs);
                json.WriteNumber("pd", pd);
                json.WriteNumber("pfa", pfa);
                json.WriteNumber("swerling", swerling);
                json.WriteNumber("antenna_height_m", antenna);
                json.WriteNumber("k", k);
                json.WriteNumber("power_limited_range_m", powerRange);
                if (jammer is not null)
                {
                    json.WriteStartObject("jammer");
                    json.WriteNumber("erp_w", jammer.ErpW);
                    json.WriteNumber("bandwidth_hz", jammer.BandwidthHz);
                    json.WriteNumber("range_m", jammer.RangeM);
                    json.WriteNumber("sidelobe_db", jammer.SidelobeDb);
                    json.WriteNumber("jam_to_noise_db", DetectionProbability.RatioToDb(jamToNoise));
                    json.WriteNumber("unjammed_power_limited_range_m", VerticalCoverage.PowerLimitedRangeM(spec, rcs, pd, pfa, swerling));
                    json.WriteEndObject();
                }

                json.WriteStartArray("rows");
                foreach (var r in byAltitude)
                {
                    json.WriteStartObject();
                    json.WriteNumber("altitude_m", r.AltitudeM);
                    json.WriteNumber("range_m", r.RangeM);
                    json.WriteNumber("ground_range_m", r.GroundRangeM);
                    json.WriteNumber("elevation_rad", r.ElevationRad);
                    json.WriteString("limited_by", LimitName(r.Limit));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("elevation_rows");
                foreach (var r in byElevation)
                {
                    json.WriteStartObject();
                    json.WriteNumber("elevation_rad", r.ElevationRad);
                    json.WriteNumber("range_m", r.RangeM);
                    json.WriteNumber("altitude_m", r.AltitudeM);
                    json.WriteString("limited_by", LimitName(r.Limit));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }
        else
        {
            WriteTable(stdout, spec, rcs, pd, pfa, swerling, antenna, k, powerRange, byAltitude, byElevation);
            if (jammer is not null)
            {
                double clear = VerticalCoverage.PowerLimitedRangeM(spec, rcs, pd, pfa, swerling);
                stdout.WriteLine();
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stand-off jammer on the axis: ERP {jammer.ErpW:G4} W over {jammer.BandwidthHz / 1e6:G4} MHz at {jammer.RangeM / 1000.0:0.#} km, {jammer.SidelobeDb:0.#} dB off the main-lobe gain"));
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"J/N {DetectionProbability.RatioToDb(jamToNoise):0.0} dB: free-space detection (burn-through) range {powerRange / 1000.0:0.0} km instead of {clear / 1000.0:0.0} km"));
            }
        }

        return 0;
    }

    private static string LimitName(CoverageLimit limit) => limit switch
    {
        CoverageLimit.Power => "power",
        CoverageLimit.Horizon => "horizon",
        CoverageLimit.MinElevation => "min_elevation",
        CoverageLimit.InstrumentedRange => "instrumented_range",
        _ => "not_covered",
    };

    private static void WriteTable(
        TextWriter stdout, RadarSpec spec, double rcs, double pd, double pfa, int swerling, double antenna, double k, double powerRange,
        AltitudeCoverage[] byAltitude, ElevationCoverage[] byElevation)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"{spec.Name} vertical coverage: RCS {rcs:G4} m², P_d {pd:R} per look at P_fa {pfa:R}, Swerling {swerling}"));
        stdout.WriteLine(string.Create(c, $"antenna {antenna:R} m, {k:0.####}-earth horizon; free-space detection range {powerRange / 1000.0:0.0} km; instrumented {spec.InstrumentedRangeM / 1000.0:0} km"));
        stdout.WriteLine();
        stdout.WriteLine("altitude m   range km   ground km   elev deg   limited by");
        foreach (var r in byAltitude)
        {
            stdout.WriteLine(string.Create(c, $"{r.AltitudeM,10:0}   {r.RangeM / 1000.0,8:0.0}   {r.GroundRangeM / 1000.0,9:0.0}   {r.ElevationRad * 180.0 / Math.PI,8:0.00}   {LimitName(r.Limit)}"));
        }

        stdout.WriteLine();
        stdout.WriteLine("elev deg   range km   altitude m   limited by");
        foreach (var r in byElevation)
        {
            stdout.WriteLine(string.Create(c, $"{r.ElevationRad * 180.0 / Math.PI,8:0.0}   {r.RangeM / 1000.0,8:0.0}   {r.AltitudeM,10:0}   {LimitName(r.Limit)}"));
        }
    }

    /// <summary>
    /// The <c>--jammer</c> option: one stand-off noise jammer on the diagram's axis (same azimuth as
    /// the target), received through the radar's main-lobe gain times <see cref="SidelobeDb"/> (0 dB:
    /// in the main lobe, the worst case). The radar's receiver is the one the simulation's radars
    /// use (<see cref="Radar.ReceiverOf"/>: the explicit radar-equation parameters when the file
    /// gives them, else estimated from the spec).
    /// </summary>
    private sealed record StandOffJammer(double ErpW, double BandwidthHz, double RangeM, double SidelobeDb)
    {
        public double JamToNoise(RadarSpec spec)
        {
            var rx = Radar.ReceiverOf(spec);
            return NoiseJamming.JammerToNoise(ErpW, BandwidthHz, RangeM, rx.ReceiveGain * DetectionProbability.DbToRatio(SidelobeDb), rx.WavelengthM, rx.SystemTemperatureK, rx.BandwidthHz);
        }

        public static StandOffJammer Parse(CommandLine line, string text)
        {
            const string Expected = "option --jammer expects 'erp=POWER,bandwidth=FREQUENCY,range=LENGTH[,sidelobe=DB]' (e.g. 'erp=1kW,bandwidth=100MHz,range=150km')";
            double? erp = null, bandwidth = null, range = null;
            double sidelobe = 0.0;
            foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = part.IndexOf('=', StringComparison.Ordinal);
                string key = eq > 0 ? part[..eq].Trim() : part;
                string value = eq > 0 ? part[(eq + 1)..].Trim() : "";
                switch (key)
                {
                    case "erp":
                        erp = QuantityText.Power(value) is double w && w > 0 ? w : throw new UsageException($"rampart coverage: {Expected}; erp must be a positive power (W, kW, MW), found '{value}'");
                        break;
                    case "bandwidth":
                        bandwidth = QuantityText.Frequency(value) is double b && b > 0 ? b : throw new UsageException($"rampart coverage: {Expected}; bandwidth must be a positive frequency, found '{value}'");
                        break;
                    case "range":
                        range = QuantityText.Length(value) is double r && r > 0 ? r : throw new UsageException($"rampart coverage: {Expected}; range must be a positive length, found '{value}'");
                        break;
                    case "sidelobe":
                        sidelobe = CliQuantity.Decibels(line, "--jammer sidelobe", value);
                        break;
                    default:
                        throw new UsageException($"rampart coverage: {Expected}; found an unknown key '{key}'");
                }
            }

            return erp is double e && bandwidth is double bw && range is double rr
                ? new StandOffJammer(e, bw, rr, sidelobe)
                : throw new UsageException($"rampart coverage: {Expected}; found '{text}'");
        }
    }
}
