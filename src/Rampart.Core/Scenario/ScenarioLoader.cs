using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rampart.Core.Geo;
using Rampart.Core.Geo.Terrain;
using Rampart.Core.Scenario.Model;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// Reads a scenario file (format: docs/scenario-format.md) into a validated <see cref="ScenarioModel"/>:
/// every unit converted to SI, every equipment name resolved against the <see cref="EquipmentLibrary"/>
/// with the scenario's overrides applied. Strict: the first problem found is thrown as a
/// <see cref="ScenarioException"/> naming the file, line, column, what was expected and what was found.
/// Stateless and thread-safe.
/// </summary>
public static partial class ScenarioLoader
{
    private static readonly string[] TopKeys = ["name", "description", "start", "duration", "seed", "assets", "batteries", "threats", "tracker", "environment", "jammers", "terrain"];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Iso8601WithZone();

    /// <summary>Reads and validates the scenario file at <paramref name="path"/> (relative paths against the working directory).</summary>
    /// <exception cref="ScenarioException">The file is missing or invalid.</exception>
    public static ScenarioModel Load(string path, EquipmentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioException(path, 0, 0, "a readable scenario file", ex is FileNotFoundException or DirectoryNotFoundException ? "no such file" : ex.Message, foundIsText: false, innerException: ex);
        }

        return ParseCore(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'), bytes, path, library);
    }

    /// <summary>Validates scenario text; <paramref name="path"/> names the file in messages and in <see cref="ScenarioModel.SourcePath"/>.</summary>
    /// <exception cref="ScenarioException">The text is invalid.</exception>
    public static ScenarioModel Parse(string yamlText, string path, EquipmentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        return ParseCore(yamlText, Encoding.UTF8.GetBytes(yamlText), path, library);
    }

    private static ScenarioModel ParseCore(string text, byte[] bytes, string path, EquipmentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        YamlFile file = YamlFile.Parse(text, path);
        MappingReader top = file.Mapping(file.Root, "a scenario", TopKeys);

        string name = top.Optional("name") is { } n ? ValueReader.Name(file, n, "the scenario's name") : Path.GetFileNameWithoutExtension(path);
        if (top.Optional("description") is { } d)
        {
            _ = file.Text(d, "a description (text)");
        }

        DateTimeOffset start = ReadStart(file, top.Required("start", "UTC time of t = 0, e.g. 2025-06-01T04:30:00Z"));
        YamlNode durationNode = top.Required("duration", "simulated time span, e.g. 15 min");
        double duration = ValueReader.Quantity(file, durationNode, QuantityKind.Duration, 0, 7 * 86400, minExclusive: true);
        ulong seed = ReadSeed(file, top.Required("seed", "root random seed, a whole number"));

        IReadOnlyList<DefendedAsset> assets = ReadAssets(file, top.Required("assets", "the defended assets"));
        var batteries = new BatteryReader(file, library).ReadAll(top.Required("batteries", "the batteries (battalions)"));
        var threats = new ThreatReader(file, library, assets, duration).ReadAll(top.Required("threats", "the threat groups"));
        TrackerSettings tracker = top.Optional("tracker") is { } t ? ReadTracker(file, t) : TrackerSettings.Default;
        RadarEnvironment environment = top.Optional("environment") is { } e ? JammerReader.ReadEnvironment(file, e) : RadarEnvironment.Default;
        IReadOnlyList<Jammer> jammers = top.Optional("jammers") is { } j
            ? new JammerReader(file, new ThreatReader(file, library, assets, duration), threats, duration).ReadAll(j)
            : [];
        TerrainGrid? terrain = top.Optional("terrain") is { } tn ? ReadTerrain(file, tn, path) : null;

        return new ScenarioModel(
            name,
            Path.GetFullPath(path),
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            start,
            duration,
            seed,
            assets,
            batteries,
            threats,
            tracker)
        {
            Environment = environment,
            Jammers = jammers,
            Terrain = terrain,
        };
    }

    /// <summary>
    /// <c>terrain: {directory: DIR}</c>: every SRTM .hgt tile in DIR (relative to the scenario
    /// file's directory). A missing or empty directory, or a bad tile, is an error at the key.
    /// </summary>
    private static TerrainGrid ReadTerrain(YamlFile file, YamlNode node, string scenarioPath)
    {
        MappingReader m = file.Mapping(node, "the terrain", "directory");
        YamlNode dirNode = m.Required("directory", "a directory of SRTM .hgt tiles, relative to the scenario file");
        string dir = file.Text(dirNode, "a directory of SRTM .hgt tiles, relative to the scenario file");
        string baseDir = Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".";
        string full = Path.GetFullPath(Path.Combine(baseDir, dir));
        try
        {
            return TerrainGrid.Load(full);
        }
        catch (TerrainException ex)
        {
            throw file.Error(dirNode, $"a directory of SRTM .hgt tiles (resolved to {full})", $"{ex.FilePath}: expected {ex.Expected}, found {ex.Found}", foundIsText: false);
        }
    }

    private static DateTimeOffset ReadStart(YamlFile file, YamlNode node)
    {
        const string Expected = "a UTC start time in ISO 8601 with its zone (e.g. '2025-06-01T04:30:00Z')";
        string text = file.Text(node, Expected);
        if (Iso8601WithZone().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset t))
        {
            return t.ToUniversalTime();
        }

        throw file.Error(node, Expected);
    }

    private static ulong ReadSeed(YamlFile file, YamlNode node)
    {
        const string Expected = "a seed: a whole number from 0 to 18446744073709551615";
        string text = file.Text(node, Expected);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed) ? seed : throw file.Error(node, Expected);
    }

    private static List<DefendedAsset> ReadAssets(YamlFile file, YamlNode node)
    {
        YamlSequenceNode list = file.Sequence(node, "a list of defended assets");
        if (list.Children.Count == 0)
        {
            throw file.Error(node, "at least one defended asset", "an empty list", foundIsText: false);
        }

        var names = new NameRegistry(file, "defended asset");
        var assets = new List<DefendedAsset>();
        foreach (YamlNode item in list.Children)
        {
            MappingReader m = file.Mapping(item, "a defended asset", "name", "position", "value", "radius");
            YamlNode nameNode = m.Required("name");
            string name = names.Add(nameNode, ValueReader.Name(file, nameNode, "the asset's name"), "an asset");
            GeodeticPosition position = PositionReader.Read(file, m.Required("position"));
            double value = ValueReader.Number(file, m.Required("value", "relative value, > 0"), "an asset value", 0, 1e6, minExclusive: true);
            double radius = ValueReader.Quantity(file, m.Required("radius", "a threat this close has hit the asset, e.g. 2 km"), QuantityKind.Length, 0, 100_000, minExclusive: true);
            assets.Add(new DefendedAsset(name, position, value, radius));
        }

        return assets;
    }

    private static TrackerSettings ReadTracker(YamlFile file, YamlNode node)
    {
        MappingReader m = file.Mapping(node, "the tracker settings", "process_noise", "gate_probability", "confirm_m", "confirm_n", "delete_after_misses", "motion_model", "manoeuvre_process_noise",
            "turn_rate_noise", "jerk_noise", "association", "detection_probability", "clutter_density", "max_joint_events", "measurement_conversion");
        TrackerSettings d = TrackerSettings.Default;
        double q = m.Optional("process_noise") is { } qn ? ValueReader.Number(file, qn, "a process noise intensity in m²/s³", 0, 1e9, minExclusive: true) : d.ProcessNoise;
        double gate = m.Optional("gate_probability") is { } g ? ValueReader.Probability(file, g, open: true) : d.GateProbability;
        int confirmM = m.Optional("confirm_m") is { } cm ? ValueReader.Integer(file, cm, "confirm_m", 1, 100) : d.ConfirmM;
        int confirmN = d.ConfirmN;
        if (m.Optional("confirm_n") is { } cn)
        {
            confirmN = ValueReader.Integer(file, cn, $"confirm_n (at least confirm_m = {confirmM.ToString(CultureInfo.InvariantCulture)})", confirmM, 100);
        }
        else if (confirmN < confirmM)
        {
            throw file.Error(m.Optional("confirm_m") ?? m.Node, $"confirm_m at most confirm_n ({confirmN.ToString(CultureInfo.InvariantCulture)}), or give confirm_n too");
        }

        int delete = m.Optional("delete_after_misses") is { } dm ? ValueReader.Integer(file, dm, "delete_after_misses", 1, 1000) : d.DeleteAfterMisses;
        var settings = new TrackerSettings(q, gate, confirmM, confirmN, delete);
        if (m.Optional("motion_model") is { } mm)
        {
            settings = settings with
            {
                MotionModel = ValueReader.Choice(file, mm, "a tracker motion model", ["cv", "ca", "imm"]) switch
                {
                    "imm" => TrackerMotionModel.Imm,
                    "ca" => TrackerMotionModel.Ca,
                    _ => TrackerMotionModel.Cv,
                },
            };
        }

        if (m.Optional("manoeuvre_process_noise") is { } mq)
        {
            settings = settings with
            {
                ManoeuvreProcessNoise = ValueReader.Number(file, mq, "a manoeuvre process noise intensity in m²/s³", 0, 1e9, minExclusive: true),
            };
        }

        if (m.Optional("turn_rate_noise") is { } tr)
        {
            settings = settings with { TurnRateNoise = ValueReader.Number(file, tr, "a turn-rate noise intensity in rad²/s³", 0, 100, minExclusive: true) };
        }

        if (m.Optional("jerk_noise") is { } jn)
        {
            settings = settings with { JerkNoise = ValueReader.Number(file, jn, "a jerk noise intensity in m²/s⁵", 0, 1e9, minExclusive: true) };
        }

        if (m.Optional("association") is { } a)
        {
            settings = settings with
            {
                Association = ValueReader.Choice(file, a, "a data association method", ["gnn", "jpda"]) == "jpda" ? TrackerAssociation.Jpda : TrackerAssociation.Gnn,
            };
        }

        if (m.Optional("measurement_conversion") is { } mc)
        {
            settings = settings with
            {
                MeasurementConversion = ValueReader.Choice(file, mc, "a measurement conversion", ["standard", "debiased"]) == "debiased"
                    ? MeasurementConversion.Debiased
                    : MeasurementConversion.Standard,
            };
        }

        if (m.Optional("detection_probability") is { } pd)
        {
            settings = settings with { DetectionProbability = ValueReader.Number(file, pd, "a detection probability (a bare number above 0, at most 1)", 0, 1, minExclusive: true) };
        }

        if (m.Optional("clutter_density") is { } cd)
        {
            settings = settings with { ClutterDensity = ValueReader.Number(file, cd, "a clutter density in false detections per m³ per scan", 0, 1, minExclusive: true) };
        }

        if (m.Optional("max_joint_events") is { } me)
        {
            settings = settings with { MaxJointEvents = ValueReader.Integer(file, me, "max_joint_events", 1, 10_000_000) };
        }

        return settings;
    }
}
