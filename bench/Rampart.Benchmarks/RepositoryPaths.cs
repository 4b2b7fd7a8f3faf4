namespace Rampart.Benchmarks;

/// <summary>Finds the repository's data folder from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest ancestor of the program's folder holding <c>Rampart.slnx</c>.</summary>
    public static string Root { get; } = FindRoot();

    public static string Equipment => Path.Combine(Root, "data", "equipment");

    public static string Scenario(string name) => Path.Combine(Root, "data", "scenarios", name + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Rampart.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Rampart.slnx above {AppContext.BaseDirectory}: run the benchmarks from inside the repository.");
    }
}
