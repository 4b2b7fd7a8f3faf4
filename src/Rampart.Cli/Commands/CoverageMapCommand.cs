using System.Globalization;
using Rampart.Analysis.Coverage;
using Rampart.Core.Sensors;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart coverage --scenario FILE --map --altitude A [--rcs SIGMA] --out DIR</c>: the horizontal
/// coverage of every radar of a scenario at one target altitude — detection range per azimuth,
/// bounded by power, the k-earth horizon, elevation and range limits, the sector, and terrain
/// masking when the scenario has terrain — as a PNG map and a GeoJSON FeatureCollection of
/// Polygons (RFC 7946). Prints their paths.
/// </summary>
internal static class CoverageMapCommand
{
    public const string Picture = "coverage-map.png";
    public const string GeoJson = "coverage-map.geojson";

    /// <summary>Azimuth step of the polygons, degrees.</summary>
    private const double AzimuthStepDeg = 0.5;

    public static int Execute(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        string usage = CoverageCommand.MapUsage;
        if (!line.Has("--map") || !line.Has("--scenario") || !line.Has("--altitude"))
        {
            string missing = !line.Has("--scenario") ? "--scenario FILE" : !line.Has("--map") ? "--map" : "--altitude A";
            throw new UsageException($"rampart coverage: the horizontal coverage map needs {missing}; usage: {usage}");
        }

        foreach (string option in new[] { "--radar", "--antenna-height", "--k", "--jammer" })
        {
            if (line.Has(option))
            {
                throw new UsageException($"rampart coverage: option {option} is for the vertical diagram, not with --map (the scenario places the radars); usage: {usage}");
            }
        }

        string format = line.GetChoice("--format", "table", "table", "json");
        double altitude = CliQuantity.Length(line, "--altitude", line.Get("--altitude")!);
        double rcs = line.Get("--rcs") is string r ? CliQuantity.RadarCrossSection(line, "--rcs", r) : CoverageCommand.DefaultMapRcsM2;
        double? pd = line.Get("--pd") is string pdText ? CliQuantity.Probability(line, "--pd", pdText) : null;
        double? pfa = line.Get("--pfa") is string pfaText ? CliQuantity.Probability(line, "--pfa", pfaText) : null;
        int swerling = CliQuantity.Integer(line, "--swerling", Radar.ReferenceSwerling, 0, 4);
        if (pd is double p && pfa is double f && p <= f)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"rampart coverage: --pd must exceed --pfa, found pd {p:R} and pfa {f:R}"));
        }

        var scenario = ScenarioFiles.Load(line.Get("--scenario")!, "coverage");
        var coverages = CoverageMap.Compute(scenario, altitude, rcs, pd, pfa, swerling, AzimuthStepDeg);

        var output = Output.OutputDirectory.Open(line.Get("--out") ?? ".", [Picture, GeoJson], overwrite: true, "coverage");
        string title = string.Create(CultureInfo.InvariantCulture,
            $"{scenario.Name}: horizontal coverage at {altitude:0.#} m — σ = {rcs:G3} m², Swerling {swerling}, P_d {(pd is null ? "reference" : pd.Value.ToString("G3", CultureInfo.InvariantCulture))}, {(scenario.Terrain is null ? "smooth 4/3 earth" : "terrain-masked, 4/3 earth")}");
        using (var png = output.CreateTemporary(Picture))
        {
            Rampart.Analysis.Plots.CoverageMapPlot.Write(png, title, scenario, coverages);
        }

        using (var geo = output.CreateTemporary(GeoJson))
        {
            CoverageGeoJson.Write(geo, coverages, altitude, rcs, swerling);
        }

        output.CommitAll();
        string picturePath = Path.Combine(output.FullPath, Picture), geoPath = Path.Combine(output.FullPath, GeoJson);
        if (format == "json")
        {
            CliQuantity.WriteJson(stdout, json =>
            {
                json.WriteString("scenario", scenario.Name);
                json.WriteNumber("altitude_m", altitude);
                json.WriteNumber("rcs_m2", rcs);
                json.WriteNumber("swerling", swerling);
                json.WriteBoolean("terrain", scenario.Terrain is not null);
                json.WriteString("png", picturePath);
                json.WriteString("geojson", geoPath);
                json.WriteStartArray("radars");
                foreach (var c in coverages)
                {
                    json.WriteStartObject();
                    json.WriteString("name", c.Name);
                    json.WriteString("type", c.Type);
                    json.WriteNumber("power_limited_range_m", c.PowerRangeM);
                    json.WriteNumber("min_ground_range_m", c.Azimuths.Where(a => a.Limit != CoverageLimit.NotCovered).Select(a => a.GroundRangeM).DefaultIfEmpty(0).Min());
                    json.WriteNumber("max_ground_range_m", c.Azimuths.Max(a => a.GroundRangeM));
                    json.WriteNumber("terrain_masked_azimuth_fraction", c.Azimuths.Count(a => a.Limit == CoverageLimit.Terrain) / (double)c.Azimuths.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }
        else
        {
            var c = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(c, $"{scenario.Name}: horizontal coverage at {altitude:0.#} m against {rcs:G4} m² (Swerling {swerling}){(scenario.Terrain is null ? ", smooth 4/3 earth" : ", terrain-masked")}"));
            stdout.WriteLine();
            stdout.WriteLine("radar                          type     free-space km   min km   max km   terrain-masked");
            foreach (var cov in coverages)
            {
                double min = cov.Azimuths.Where(a => a.Limit != CoverageLimit.NotCovered).Select(a => a.GroundRangeM).DefaultIfEmpty(0).Min();
                double max = cov.Azimuths.Max(a => a.GroundRangeM);
                double masked = cov.Azimuths.Count(a => a.Limit == CoverageLimit.Terrain) * AzimuthStepDeg;
                stdout.WriteLine(string.Create(c, $"{cov.Name,-30} {cov.Type,-8} {cov.PowerRangeM / 1000.0,13:0.0}   {min / 1000.0,6:0.0}   {max / 1000.0,6:0.0}   {masked,5:0.#}° of azimuth"));
            }

            stdout.WriteLine();
            stdout.WriteLine(picturePath);
            stdout.WriteLine(geoPath);
        }

        stderr.WriteLine("rampart: wrote " + picturePath);
        stderr.WriteLine("rampart: wrote " + geoPath);
        return 0;
    }
}
