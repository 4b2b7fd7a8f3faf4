namespace Rampart.Analysis.Tests;

/// <summary>A fresh directory under the system temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        FullPath = Directory.CreateTempSubdirectory("rampart-analysis-tests-").FullName;
    }

    public string FullPath { get; }

    public string PathOf(string name) => Path.Combine(FullPath, name);

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
