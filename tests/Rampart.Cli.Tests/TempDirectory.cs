namespace Rampart.Cli.Tests;

/// <summary>A fresh directory under the system temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        FullPath = Directory.CreateTempSubdirectory("rampart-cli-tests-").FullName;
    }

    /// <summary>The directory's absolute path.</summary>
    public string FullPath { get; }

    /// <summary>The absolute path of <paramref name="name"/> inside the directory (not created).</summary>
    public string PathOf(string name) => Path.Combine(FullPath, name);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> inside the directory; returns its absolute path.</summary>
    public string Write(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
