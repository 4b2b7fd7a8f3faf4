using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// The parameter values of one equipment item after any overrides, each remembering the file and
/// node it came from, so a cross-check (minimum elevation above maximum, …) reports the value
/// that broke it, whether it was written in the equipment file or in a scenario's overrides.
/// </summary>
internal sealed class ParameterSet
{
    private readonly IReadOnlyDictionary<string, ParameterValue> _values;

    public ParameterSet(string name, IReadOnlyDictionary<string, ParameterValue> values, YamlFile anchorFile, YamlNode anchor)
    {
        Name = name;
        _values = values;
        AnchorFile = anchorFile;
        Anchor = anchor;
    }

    /// <summary>The item's name.</summary>
    public string Name { get; }

    /// <summary>Where a missing parameter is reported.</summary>
    public YamlFile AnchorFile { get; }

    public YamlNode Anchor { get; }

    public bool Has(string key) => _values.ContainsKey(key);

    public ParameterValue Value(string key) =>
        _values.TryGetValue(key, out ParameterValue? v)
            ? v
            : throw AnchorFile.Error(Anchor, $"the parameter '{key}' for {Name}", $"{Name} without '{key}'", foundIsText: false);

    /// <summary>A number in SI.</summary>
    public double this[string key] => Value(key).Number;

    /// <summary>A number in SI converted from radians to degrees.</summary>
    public double Degrees(string key) => Value(key).Number * 180.0 / Math.PI;

    public int Int(string key) => checked((int)Value(key).Number);

    public string Text(string key) => Value(key).Text ?? throw new InvalidOperationException($"{key} is not a word");

    public Threats.RcsTable? Table(string key) => Has(key) ? Value(key).Table : null;

    public IReadOnlyList<double> List(string key) => Value(key).List ?? throw new InvalidOperationException($"{key} is not a list");

    /// <summary>An error at the node where <paramref name="key"/> was written.</summary>
    public ScenarioException Error(string key, string expected, string? hint = null)
    {
        ParameterValue v = Value(key);
        return v.File.Error(v.Node, expected, hint);
    }
}
