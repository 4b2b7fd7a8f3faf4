using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// One equipment file, read and checked: its kind, name, parameter values (SI) and each value's
/// source. <see cref="Build"/> makes the model spec from these values or from a scenario's
/// overridden copy of them.
/// </summary>
internal sealed class EquipmentItem
{
    public EquipmentItem(
        EquipmentKind kind,
        string name,
        string description,
        YamlFile file,
        YamlNode nameNode,
        YamlNode parametersNode,
        IReadOnlyDictionary<string, ParameterValue> values,
        IReadOnlyDictionary<string, string> sources)
    {
        Kind = kind;
        Name = name;
        Description = description;
        File = file;
        NameNode = nameNode;
        ParametersNode = parametersNode;
        Values = values;
        Sources = sources;
        Spec = Build(values, file, parametersNode);
    }

    public EquipmentKind Kind { get; }

    public string Name { get; }

    public string Description { get; }

    public YamlFile File { get; }

    public YamlNode NameNode { get; }

    public YamlNode ParametersNode { get; }

    /// <summary>Parameter values as the equipment file gives them.</summary>
    public IReadOnlyDictionary<string, ParameterValue> Values { get; }

    /// <summary>Each parameter's source: the citation, or "assumed: reason".</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The spec with the file's own values (a RadarSpec, LauncherSpec, MissileSpec or ThreatSpec).</summary>
    public object Spec { get; }

    /// <summary>Builds the spec from <paramref name="values"/>; a missing parameter is reported at <paramref name="anchor"/>.</summary>
    public object Build(IReadOnlyDictionary<string, ParameterValue> values, YamlFile anchorFile, YamlNode anchor)
    {
        var set = new ParameterSet(Name, values, anchorFile, anchor);
        return Kind switch
        {
            EquipmentKind.Radar => EquipmentBuilder.Radar(set),
            EquipmentKind.Launcher => EquipmentBuilder.Launcher(set),
            EquipmentKind.Missile => EquipmentBuilder.Missile(set),
            EquipmentKind.Threat => EquipmentBuilder.Threat(set),
            _ => throw new InvalidOperationException("unknown equipment kind"),
        };
    }

    /// <summary>Reads one equipment file (see docs/scenario-format.md, "Equipment files").</summary>
    public static EquipmentItem Read(YamlFile file)
    {
        MappingReader top = file.Mapping(file.Root, "an equipment file", "kind", "name", "description", "parameters");
        string kindWord = ValueReader.Choice(file, top.Required("kind"), "the equipment kind", EquipmentSchema.KindWords);
        EquipmentKind kind = Enum.Parse<EquipmentKind>(kindWord, ignoreCase: true);
        YamlNode nameNode = top.Required("name");
        string name = ValueReader.Name(file, nameNode, "the equipment's name");
        string description = top.Optional("description") is { } d ? file.Text(d, "a one-line description") : "";
        YamlNode parametersNode = top.Required("parameters");

        IReadOnlyList<ParameterDefinition> definitions = EquipmentSchema.For(kind);
        string[] keys = definitions.Select(x => x.Key).ToArray();
        MappingReader parameters = file.Mapping(parametersNode, $"the parameters of {kindWord} {name}", keys);
        var values = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((YamlScalarNode key, YamlNode value) in parameters.Entries)
        {
            ParameterDefinition def = definitions.First(x => x.Key == key.Value);
            (ParameterValue v, string source) = ReadSourced(file, def, value);
            values[def.Key] = v;
            sources[def.Key] = source;
        }

        foreach (ParameterDefinition def in definitions.Where(x => !x.Optional && !values.ContainsKey(x.Key)))
        {
            throw file.Error(parametersNode, $"the parameter '{def.Key}' in {kindWord} {name}", $"{kindWord} {name} without '{def.Key}'", foundIsText: false);
        }

        return new EquipmentItem(kind, name, description, file, nameNode, parametersNode, values, sources);
    }

    // Every value in an equipment file carries its source: {value: 250 km, source: "…"}, or
    // {value: 1 s, source: assumed, reason: "…"} when no public source gives it.
    private static (ParameterValue Value, string Source) ReadSourced(YamlFile file, ParameterDefinition def, YamlNode node)
    {
        const string Shape = "{value: …, source: \"…\"} (every value in an equipment file names its public source, or is 'source: assumed' with a 'reason')";
        if (node is not YamlMappingNode)
        {
            throw file.Error(node, $"a sourced value for '{def.Key}': {Shape}");
        }

        MappingReader m = file.Mapping(node, $"the sourced value '{def.Key}'", "value", "source", "reason", "note");
        YamlNode sourceNode = m.Required("source", "where the value was published, or 'assumed'");
        string source = file.Text(sourceNode, $"the source of '{def.Key}': a citation, or 'assumed' with a 'reason'");
        bool assumed = string.Equals(source, "assumed", StringComparison.OrdinalIgnoreCase);
        if (assumed)
        {
            YamlNode reasonNode = m.Required("reason", "one line saying why the value was assumed");
            source = "assumed: " + file.Text(reasonNode, $"the reason '{def.Key}' was assumed (one line)");
        }
        else if (m.Optional("reason") is { } reason)
        {
            throw file.Error(reason, "'reason' only with 'source: assumed' (use 'note' for a remark on a sourced value)", "a reason for a sourced value", foundIsText: false);
        }

        ParameterValue value = def.Read(file, m.Required("value"));
        return (value, source);
    }
}
