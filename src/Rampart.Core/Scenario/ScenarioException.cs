using Rampart.Core.Input;

namespace Rampart.Core.Scenario;

/// <summary>
/// A scenario or equipment file is wrong: a YAML syntax error, an unknown key, a missing field,
/// a malformed or wrong-dimension unit, a value out of range, an unknown equipment name or a
/// route that makes no sense. Carries the file, the 1-based line and column of the offending
/// YAML node, what was expected and what was found. <see cref="Exception.Message"/> reads like a
/// compiler diagnostic: <c>quickstart.yaml:12:14: error: expected a speed (e.g. '250 m/s', 'Mach 0.8', '900 km/h'), found 'fast'</c>.
/// </summary>
public sealed class ScenarioException : InputFileException
{
    public ScenarioException()
        : base("the scenario is invalid")
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

    /// <summary>Creates the error for a place in a file (see <see cref="InputFileException"/>).</summary>
    public ScenarioException(
        string filePath,
        int line,
        int column,
        string expected,
        string found,
        bool foundIsText = true,
        string? hint = null,
        Exception? innerException = null)
        : base(filePath, line, column, expected, found, foundIsText, hint, innerException)
    {
    }
}
