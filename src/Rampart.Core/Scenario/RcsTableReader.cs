using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads an <c>rcs_table</c> value (docs/scenario-format.md, "RCS tables"):
/// <c>{azimuth: [deg…], elevation: [deg…], X: [[dBsm…] per elevation], S: …}</c>.
/// </summary>
internal static class RcsTableReader
{
    public static RcsTable Read(YamlFile file, YamlNode node)
    {
        string[] keys = ["azimuth", "elevation", .. EquipmentSchema.RadarBands];
        MappingReader m = file.Mapping(node, "an RCS table {azimuth: [deg…], elevation: [deg…], <band>: [[dBsm…], …]}", keys);
        double[] azimuth = Grid(file, m.Required("azimuth", "aspect azimuths off the nose, degrees 0–180, ascending"), "each aspect azimuth (degrees off the nose)", 0, 180);
        double[] elevation = Grid(file, m.Required("elevation", "aspect elevations, degrees −90–90, ascending"), "each aspect elevation (degrees)", -90, 90);
        var bands = new Dictionary<RadarBand, double[,]>();
        foreach ((YamlScalarNode key, YamlNode value) in m.Entries)
        {
            if (key.Value is "azimuth" or "elevation")
            {
                continue;
            }

            var band = Enum.Parse<RadarBand>(key.Value!);
            YamlSequenceNode rows = file.Sequence(value, $"the {key.Value} band: one list of dBsm values per elevation ({elevation.Length} rows)");
            if (rows.Children.Count != elevation.Length)
            {
                throw file.Error(value, $"{elevation.Length} rows (one per elevation) in the {key.Value} band", $"{rows.Children.Count} rows", foundIsText: false);
            }

            var grid = new double[elevation.Length, azimuth.Length];
            for (int j = 0; j < elevation.Length; j++)
            {
                YamlSequenceNode row = file.Sequence(rows.Children[j], $"a row of {azimuth.Length} dBsm values (one per azimuth)");
                if (row.Children.Count != azimuth.Length)
                {
                    throw file.Error(rows.Children[j], $"{azimuth.Length} values (one per azimuth) in each row of the {key.Value} band", $"{row.Children.Count} values", foundIsText: false);
                }

                for (int i = 0; i < azimuth.Length; i++)
                {
                    grid[j, i] = ValueReader.Number(file, row.Children[i], "an RCS in dBsm", -80, 60);
                }
            }

            bands[band] = grid;
        }

        if (bands.Count == 0)
        {
            throw file.Error(node, $"at least one band of values ({string.Join(", ", EquipmentSchema.RadarBands)}) in the RCS table", "none", foundIsText: false);
        }

        return new RcsTable(azimuth, elevation, bands);
    }

    private static double[] Grid(YamlFile file, YamlNode node, string what, double min, double max)
    {
        YamlSequenceNode seq = file.Sequence(node, $"a list of {what}, ascending");
        if (seq.Children.Count == 0)
        {
            throw file.Error(node, $"a list of at least one of {what}", "an empty list", foundIsText: false);
        }

        var values = new double[seq.Children.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = ValueReader.Number(file, seq.Children[i], what, min, max);
            if (i > 0 && values[i] <= values[i - 1])
            {
                throw file.Error(seq.Children[i], $"{what} above the previous one (strictly ascending)");
            }
        }

        return values;
    }
}
