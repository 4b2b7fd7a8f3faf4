using Rampart.Core.Input;

namespace Rampart.Core.Tracking.Files;

/// <summary>
/// A detections or truth file is wrong. Carries the file, the 1-based line and column, what was
/// expected and what was found; <see cref="Exception.Message"/> reads like a compiler diagnostic,
/// in the same form as <c>Rampart.Core.Scenario.ScenarioException</c>:
/// <c>d.csv:12:8: error: expected a finite number (x_m, metres), found 'abc'</c>.
/// </summary>
public sealed class TrackFileException : InputFileException
{
    public TrackFileException()
        : base("the tracking input file is invalid")
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

    /// <summary>Creates the error for a place in a file (see <see cref="InputFileException"/>).</summary>
    public TrackFileException(string filePath, int line, int column, string expected, string found, bool foundIsText = true)
        : base(filePath, line, column, expected, found, foundIsText, hint: null, innerException: null)
    {
    }
}
