using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// A uniform 3-D grid over measurement positions (2-D ones lie in the plane Z = 0), for the coarse pre-gate: a track asks only
/// for the measurements in the cells its gate's bounding box covers. Cells are found by binary
/// search in the sorted cell keys, so building costs O(M log M) and a query O(cells · log M).
/// Reused from scan to scan; allocates only when a scan holds more measurements than any before.
/// </summary>
internal sealed class SpatialGrid
{
    // 21 bits per axis: cell indices in [−2²⁰, 2²⁰).
    private const int Bits = 21;
    private const long Offset = 1L << (Bits - 1);
    private const long Mask = (1L << Bits) - 1;

    private long[] _keys = new long[64];
    private int[] _items = new int[64];
    private int _count;
    private double _cellSizeM = 1;

    /// <summary>Indexes the valid measurements of a scan with cubic cells of side <paramref name="cellSizeM"/>.</summary>
    /// <remarks>Generic over the measurement type (a struct, so no boxing) so the 3-D and 2-D trackers share it.</remarks>
    public void Build<T>(ReadOnlySpan<T> measurements, ReadOnlySpan<bool> valid, double cellSizeM)
        where T : struct, IPositioned
    {
        _cellSizeM = Math.Max(cellSizeM, 1.0);
        if (_keys.Length < measurements.Length)
        {
            _keys = new long[measurements.Length * 2];
            _items = new int[measurements.Length * 2];
        }

        _count = 0;
        for (int j = 0; j < measurements.Length; j++)
        {
            if (!valid[j])
            {
                continue;
            }

            Vec3 p = measurements[j].Position;
            _keys[_count] = Key(Cell(p.X), Cell(p.Y), Cell(p.Z));
            _items[_count] = j;
            _count++;
        }

        _keys.AsSpan(0, _count).Sort(_items.AsSpan(0, _count));
    }

    /// <summary>
    /// Appends to <paramref name="output"/> (after clearing it) every indexed measurement in the
    /// cells touched by the box of half-width <paramref name="radiusM"/> around
    /// <paramref name="centre"/> — a superset of those within that distance.
    /// </summary>
    public void Query(Vec3 centre, double radiusM, List<int> output)
    {
        output.Clear();
        long x0 = Cell(centre.X - radiusM), x1 = Cell(centre.X + radiusM);
        long y0 = Cell(centre.Y - radiusM), y1 = Cell(centre.Y + radiusM);
        long z0 = Cell(centre.Z - radiusM), z1 = Cell(centre.Z + radiusM);
        double columns = (double)(x1 - x0 + 1) * (y1 - y0 + 1);

        // A gate wider than the grid is worth: scanning the list is cheaper than the columns.
        if (columns > _count)
        {
            for (int k = 0; k < _count; k++)
            {
                output.Add(_items[k]);
            }

            return;
        }

        ReadOnlySpan<long> keys = _keys.AsSpan(0, _count);
        for (long ix = x0; ix <= x1; ix++)
        {
            for (long iy = y0; iy <= y1; iy++)
            {
                // Within one (x, y) column the z cells are consecutive keys.
                long lo = Key(ix, iy, z0), hi = Key(ix, iy, z1);
                for (int k = LowerBound(keys, lo); k < keys.Length && keys[k] <= hi; k++)
                {
                    output.Add(_items[k]);
                }
            }
        }
    }

    private long Cell(double coordinate) =>
        Math.Clamp((long)Math.Floor(coordinate / _cellSizeM), -Offset, Offset - 1);

    private static long Key(long ix, long iy, long iz) =>
        (((ix + Offset) & Mask) << (2 * Bits)) | (((iy + Offset) & Mask) << Bits) | ((iz + Offset) & Mask);

    private static int LowerBound(ReadOnlySpan<long> keys, long value)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            if (keys[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
