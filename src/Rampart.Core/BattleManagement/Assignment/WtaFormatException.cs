using Rampart.Core.Input;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// A weapon-target assignment instance file is malformed. Carries the file, the 1-based line and
/// column of the offending token, what was expected and what was found; <see cref="Exception.Message"/>
/// reads like a compiler diagnostic, as the scenario loader's <c>ScenarioException</c> does:
/// <c>wta.txt:3:1: error: expected a non-negative target value, found '-5'</c>.
/// </summary>
public sealed class WtaFormatException : InputFileException
{
    public WtaFormatException()
        : base("the instance file is invalid")
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

    /// <summary>Creates the error for a place in a file (see <see cref="InputFileException"/>).</summary>
    public WtaFormatException(string filePath, int line, int column, string expected, string found, bool foundIsText = true)
        : base(filePath, line, column, expected, found, foundIsText, hint: null, innerException: null)
    {
    }
}
