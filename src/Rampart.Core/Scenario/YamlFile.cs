using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Scenario;

/// <summary>
/// One parsed YAML file (scenario or equipment) and the error factory that stamps every
/// <see cref="ScenarioException"/> with the file name and the node's line and column.
/// </summary>
internal sealed class YamlFile
{
    private YamlFile(string path, YamlNode root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>The file as the caller named it (used in messages).</summary>
    public string Path { get; }

    /// <summary>The document's root node.</summary>
    public YamlNode Root { get; }

    /// <summary>Parses YAML text; syntax errors become a <see cref="ScenarioException"/> at the parser's mark.</summary>
    public static YamlFile Parse(string text, string path)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(text);
        var scanner = new YamlDotNet.Core.Scanner(reader);
        try
        {
            stream.Load(new YamlDotNet.Core.Parser(scanner));
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet 18 throws this instead of a YamlException for some unclosed flow
            // collections (aaubry/YamlDotNet#541); the scanner knows where it gave up.
            var mark = scanner.CurrentPosition;
            throw new ScenarioException(
                path,
                Math.Max(1, checked((int)mark.Line)),
                Math.Max(1, checked((int)mark.Column)),
                "valid YAML",
                "a syntax error (an unclosed '[' or '{' before this point?)",
                foundIsText: false,
                innerException: ex);
        }
        catch (YamlException ex)
        {
            throw new ScenarioException(
                path,
                checked((int)ex.Start.Line),
                checked((int)ex.Start.Column),
                "valid YAML",
                "a syntax error: " + InnerMessage(ex),
                foundIsText: false,
                innerException: ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ScenarioException(path, 1, 1, "a YAML mapping (key: value lines)", "an empty file", foundIsText: false);
        }

        if (stream.Documents.Count > 1)
        {
            YamlNode second = stream.Documents[1].RootNode;
            throw new ScenarioException(path, Line(second), Column(second), "one YAML document", "a second document (after '---')", foundIsText: false);
        }

        return new YamlFile(path, stream.Documents[0].RootNode);
    }

    public static int Line(YamlNode node) => checked((int)node.Start.Line);

    public static int Column(YamlNode node) => checked((int)node.Start.Column);

    /// <summary>An error at <paramref name="node"/>: found is the node's own text (or a description of a mapping or list).</summary>
    public ScenarioException Error(YamlNode node, string expected, string? hint = null)
    {
        (string found, bool isText) = Describe(node);
        return new ScenarioException(Path, Line(node), Column(node), expected, found, isText, hint);
    }

    /// <summary>An error at <paramref name="node"/> with an explicit description of what was found.</summary>
    public ScenarioException Error(YamlNode node, string expected, string found, bool foundIsText, string? hint = null) =>
        new(Path, Line(node), Column(node), expected, found, foundIsText, hint);

    /// <summary>What a node is, for "found …": a scalar's text, else "a mapping" / "a list" / "nothing".</summary>
    public static (string Found, bool IsText) Describe(YamlNode node) => node switch
    {
        YamlScalarNode s when string.IsNullOrEmpty(s.Value) && s.Style == YamlDotNet.Core.ScalarStyle.Plain => ("nothing", false),
        YamlScalarNode s => (s.Value ?? "", true),
        YamlMappingNode => ("a mapping", false),
        YamlSequenceNode => ("a list", false),
        _ => ("an alias", false),
    };

    /// <summary>The text of a scalar node; anything else is an error naming <paramref name="expected"/>.</summary>
    public string Text(YamlNode node, string expected)
    {
        if (node is YamlScalarNode s && !(string.IsNullOrWhiteSpace(s.Value)))
        {
            return s.Value!.Trim();
        }

        throw Error(node, expected);
    }

    /// <summary>The node as a list; anything else is an error naming <paramref name="expected"/>.</summary>
    public YamlSequenceNode Sequence(YamlNode node, string expected) =>
        node as YamlSequenceNode ?? throw Error(node, expected);

    /// <summary>Reads a mapping whose keys must be among <paramref name="allowedKeys"/>.</summary>
    public MappingReader Mapping(YamlNode node, string what, params string[] allowedKeys) => new(this, node, what, allowedKeys);

    private static string InnerMessage(YamlException ex)
    {
        // YamlDotNet prefixes the message with "(Line: l, Col: c, Idx: i) - (Line: …): "; the position is reported separately.
        string m = ex.Message;
        int cut = m.IndexOf("): ", StringComparison.Ordinal);
        return m.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? m[(cut + 3)..] : m;
    }
}
