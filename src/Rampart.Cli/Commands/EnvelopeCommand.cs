using System.Globalization;
using Rampart.Analysis.Studies;
using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart envelope --missile NAME --target-speed V --target-altitude A [--aspect …]</c>: a missile's
/// engagement envelope against a non-manoeuvring target from the full flyout model
/// (<see cref="EngagementEnvelope"/>) — maximum and minimum intercept ground range against target
/// altitude, as a table (default) or JSON, and a PNG diagram whose path goes to stderr.
/// </summary>
internal static class EnvelopeCommand
{
    public const string Usage = "rampart envelope --missile NAME --target-speed V --target-altitude A [--aspect head-on|crossing|tail] [--out DIR] [--format table|json]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(
            "envelope",
            args,
            new HashSet<string>(["--missile", "--target-speed", "--target-altitude", "--aspect", "--format", "--out"], StringComparer.Ordinal),
            new HashSet<string>());
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart envelope: unexpected argument '{line.Positional[0]}'; usage: {Usage}");
        }

        string format = line.GetChoice("--format", "table", "table", "json");
        string aspectWord = line.GetChoice("--aspect", "head-on", "head-on", "crossing", "tail");
        var aspect = aspectWord switch
        {
            "crossing" => EnvelopeAspect.Crossing,
            "tail" => EnvelopeAspect.Tail,
            _ => EnvelopeAspect.HeadOn,
        };
        string name = CliQuantity.Required(line, "--missile", "NAME", Usage);
        double altitude = CliQuantity.Length(line, "--target-altitude", CliQuantity.Required(line, "--target-altitude", "A", Usage));
        string speedText = CliQuantity.Required(line, "--target-speed", "V", Usage);
        double speed = QuantityText.Speed(speedText, altitude) is double v && v >= 0
            ? v
            : throw new UsageException($"rampart envelope: option --target-speed expects a speed (e.g. '250 m/s', '900 km/h', 'Mach 0.9'), found '{speedText}'");
        var library = EquipmentLibrary.LoadDefault();
        if (!library.TryGetMissile(name, out MissileSpec? spec))
        {
            throw new UsageException($"rampart envelope: option --missile expects a missile of the equipment library ({string.Join(", ", library.MissileNames)}), found '{name}'");
        }

        if (altitude > 100_000)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"rampart envelope: option --target-altitude expects at most 100 km, found '{line.Get("--target-altitude")}'"));
        }

        double top = Math.Max(spec.MaxAltitudeM, altitude);
        var altitudes = EngagementEnvelope.StandardAltitudesM.Where(a => a <= top + 1e-9 && Math.Abs(a - altitude) > 1e-6).Append(altitude).Order().ToArray();
        var rows = EngagementEnvelope.Compute(spec, speed, altitudes, aspect);
        var given = rows.First(r => r.AltitudeM == altitude);

        string picture = $"envelope-{spec.Name}.png";
        var output = Output.OutputDirectory.Open(line.Get("--out") ?? ".", [picture], overwrite: true, "envelope");
        using (var png = output.CreateTemporary(picture))
        {
            string title = string.Create(CultureInfo.InvariantCulture,
                $"{spec.Name} engagement envelope — target {speed:0} m/s, {aspectWord}, non-manoeuvring");
            Rampart.Analysis.Plots.EnvelopePlot.Write(png, title, rows, spec.MaxRangeM);
        }

        output.CommitAll();
        stderr.WriteLine("rampart: wrote " + Path.Combine(output.FullPath, picture));

        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteString("missile", spec.Name);
                json.WriteNumber("target_speed_mps", speed);
                json.WriteNumber("target_altitude_m", altitude);
                json.WriteString("aspect", aspectWord);
                WriteRange(json, "max_range_m", given.MaxRangeM);
                WriteRange(json, "min_range_m", given.MinRangeM);
                json.WriteNumber("published_max_range_m", spec.MaxRangeM);
                json.WriteNumber("lethal_radius_m", spec.LethalRadiusM);
                json.WriteNumber("min_endgame_speed_mps", spec.EndgameSpeedFloorMps);
                json.WriteNumber("required_margin_g", EngagementEnvelope.RequiredMarginG);
                json.WriteStartArray("rows");
                foreach (var r in rows)
                {
                    json.WriteStartObject();
                    json.WriteNumber("altitude_m", r.AltitudeM);
                    WriteRange(json, "max_range_m", r.MaxRangeM);
                    WriteRange(json, "min_range_m", r.MinRangeM);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"{spec.Name} engagement envelope: non-manoeuvring target at {speed:0.#} m/s, {aspectWord}"));
            stdout.WriteLine(string.Create(c, $"an intercept counts within the {spec.LethalRadiusM:0.#} m lethal radius, at ≥ {spec.EndgameSpeedFloorMps:0} m/s, with ≥ {EngagementEnvelope.RequiredMarginG:0} g to spare; published maximum range {spec.MaxRangeM / 1000.0:0} km"));
            stdout.WriteLine(string.Create(c, $"at {altitude:0} m: maximum {Km(given.MaxRangeM)} km, minimum {Km(given.MinRangeM)} km"));
            stdout.WriteLine();
            stdout.WriteLine("altitude m   max range km   min range km");
            foreach (var r in rows)
            {
                stdout.WriteLine(string.Create(c, $"{r.AltitudeM,10:0}   {Km(r.MaxRangeM),12}   {Km(r.MinRangeM),12}"));
            }
        }

        return 0;
    }

    private static string Km(double m) => double.IsNaN(m) ? "-" : (m / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A range in metres, or null where no intercept counts.</summary>
    private static void WriteRange(System.Text.Json.Utf8JsonWriter json, string name, double m)
    {
        if (double.IsNaN(m))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, m);
        }
    }
}
