using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>Names that must be unique within one scope of a scenario (assets; threat groups; placed equipment).</summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, (string What, YamlNode Node)> _names = new(StringComparer.Ordinal);
    private readonly YamlFile _file;
    private readonly string _scope;

    public NameRegistry(YamlFile file, string scope)
    {
        _file = file;
        _scope = scope;
    }

    public IEnumerable<string> Names => _names.Keys;

    public bool Contains(string name) => _names.ContainsKey(name);

    /// <summary>Registers <paramref name="name"/>; a second use is an error at <paramref name="node"/>.</summary>
    public string Add(YamlNode node, string name, string what)
    {
        if (_names.TryGetValue(name, out var first))
        {
            throw _file.Error(
                node,
                $"a name not used by another {_scope}",
                string.Create(CultureInfo.InvariantCulture, $"'{name}', already the name of {first.What} at line {YamlFile.Line(first.Node)}"),
                foundIsText: false);
        }

        _names.Add(name, (what, node));
        return name;
    }
}
