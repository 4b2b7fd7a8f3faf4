using System.Globalization;

namespace Rampart.Core.Tracking.Files;

/// <summary>
/// A detections or truth file is wrong. Carries the file, the 1-based line and column, what was
/// expected and what was found; <see cref="Exception.Message"/> reads like a compiler diagnostic,
/// in the same form as <c>Rampart.Core.Scenario.ScenarioException</c>:
/// <c>d.csv:12:8: error: expected a finite number (x_m, metres), found 'abc'</c>.
/// </summary>
public sealed class TrackFileException : Exception
{
    public TrackFileException()
        : this("the tracking input file is invalid")
    {
    }

    public TrackFileException(string message)
        : base(message)
    {
    }

    public TrackFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a place in a file.</summary>
    /// <param name="filePath">The file as the caller named it.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column (character) where the offending field starts.</param>
    /// <param name="expected">What the reader expected there.</param>
    /// <param name="found">What it found: the field's text (quoted in the message) or, with <paramref name="foundIsText"/> false, a description.</param>
    /// <param name="foundIsText">True when <paramref name="found"/> is the file's own text.</param>
    public TrackFileException(string filePath, int line, int column, string expected, string found, bool foundIsText = true)
        : base(Format(filePath, line, column, expected, found, foundIsText))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file the error is in.</summary>
    public string FilePath { get; } = "";

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column.</summary>
    public int Column { get; }

    /// <summary>What the reader expected.</summary>
    public string Expected { get; } = "";

    /// <summary>What it found.</summary>
    public string Found { get; } = "";

    private static string Format(string file, int line, int column, string expected, string found, bool foundIsText)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}");
        return $"{where}: error: expected {expected}, found {(foundIsText ? $"'{found}'" : found)}";
    }
}
