using System.Globalization;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// A weapon-target assignment instance file is malformed. Carries the file, the 1-based line and
/// column of the offending token, what was expected and what was found; <see cref="Exception.Message"/>
/// reads like a compiler diagnostic, as the scenario loader's <c>ScenarioException</c> does:
/// <c>wta.txt:3:1: error: expected a non-negative target value, found '-5'</c>.
/// </summary>
public sealed class WtaFormatException : Exception
{
    public WtaFormatException()
        : this("the weapon-target assignment instance is invalid")
    {
    }

    public WtaFormatException(string message)
        : base(message)
    {
    }

    public WtaFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a place in a file.</summary>
    /// <param name="filePath">The file as the caller named it.</param>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column of the offending token (one past the line's end for a missing token).</param>
    /// <param name="expected">What the reader expected there.</param>
    /// <param name="found">What it found: the token's text, or a description such as "the end of the line".</param>
    /// <param name="foundIsText">True when <paramref name="found"/> is the file's own text (it is then quoted).</param>
    public WtaFormatException(string filePath, int line, int column, string expected, string found, bool foundIsText = true)
        : base(Format(filePath, line, column, expected, found, foundIsText))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Expected = expected;
        Found = found;
    }

    /// <summary>The file the error is in, as the caller named it.</summary>
    public string FilePath { get; } = "";

    /// <summary>1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending token.</summary>
    public int Column { get; }

    /// <summary>What the reader expected at that place.</summary>
    public string Expected { get; } = "";

    /// <summary>What it found there.</summary>
    public string Found { get; } = "";

    private static string Format(string file, int line, int column, string expected, string found, bool foundIsText)
    {
        string shownFound = foundIsText ? $"'{found}'" : found;
        return string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}: error: expected {expected}, found {shownFound}");
    }
}
