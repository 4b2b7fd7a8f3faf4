using Rampart.Core.Geo.Terrain;

namespace Rampart.Core.Tests.Geo.Terrain;

public sealed class HgtTileTests
{
    [Theory]
    [InlineData("N55E037.hgt", 55, 37)]
    [InlineData("n55e037.HGT", 55, 37)]
    [InlineData("S01W072.hgt", -1, -72)]
    [InlineData("N00W180", 0, -180)]
    public void TryParseName_ReadsTheSouthWestCorner(string name, int lat, int lon)
    {
        Assert.True(HgtTile.TryParseName(name, out int south, out int west));
        Assert.Equal(lat, south);
        Assert.Equal(lon, west);
    }

    [Theory]
    [InlineData("N55E37.hgt")]
    [InlineData("X55E037.hgt")]
    [InlineData("N95E037.hgt")]
    [InlineData("N55E190.hgt")]
    [InlineData("dem.hgt")]
    public void TryParseName_RejectsOtherNames(string name) =>
        Assert.False(HgtTile.TryParseName(name, out _, out _));

    [Fact]
    public void FromBytes_ReadsBigEndianPostsRowByRowFromTheNorthWestCorner()
    {
        // Written byte by byte, not with HgtTile.Encode: post (row, column) is at byte 2·(row·1201 + column),
        // high byte first. 0x01 0x02 = 258 m; 0xFF 0x9C = −100 m (two's complement); 0x80 0x00 = void.
        const int n = 1201;
        var bytes = new byte[2 * n * n];
        void Put(int row, int col, byte hi, byte lo)
        {
            bytes[2 * ((row * n) + col)] = hi;
            bytes[(2 * ((row * n) + col)) + 1] = lo;
        }

        Put(0, 0, 0x01, 0x02);        // north-west corner: 258 m
        Put(1200, 0, 0x00, 0xC8);     // south-west corner: 200 m
        Put(0, 1200, 0xFF, 0x9C);     // north-east corner: −100 m
        Put(600, 600, 0x01, 0x2C);    // centre: 300 m
        Put(600, 601, 0x80, 0x00);    // a void east of the centre
        var tile = HgtTile.FromBytes(bytes, 55, 37, "N55E037.hgt");

        Assert.Equal(1201, tile.Samples);
        Assert.Equal((short)258, tile.Post(0, 0));
        Assert.Equal((short)-100, tile.Post(0, 1200));
        Assert.Equal(HgtTile.Void, tile.Post(600, 601));
        // Posts at their coordinates: row r is latitude 56 − r/1200, column c longitude 37 + c/1200.
        Assert.Equal(258.0, tile.HeightAt(56.0, 37.0), 9);
        Assert.Equal(200.0, tile.HeightAt(55.0, 37.0), 9);
        Assert.Equal(-100.0, tile.HeightAt(56.0, 38.0), 9);
        Assert.Equal(300.0, tile.HeightAt(55.5, 37.5), 9);
        Assert.Equal(300.0, tile.MaxHeightM);
    }

    [Fact]
    public void HeightAt_IsBilinearBetweenPosts()
    {
        // Posts (10,10) = 0, (10,11) = 100, (11,10) = 200, (11,11) = 300. Half way east and a quarter
        // of the way south of post (10,10): top edge 50, bottom edge 250, 50 + 0.25·200 = 100 m.
        var bytes = HgtTile.Encode(1201, (r, c) => (r, c) switch
        {
            (10, 11) => 100,
            (11, 10) => 200,
            (11, 11) => 300,
            _ => 0,
        });
        var tile = HgtTile.FromBytes(bytes, 55, 37, "N55E037.hgt");
        double lat = 56.0 - ((10 + 0.25) / 1200.0), lon = 37.0 + ((10 + 0.5) / 1200.0);
        Assert.Equal(100.0, tile.HeightAt(lat, lon), 6);
    }

    [Fact]
    public void HeightAt_LeavesOutVoidPosts()
    {
        // Posts (10,10) = 100, (10,11) void, (11,10) = 100, (11,11) void: whatever the weights, only
        // the 100 m posts count, so the height is 100 m; four voids give sea level.
        var bytes = HgtTile.Encode(1201, (r, c) => (r, c) switch
        {
            (10, 10) or (11, 10) => 100,
            (10, 11) or (11, 11) => HgtTile.Void,
            (20, 20) or (20, 21) or (21, 20) or (21, 21) => HgtTile.Void,
            _ => 0,
        });
        var tile = HgtTile.FromBytes(bytes, 55, 37, "N55E037.hgt");
        Assert.Equal(100.0, tile.HeightAt(56.0 - (10.3 / 1200.0), 37.0 + (10.6 / 1200.0)), 9);
        Assert.Equal(0.0, tile.HeightAt(56.0 - (20.5 / 1200.0), 37.0 + (20.5 / 1200.0)), 9);
    }

    [Fact]
    public void FromBytes_RejectsAWrongSize_NamingTheFile()
    {
        var ex = Assert.Throws<TerrainException>(() => HgtTile.FromBytes(new byte[1000], 55, 37, "tiles/N55E037.hgt"));
        Assert.Contains("tiles/N55E037.hgt", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1,000 bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsAMissingOrEmptyDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "rampart-hgt-" + Guid.NewGuid().ToString("N"));
        var missing = Assert.Throws<TerrainException>(() => TerrainGrid.Load(dir));
        Assert.Contains("no such directory", missing.Message, StringComparison.Ordinal);
        Directory.CreateDirectory(dir);
        try
        {
            var empty = Assert.Throws<TerrainException>(() => TerrainGrid.Load(dir));
            Assert.Contains("without .hgt files", empty.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Grid_IsAtSeaLevelWhereThereIsNoTile()
    {
        var grid = new TerrainGrid([SyntheticTerrain.Ridge(37.5, 500)]);
        Assert.Equal(500.0, grid.HeightAt(55.5, 37.5), 9);
        Assert.Equal(0.0, grid.HeightAt(54.5, 37.5), 9);   // N54E037 not given: sea
        Assert.Equal(0.0, grid.HeightAt(55.5, 38.5), 9);   // N55E038 not given: sea
        Assert.Equal(500.0, grid.MaxHeightM);
    }
}
