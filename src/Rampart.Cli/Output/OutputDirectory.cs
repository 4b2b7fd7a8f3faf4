namespace Rampart.Cli.Output;

/// <summary>
/// An output folder written safely: files are written under temporary names and renamed into
/// place only when the run has finished, and existing outputs are never overwritten unless the
/// user says so — nothing recorded earlier is lost to a failed or accidental run.
/// </summary>
internal sealed class OutputDirectory
{
    private readonly List<(string Temporary, string Final)> _pending = [];

    private OutputDirectory(string fullPath) => FullPath = fullPath;

    public string FullPath { get; }

    public static OutputDirectory Open(string path, IReadOnlyList<string> files, bool overwrite, string command)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new UsageException($"rampart {command}: --out expects a directory, found an empty argument");
        }

        string full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            throw new UsageException($"rampart {command}: --out expects a directory, found a file: {full}");
        }

        if (!overwrite)
        {
            var existing = files.Where(f => File.Exists(Path.Combine(full, f))).ToList();
            if (existing.Count > 0)
            {
                throw new UsageException(
                    $"rampart {command}: --out {full} already holds {string.Join(", ", existing)}; choose another directory or add --overwrite");
            }
        }

        Directory.CreateDirectory(full);
        return new OutputDirectory(full);
    }

    /// <summary>Creates the file under a temporary name; <see cref="CommitAll"/> moves it into place.</summary>
    public FileStream CreateTemporary(string name)
    {
        string final = Path.Combine(FullPath, name);
        string temporary = final + ".partial";
        _pending.Add((temporary, final));
        return new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    public void CommitAll()
    {
        foreach (var (temporary, final) in _pending)
        {
            File.Move(temporary, final, overwrite: true);
        }

        _pending.Clear();
    }
}
