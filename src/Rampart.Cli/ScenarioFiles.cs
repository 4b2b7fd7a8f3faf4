using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Cli;

/// <summary>Finds and loads the scenario a user names.</summary>
internal static class ScenarioFiles
{
    /// <summary>
    /// Loads a scenario. A path is resolved against the working directory; a bare name such as
    /// <c>quickstart</c> that is not a file there names one of the example scenarios shipped
    /// with Rampart (data/scenarios/NAME.yaml beside the program).
    /// </summary>
    public static ScenarioModel Load(string argument, string command)
    {
        string path = Resolve(argument, command);
        return ScenarioLoader.Load(path, EquipmentLibrary.LoadDefault());
    }

    public static string Resolve(string argument, string command)
    {
        if (string.IsNullOrEmpty(argument))
        {
            throw new UsageException($"rampart {command}: expected a scenario file, found an empty argument");
        }

        string full = Path.GetFullPath(argument);
        if (File.Exists(full))
        {
            return full;
        }

        if (!argument.Contains('/', StringComparison.Ordinal) && !argument.Contains('\\', StringComparison.Ordinal))
        {
            string name = argument.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ? argument : argument + ".yaml";
            string shipped = Path.Combine(AppContext.BaseDirectory, "data", "scenarios", name);
            if (File.Exists(shipped))
            {
                return shipped;
            }
        }

        if (Directory.Exists(full))
        {
            throw new UsageException($"rampart {command}: expected a scenario file, found a directory: {full}");
        }

        string shippedDir = Path.Combine(AppContext.BaseDirectory, "data", "scenarios");
        string[] examples = Directory.Exists(shippedDir)
            ? Directory.GetFiles(shippedDir, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToArray()
            : [];
        throw new UsageException($"rampart {command}: expected a scenario file, found no file at {full} (shipped examples: {string.Join(", ", examples)})");
    }
}
