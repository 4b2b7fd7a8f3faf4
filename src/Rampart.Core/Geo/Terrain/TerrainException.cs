using Rampart.Core.Input;

namespace Rampart.Core.Geo.Terrain;

/// <summary>
/// An elevation file or directory is unusable: a tile whose name is not an SRTM tile name
/// (<c>N55E037.hgt</c>), whose size is neither 1201² nor 3601² 16-bit samples, or that cannot be
/// read; a directory that does not exist or holds no tile. Names the file (line and column 0: the
/// whole file), what was expected and what was found. The scenario loader re-throws it at the
/// <c>terrain</c> key of the scenario.
/// </summary>
public sealed class TerrainException : InputFileException
{
    public TerrainException()
        : base("the terrain data is invalid")
    {
    }

    public TerrainException(string message)
        : base(message)
    {
    }

    public TerrainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a whole file or directory.</summary>
    public TerrainException(string filePath, string expected, string found, Exception? innerException = null)
        : base(filePath, 0, 0, expected, found, foundIsText: false, hint: null, innerException)
    {
    }
}
