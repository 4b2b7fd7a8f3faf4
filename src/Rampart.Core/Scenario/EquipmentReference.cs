using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>An equipment item named by a scenario, with the scenario's overrides applied and checked.</summary>
internal sealed record ResolvedEquipment(EquipmentItem Item, IReadOnlyDictionary<string, ParameterValue> Values, object Spec)
{
    public string Name => Item.Name;

    /// <summary>Resolves a reference written either as a name (<c>48N6E2</c>) or as <c>{type: 48N6E2, overrides: {…}}</c>.</summary>
    public static ResolvedEquipment FromReference(YamlFile file, YamlNode node, EquipmentKind kind, EquipmentLibrary library, string what)
    {
        if (node is YamlMappingNode)
        {
            MappingReader m = file.Mapping(node, what, "type", "overrides");
            return Resolve(file, m.Required("type"), m.Optional("overrides"), kind, library);
        }

        return Resolve(file, node, null, kind, library);
    }

    /// <summary>Looks up the item named at <paramref name="typeNode"/> and applies the overrides mapping, if any.</summary>
    public static ResolvedEquipment Resolve(YamlFile file, YamlNode typeNode, YamlNode? overridesNode, EquipmentKind kind, EquipmentLibrary library)
    {
        string word = EquipmentSchema.Word(kind);
        IReadOnlyList<string> known = library.NamesOf(kind);
        string expected = $"a {word} type from the equipment library ({string.Join(", ", known)})";
        string name = file.Text(typeNode, expected);
        if (!library.TryGetItem(name, out EquipmentItem? item) || item.Kind != kind)
        {
            string? hint = item is not null
                ? $"'{name}' is a {EquipmentSchema.Word(item.Kind)}, not a {word}"
                : NameSuggester.Closest(name, known) is { } closest ? $"did you mean '{closest}'?" : null;
            throw file.Error(typeNode, expected, hint);
        }

        if (overridesNode is null)
        {
            return new ResolvedEquipment(item, item.Values, item.Spec);
        }

        IReadOnlyList<ParameterDefinition> definitions = EquipmentSchema.For(kind);
        MappingReader overrides = file.Mapping(overridesNode, $"the overrides of {word} {name}", definitions.Select(d => d.Key).ToArray());
        var values = new Dictionary<string, ParameterValue>(item.Values, StringComparer.Ordinal);
        foreach ((YamlScalarNode key, YamlNode value) in overrides.Entries)
        {
            ParameterDefinition def = definitions.First(d => d.Key == key.Value);
            values[def.Key] = def.Read(file, value);
        }

        return new ResolvedEquipment(item, values, item.Build(values, file, overridesNode));
    }

    /// <summary>An integer parameter (e.g. an engagement radar's channels), or null when the item has none.</summary>
    public int? IntegerOrNull(string key) => Values.TryGetValue(key, out ParameterValue? v) ? (int)v.Number : null;
}
