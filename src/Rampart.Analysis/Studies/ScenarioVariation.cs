using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Rampart.Analysis.Studies;

/// <summary>
/// Sets one value in a scenario's YAML text, for parameter sweeps. A path is dot-separated keys
/// from the top of the file; inside a list a segment is either an index (<c>0</c>) or the
/// <c>name</c> of an item (<c>batteries.S-400 Battalion.doctrine.salvo_size</c>,
/// <c>threats.0.count</c>). The last key is added when the mapping lacks it. The changed text is
/// then read by the scenario loader like any file, so every value goes through the same checks.
/// </summary>
public static class ScenarioVariation
{
    /// <summary>Returns the YAML text with the value at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The path does not lead to a value in this file; the message says where it stops.</exception>
    public static string Apply(string yamlText, string path, string value)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new YamlStream();
        using (var reader = new StringReader(yamlText))
        {
            stream.Load(reader);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ArgumentException("the scenario is not a YAML mapping");
        }

        string[] segments = path.Split('.');
        YamlNode node = root;
        for (int k = 0; k < segments.Length; k++)
        {
            string segment = segments[k];
            bool last = k == segments.Length - 1;
            string where = string.Join('.', segments.Take(k));
            switch (node)
            {
                case YamlMappingNode mapping:
                    var key = new YamlScalarNode(segment);
                    if (last)
                    {
                        mapping.Children[key] = new YamlScalarNode(value);
                        return Save(stream);
                    }

                    node = mapping.Children.TryGetValue(key, out var child)
                        ? child
                        : throw new ArgumentException($"'{path}': no key '{segment}' in {(where.Length == 0 ? "the top level" : where)} (keys: {string.Join(", ", mapping.Children.Keys)})");
                    break;
                case YamlSequenceNode sequence:
                    var item = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < sequence.Children.Count
                        ? sequence.Children[index]
                        : sequence.Children.FirstOrDefault(c => c is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var n) && n is YamlScalarNode s && s.Value == segment);
                    if (item is null)
                    {
                        throw new ArgumentException($"'{path}': {where} has no item '{segment}' (an index from 0 to {sequence.Children.Count - 1}, or an item's name)");
                    }

                    if (last)
                    {
                        throw new ArgumentException($"'{path}': ends at a list item, not a value");
                    }

                    node = item;
                    break;
                default:
                    throw new ArgumentException($"'{path}': {where} is a value, not a mapping or a list");
            }
        }

        throw new ArgumentException($"'{path}': an empty path");
    }

    private static string Save(YamlStream stream)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
