using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// A YAML mapping read strictly: every key must be one of the allowed keys (an unknown key is an
/// error that lists the allowed ones and suggests the closest), and a required key that is
/// missing is an error at the mapping's start.
/// </summary>
internal sealed class MappingReader
{
    private readonly YamlFile _file;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public MappingReader(YamlFile file, YamlNode node, string what, IReadOnlyList<string> allowedKeys)
    {
        _file = file;
        What = what;
        if (node is not YamlMappingNode mapping)
        {
            throw file.Error(node, $"{what} (a mapping of 'key: value')");
        }

        Node = mapping;
        foreach (KeyValuePair<YamlNode, YamlNode> entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode key || string.IsNullOrEmpty(key.Value))
            {
                throw file.Error(entry.Key, $"a key of {what}");
            }

            string name = key.Value;
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                string? closest = NameSuggester.Closest(name, allowedKeys);
                throw file.Error(
                    key,
                    $"one of the keys of {what} ({string.Join(", ", allowedKeys)})",
                    closest is null ? null : $"did you mean '{closest}'?");
            }

            if (!_entries.TryAdd(name, (key, entry.Value)))
            {
                throw file.Error(key, $"each key once in {what}", $"a second '{name}'", foundIsText: false);
            }
        }
    }

    /// <summary>What the mapping is, for messages ("a waypoint", "the radar 92N6E").</summary>
    public string What { get; }

    public YamlMappingNode Node { get; }

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? Optional(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    /// <summary>The value of <paramref name="key"/>; absent is an error at the mapping.</summary>
    public YamlNode Required(string key, string? description = null) =>
        Optional(key) ?? throw _file.Error(
            Node,
            $"the key '{key}'{(description is null ? "" : $" ({description})")} in {What}",
            $"{What} without '{key}'",
            foundIsText: false);

    /// <summary>The key node of <paramref name="key"/> (for errors about the key itself), or the mapping when absent.</summary>
    public YamlNode KeyNode(string key) => _entries.TryGetValue(key, out var e) ? e.Key : Node;

    /// <summary>All entries in file order.</summary>
    public IEnumerable<(YamlScalarNode Key, YamlNode Value)> Entries =>
        Node.Children.Select(c => ((YamlScalarNode)c.Key, c.Value));
}
