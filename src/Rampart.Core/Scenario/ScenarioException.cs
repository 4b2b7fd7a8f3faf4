using System.Globalization;

namespace Rampart.Core.Scenario;

/// <summary>
/// A scenario or equipment file is wrong: a YAML syntax error, an unknown key, a missing field,
/// a malformed or wrong-dimension unit, a value out of range, an unknown equipment name or a
/// route that makes no sense. Carries the file, the 1-based line and column of the offending
/// YAML node, what was expected and what was found. <see cref="Exception.Message"/> reads like a
/// compiler diagnostic: <c>quickstart.yaml:12:14: error: expected a speed (e.g. '250 m/s', 'Mach 0.8', '900 km/h'), found 'fast'</c>.
/// </summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException()
        : this("the scenario is invalid")
    {
    }

    public ScenarioException(string message)
        : base(message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a place in a file.</summary>
    /// <param name="filePath">The file as the caller named it.</param>
    /// <param name="line">1-based line, or 0 when the error concerns the whole file or directory.</param>
    /// <param name="column">1-based column, or 0 with <paramref name="line"/> 0.</param>
    /// <param name="expected">What the reader expected, e.g. "a speed (e.g. '250 m/s')".</param>
    /// <param name="found">What it found: the text of the scalar, or a description such as "a list".</param>
    /// <param name="foundIsText">True when <paramref name="found"/> is the file's own text (it is then quoted in the message).</param>
    /// <param name="hint">An optional suggestion appended to the message (e.g. "did you mean 'spacing'?").</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public ScenarioException(
        string filePath,
        int line,
        int column,
        string expected,
        string found,
        bool foundIsText = true,
        string? hint = null,
        Exception? innerException = null)
        : base(Format(filePath, line, column, expected, found, foundIsText, hint), innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
        Hint = hint;
    }

    /// <summary>The file the error is in, as the caller named it.</summary>
    public string FilePath { get; } = "";

    /// <summary>1-based line of the offending node (0: the whole file).</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending node (0: the whole file).</summary>
    public int Column { get; }

    /// <summary>What the reader expected at that place.</summary>
    public string Expected { get; } = "";

    /// <summary>What it found there (the scalar's text, or a description of the node).</summary>
    public string Found { get; } = "";

    /// <summary>A suggestion such as the closest allowed key, or null.</summary>
    public string? Hint { get; }

    private static string Format(string file, int line, int column, string expected, string found, bool foundIsText, string? hint)
    {
        string where = line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}")
            : file;
        string shownFound = foundIsText ? $"'{found}'" : found;
        string tail = string.IsNullOrEmpty(hint) ? "" : $"; {hint}";
        return $"{where}: error: expected {expected}, found {shownFound}{tail}";
    }
}
