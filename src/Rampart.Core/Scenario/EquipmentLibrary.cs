using System.Diagnostics.CodeAnalysis;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Scenario;

/// <summary>
/// The equipment library: radars, launchers, missiles and threat types read from a directory of
/// YAML files (one item per file, any sub-folder), each value with its public source. Names are
/// unique across all kinds and case-sensitive. Immutable once loaded; safe to share between threads.
/// </summary>
public sealed class EquipmentLibrary
{
    private readonly Dictionary<string, EquipmentItem> _items;

    private EquipmentLibrary(string directory, Dictionary<string, EquipmentItem> items)
    {
        Directory = directory;
        _items = items;
        Names = items.Keys.Order(StringComparer.Ordinal).ToArray();
        RadarNames = NamesOf(EquipmentKind.Radar);
        LauncherNames = NamesOf(EquipmentKind.Launcher);
        MissileNames = NamesOf(EquipmentKind.Missile);
        ThreatNames = NamesOf(EquipmentKind.Threat);
    }

    /// <summary>The directory the library was read from.</summary>
    public string Directory { get; }

    /// <summary>Every item's name, sorted (ordinal).</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<string> RadarNames { get; }

    public IReadOnlyList<string> LauncherNames { get; }

    public IReadOnlyList<string> MissileNames { get; }

    public IReadOnlyList<string> ThreatNames { get; }

    /// <summary>
    /// The library shipped with Rampart: <c>data/equipment</c> under <see cref="AppContext.BaseDirectory"/>
    /// (the CLI and the test projects copy <c>data/**/*.yaml</c> to their output), so a published
    /// <c>rampart</c> finds it without the repository.
    /// </summary>
    public static EquipmentLibrary LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "data", "equipment"));

    /// <summary>Reads every <c>*.yaml</c> file under <paramref name="directory"/> (in ordinal path order).</summary>
    /// <exception cref="ScenarioException">A file is invalid, two items share a name, or the directory is missing or empty.</exception>
    public static EquipmentLibrary Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            throw new ScenarioException(directory, 0, 0, "a directory of equipment files (data/equipment)", "no such directory", foundIsText: false);
        }

        string[] paths = System.IO.Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        if (paths.Length == 0)
        {
            throw new ScenarioException(directory, 0, 0, "at least one equipment file (*.yaml)", "an empty directory", foundIsText: false);
        }

        return FromTexts(directory, paths.Select(p => (p, File.ReadAllText(p))));
    }

    /// <summary>Builds a library from file texts (path used in messages only).</summary>
    internal static EquipmentLibrary FromTexts(string directory, IEnumerable<(string Path, string Text)> files)
    {
        var items = new Dictionary<string, EquipmentItem>(StringComparer.Ordinal);
        foreach ((string path, string text) in files)
        {
            EquipmentItem item = EquipmentItem.Read(YamlFile.Parse(text, path));
            if (items.TryGetValue(item.Name, out EquipmentItem? first))
            {
                throw item.File.Error(item.NameNode, $"a name not used by another equipment file (it is already in {first.File.Path})");
            }

            items.Add(item.Name, item);
        }

        return new EquipmentLibrary(directory, items);
    }

    public RadarSpec Radar(string name) => (RadarSpec)Get(EquipmentKind.Radar, name).Spec;

    public LauncherSpec Launcher(string name) => (LauncherSpec)Get(EquipmentKind.Launcher, name).Spec;

    public MissileSpec Missile(string name) => (MissileSpec)Get(EquipmentKind.Missile, name).Spec;

    public ThreatSpec Threat(string name) => (ThreatSpec)Get(EquipmentKind.Threat, name).Spec;

    public bool TryGetRadar(string name, [NotNullWhen(true)] out RadarSpec? spec) => TryGet(EquipmentKind.Radar, name, out spec);

    public bool TryGetLauncher(string name, [NotNullWhen(true)] out LauncherSpec? spec) => TryGet(EquipmentKind.Launcher, name, out spec);

    public bool TryGetMissile(string name, [NotNullWhen(true)] out MissileSpec? spec) => TryGet(EquipmentKind.Missile, name, out spec);

    public bool TryGetThreat(string name, [NotNullWhen(true)] out ThreatSpec? spec) => TryGet(EquipmentKind.Threat, name, out spec);

    /// <summary>Where each parameter of an item comes from: parameter key → citation, or "assumed: reason".</summary>
    public IReadOnlyDictionary<string, string> SourcesOf(string name) =>
        _items.TryGetValue(name, out EquipmentItem? item) ? item.Sources : throw Unknown(name, Names);

    /// <summary>Engagement-radar fire channels (targets, missiles) of a radar, or null for a radar without them.</summary>
    public (int MaxTargets, int MaxMissiles)? EngagementChannels(string radarName)
    {
        EquipmentItem item = Get(EquipmentKind.Radar, radarName);
        return item.Values.TryGetValue("max_engaged_targets", out var t) && item.Values.TryGetValue("max_guided_missiles", out var m)
            ? ((int)t.Number, (int)m.Number)
            : null;
    }

    /// <summary>How many of a missile fit one launcher canister.</summary>
    public int MissilesPerCanister(string missileName) => (int)Get(EquipmentKind.Missile, missileName).Values["missiles_per_canister"].Number;

    internal bool TryGetItem(string name, [NotNullWhen(true)] out EquipmentItem? item) => _items.TryGetValue(name, out item);

    internal IReadOnlyList<string> NamesOf(EquipmentKind kind) =>
        _items.Values.Where(i => i.Kind == kind).Select(i => i.Name).Order(StringComparer.Ordinal).ToArray();

    private EquipmentItem Get(EquipmentKind kind, string name) =>
        _items.TryGetValue(name, out EquipmentItem? item) && item.Kind == kind ? item : throw Unknown(name, NamesOf(kind));

    private bool TryGet<T>(EquipmentKind kind, string name, [NotNullWhen(true)] out T? spec)
        where T : class
    {
        spec = _items.TryGetValue(name, out EquipmentItem? item) && item.Kind == kind ? (T)item.Spec : null;
        return spec is not null;
    }

    private static KeyNotFoundException Unknown(string name, IReadOnlyList<string> known) =>
        new($"no equipment named '{name}'; known: {string.Join(", ", known)}");
}
