using System.Collections.Concurrent;

namespace Rampart.Core.Geo.Terrain;

/// <summary>
/// An elevation grid made of SRTM <c>.hgt</c> tiles (<see cref="HgtTile"/>): the height of the
/// ground at any latitude and longitude, and, per radar antenna, the terrain mask
/// (<see cref="TerrainMask"/>, computed once and shared). Immutable after loading; thread-safe
/// (Monte Carlo replications on several threads share one grid and its masks).
/// </summary>
/// <remarks>
/// A point in no tile is at sea level (0 m). This is the SRTM convention — tiles entirely over
/// the sea are not distributed — so a directory holding only the land tiles of a coastal scenario
/// is complete. It also means a tile a user forgot is silently flat: the loader checks only that
/// the directory exists and holds at least one valid tile. Stated in docs/model.md.
/// </remarks>
public sealed class TerrainGrid
{
    private readonly Dictionary<(int Lat, int Lon), HgtTile> _tiles = [];
    private readonly ConcurrentDictionary<MaskKey, TerrainMask> _masks = new();

    /// <summary>A grid of the given tiles (at most one per 1° cell).</summary>
    /// <param name="tiles">The tiles.</param>
    /// <param name="source">What the tiles came from (a directory), for messages.</param>
    public TerrainGrid(IEnumerable<HgtTile> tiles, string source = "")
    {
        ArgumentNullException.ThrowIfNull(tiles);
        Source = source;
        double spacing = double.PositiveInfinity;
        foreach (var tile in tiles)
        {
            if (!_tiles.TryAdd((tile.SouthLatitudeDeg, tile.WestLongitudeDeg), tile))
            {
                throw new ArgumentException($"Two tiles for the cell at {tile.SouthLatitudeDeg}°, {tile.WestLongitudeDeg}°.", nameof(tiles));
            }

            MaxHeightM = Math.Max(MaxHeightM, tile.MaxHeightM);
            spacing = Math.Min(spacing, tile.PostSpacingDeg);
        }

        // Along a meridian, 3″ ≈ 92.6 m and 1″ ≈ 30.9 m.
        PostSpacingM = double.IsFinite(spacing) ? spacing * Math.PI / 180.0 * Wgs84.MeanRadius : 100.0;
    }

    /// <summary>Where the tiles came from (a directory), or empty.</summary>
    public string Source { get; }

    /// <summary>Number of tiles.</summary>
    public int TileCount => _tiles.Count;

    /// <summary>Highest post of all tiles, m (at least 0).</summary>
    public double MaxHeightM { get; }

    /// <summary>Finest post spacing of the tiles along a meridian, m (100 m for an empty grid).</summary>
    public double PostSpacingM { get; }

    /// <summary>
    /// Loads every <c>*.hgt</c> file of <paramref name="directory"/> (not its subdirectories).
    /// </summary>
    /// <exception cref="TerrainException">No such directory, no tile in it, or a bad tile.</exception>
    public static TerrainGrid Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new TerrainException(directory, "a directory of SRTM .hgt tiles", "no such directory");
        }

        // Sorted so that errors (and everything else) do not depend on the file system's order.
        string[] files = Directory.GetFiles(directory, "*.hgt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new TerrainException(directory, "a directory of SRTM .hgt tiles (e.g. N55E037.hgt)", "a directory without .hgt files");
        }

        return new TerrainGrid(files.Select(HgtTile.Read).ToList(), directory);
    }

    /// <summary>Ground height at a point, m: bilinear in its tile, 0 (sea level) where there is no tile.</summary>
    public double HeightAt(double latitudeDeg, double longitudeDeg)
    {
        double lon = longitudeDeg - (360.0 * Math.Floor((longitudeDeg + 180.0) / 360.0)); // to [−180, 180)
        int la = (int)Math.Floor(latitudeDeg), lo = (int)Math.Floor(lon);
        if (_tiles.TryGetValue((la, lo), out var tile))
        {
            return tile.HeightAt(latitudeDeg, lon);
        }

        // On a shared edge the neighbour to the south or west holds the same posts.
        if (latitudeDeg == la && _tiles.TryGetValue((la - 1, lo), out tile))
        {
            return tile.HeightAt(latitudeDeg, lon);
        }

        return lon == lo && _tiles.TryGetValue((la, lo - 1), out tile) ? tile.HeightAt(latitudeDeg, lon) : 0.0;
    }

    /// <summary>
    /// The terrain mask seen from an antenna (position with the antenna's altitude) over a k-earth
    /// out to <paramref name="maxRangeM"/>: made once per distinct antenna, k and range, then shared.
    /// </summary>
    public TerrainMask MaskFor(GeodeticPosition antenna, double k, double maxRangeM) =>
        _masks.GetOrAdd(new MaskKey(antenna, k, maxRangeM), key => new TerrainMask(this, key.Antenna, key.K, key.MaxRangeM));

    private readonly record struct MaskKey(GeodeticPosition Antenna, double K, double MaxRangeM);
}
