using System.Globalization;

namespace Rampart.Core.Input;

/// <summary>
/// Something a user wrote is wrong: a scenario, an equipment file, a detections or truth file, a
/// weapon-target assignment instance. Carries the file, the 1-based line and column, what was
/// expected and what was found, and an optional hint; <see cref="Exception.Message"/> reads like
/// a compiler diagnostic: <c>quickstart.yaml:26:49: error: expected a speed (e.g. '250 m/s'),
/// found 'fast'</c>. The command line prints that one line and exits with code 2.
/// </summary>
public abstract class InputFileException : Exception
{
    protected InputFileException(string message)
        : base(message)
    {
    }

    protected InputFileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a place in a file.</summary>
    /// <param name="filePath">The file as the caller named it.</param>
    /// <param name="line">1-based line, or 0 when the error concerns the whole file or directory.</param>
    /// <param name="column">1-based column, or 0 with <paramref name="line"/> 0.</param>
    /// <param name="expected">What the reader expected there.</param>
    /// <param name="found">What it found: the file's own text (quoted in the message) or, with <paramref name="foundIsText"/> false, a description.</param>
    /// <param name="foundIsText">True when <paramref name="found"/> is the file's own text.</param>
    /// <param name="hint">An optional suggestion appended to the message (e.g. "did you mean 'spacing'?").</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    protected InputFileException(string filePath, int line, int column, string expected, string found, bool foundIsText, string? hint, Exception? innerException)
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

    /// <summary>1-based line (0: the whole file).</summary>
    public int Line { get; }

    /// <summary>1-based column (0: the whole file).</summary>
    public int Column { get; }

    /// <summary>What the reader expected at that place.</summary>
    public string Expected { get; } = "";

    /// <summary>What it found there.</summary>
    public string Found { get; } = "";

    /// <summary>A suggestion such as the closest allowed key, or null.</summary>
    public string? Hint { get; }

    private static string Format(string file, int line, int column, string expected, string found, bool foundIsText, string? hint)
    {
        string where = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{column}") : file;
        string shownFound = foundIsText ? $"'{found}'" : found;
        string tail = string.IsNullOrEmpty(hint) ? "" : $"; {hint}";
        return $"{where}: error: expected {expected}, found {shownFound}{tail}";
    }
}
