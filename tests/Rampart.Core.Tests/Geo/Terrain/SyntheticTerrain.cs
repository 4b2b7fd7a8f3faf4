using Rampart.Core.Geo.Terrain;

namespace Rampart.Core.Tests.Geo.Terrain;

/// <summary>Hand-made SRTM3 tiles for the terrain tests: flat sea level with a north–south ridge.</summary>
internal static class SyntheticTerrain
{
    /// <summary>Posts per side of an SRTM3 tile.</summary>
    public const int Samples = 1201;

    /// <summary>
    /// Tile N55E037 at 0 m except the three post columns centred on <paramref name="ridgeLongitudeDeg"/>,
    /// which stand at <paramref name="ridgeHeightM"/> (a plateau two post spacings, ~105 m at 55.5° N, wide).
    /// </summary>
    public static HgtTile Ridge(double ridgeLongitudeDeg, short ridgeHeightM)
    {
        int centre = (int)Math.Round((ridgeLongitudeDeg - 37.0) * (Samples - 1));
        byte[] bytes = HgtTile.Encode(Samples, (_, c) => Math.Abs(c - centre) <= 1 ? ridgeHeightM : (short)0);
        return HgtTile.FromBytes(bytes, 55, 37, "N55E037.hgt");
    }

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/> in <paramref name="directory"/>.</summary>
    public static string Write(string directory, string name, byte[] bytes)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
