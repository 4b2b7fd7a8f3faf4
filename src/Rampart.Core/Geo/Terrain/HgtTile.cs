using System.Buffers.Binary;
using System.Globalization;

namespace Rampart.Core.Geo.Terrain;

/// <summary>
/// One SRTM <c>.hgt</c> elevation tile: 1° × 1° of heights in metres, a square grid of
/// 1201 × 1201 (3 arc-second, "SRTM3") or 3601 × 3601 (1 arc-second, "SRTM1") posts stored as
/// big-endian signed 16-bit integers, row by row from the north edge to the south edge, each row
/// from west to east; the edge rows and columns overlap the neighbouring tiles. The file name
/// gives the south-west corner: <c>N55E037.hgt</c> covers 55–56° N, 37–38° E; <c>S01W072.hgt</c>
/// covers 1° S–0°, 72–71° W. Voids are −32768. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Source of the format: the SRTM documentation (NASA/USGS, "SRTM Topography", 2003) as used by
/// every reader (GDAL's SRTMHGT driver). Heights are metres above the EGM96 geoid; this model
/// uses them as heights above the same smooth surface as the scenario's altitudes (the geoid–
/// ellipsoid separation, tens of metres, is ignored — an assumption listed in docs/model.md).
/// </remarks>
public sealed class HgtTile
{
    /// <summary>The SRTM void marker.</summary>
    public const short Void = -32768;

    private readonly short[] _heights;

    private HgtTile(int southLatitudeDeg, int westLongitudeDeg, int samples, short[] heights)
    {
        SouthLatitudeDeg = southLatitudeDeg;
        WestLongitudeDeg = westLongitudeDeg;
        Samples = samples;
        _heights = heights;
        short max = 0;
        foreach (short h in heights)
        {
            max = h > max ? h : max;
        }

        MaxHeightM = max;
    }

    /// <summary>Latitude of the south edge, whole degrees (−90 … 89).</summary>
    public int SouthLatitudeDeg { get; }

    /// <summary>Longitude of the west edge, whole degrees (−180 … 179).</summary>
    public int WestLongitudeDeg { get; }

    /// <summary>Posts per row and per column: 1201 or 3601.</summary>
    public int Samples { get; }

    /// <summary>Highest post in the tile, m (at least 0: sea level).</summary>
    public double MaxHeightM { get; }

    /// <summary>Spacing of the posts, degrees (3″ or 1″).</summary>
    public double PostSpacingDeg => 1.0 / (Samples - 1);

    /// <summary>
    /// Reads the south-west corner from an SRTM tile name such as <c>N55E037.hgt</c> (case-insensitive,
    /// the extension optional). False when the name is not of that form or out of range.
    /// </summary>
    public static bool TryParseName(string fileName, out int southLatitudeDeg, out int westLongitudeDeg)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        southLatitudeDeg = westLongitudeDeg = 0;
        string name = Path.GetFileName(fileName);
        if (name.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^4];
        }

        if (name.Length != 7)
        {
            return false;
        }

        char ns = char.ToUpperInvariant(name[0]), ew = char.ToUpperInvariant(name[3]);
        if ((ns != 'N' && ns != 'S') || (ew != 'E' && ew != 'W')
            || !int.TryParse(name.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int lat)
            || !int.TryParse(name.AsSpan(4, 3), NumberStyles.None, CultureInfo.InvariantCulture, out int lon))
        {
            return false;
        }

        southLatitudeDeg = ns == 'N' ? lat : -lat;
        westLongitudeDeg = ew == 'E' ? lon : -lon;
        return southLatitudeDeg is >= -90 and <= 89 && westLongitudeDeg is >= -180 and <= 179;
    }

    /// <summary>Reads a tile file; its name gives its corner.</summary>
    /// <exception cref="TerrainException">Bad name, bad size or unreadable.</exception>
    public static HgtTile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TryParseName(path, out int lat, out int lon))
        {
            throw new TerrainException(path, "an SRTM tile name giving its south-west corner, e.g. 'N55E037.hgt'", $"the name '{Path.GetFileName(path)}'");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TerrainException(path, "a readable .hgt file", ex.Message, ex);
        }

        return FromBytes(bytes, lat, lon, path);
    }

    /// <summary>Builds a tile from the bytes of a <c>.hgt</c> file (<paramref name="pathForMessages"/> names it in errors).</summary>
    /// <exception cref="TerrainException">The length is neither 2·1201² nor 2·3601² bytes.</exception>
    public static HgtTile FromBytes(ReadOnlySpan<byte> bytes, int southLatitudeDeg, int westLongitudeDeg, string pathForMessages)
    {
        int samples = bytes.Length switch
        {
            2 * 1201 * 1201 => 1201,
            2 * 3601 * 3601 => 3601,
            _ => throw new TerrainException(
                pathForMessages,
                "an SRTM tile of 1201 × 1201 (2,884,802 bytes) or 3601 × 3601 (25,934,402 bytes) 16-bit posts",
                string.Create(CultureInfo.InvariantCulture, $"{bytes.Length:N0} bytes")),
        };
        var heights = new short[samples * samples];
        for (int i = 0; i < heights.Length; i++)
        {
            heights[i] = BinaryPrimitives.ReadInt16BigEndian(bytes.Slice(2 * i, 2));
        }

        return new HgtTile(southLatitudeDeg, westLongitudeDeg, samples, heights);
    }

    /// <summary>
    /// The bytes of a tile of <paramref name="samples"/>² posts whose post (row, column) — row 0 at the
    /// north edge, column 0 at the west edge — is <paramref name="height"/>(row, column). For tests and
    /// synthetic terrain.
    /// </summary>
    public static byte[] Encode(int samples, Func<int, int, short> height)
    {
        ArgumentNullException.ThrowIfNull(height);
        if (samples is not (1201 or 3601))
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, "An SRTM tile has 1201 or 3601 posts per side.");
        }

        var bytes = new byte[2 * samples * samples];
        for (int r = 0; r < samples; r++)
        {
            for (int c = 0; c < samples; c++)
            {
                BinaryPrimitives.WriteInt16BigEndian(bytes.AsSpan(2 * ((r * samples) + c), 2), height(r, c));
            }
        }

        return bytes;
    }

    /// <summary>The post at <paramref name="row"/> (0 = north edge) and <paramref name="column"/> (0 = west edge), m or <see cref="Void"/>.</summary>
    public short Post(int row, int column) => _heights[(row * Samples) + column];

    /// <summary>
    /// Height at a point inside the tile, m, by bilinear interpolation between the four surrounding
    /// posts. A void post is left out and the weights of the others renormalised; when all four are
    /// void the height is 0 m (sea level: SRTM voids are mostly over water and steep shadows —
    /// an assumption). Points outside the tile are clamped to its edge.
    /// </summary>
    public double HeightAt(double latitudeDeg, double longitudeDeg)
    {
        int n = Samples - 1;
        double y = Math.Clamp((SouthLatitudeDeg + 1 - latitudeDeg) * n, 0.0, n); // rows from the north edge
        double x = Math.Clamp((longitudeDeg - WestLongitudeDeg) * n, 0.0, n);
        int r0 = Math.Min((int)y, n - 1), c0 = Math.Min((int)x, n - 1);
        double fy = y - r0, fx = x - c0;
        int i = (r0 * Samples) + c0;
        short h00 = _heights[i], h01 = _heights[i + 1], h10 = _heights[i + Samples], h11 = _heights[i + Samples + 1];
        if (h00 != Void && h01 != Void && h10 != Void && h11 != Void)
        {
            double top = h00 + ((h01 - h00) * fx);
            double bottom = h10 + ((h11 - h10) * fx);
            return top + ((bottom - top) * fy);
        }

        double sum = 0, weight = 0;
        Accumulate(h00, (1 - fx) * (1 - fy), ref sum, ref weight);
        Accumulate(h01, fx * (1 - fy), ref sum, ref weight);
        Accumulate(h10, (1 - fx) * fy, ref sum, ref weight);
        Accumulate(h11, fx * fy, ref sum, ref weight);
        return weight > 0 ? sum / weight : 0.0;
    }

    private static void Accumulate(short h, double w, ref double sum, ref double weight)
    {
        if (h != Void)
        {
            sum += h * w;
            weight += w;
        }
    }
}
