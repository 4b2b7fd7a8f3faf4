namespace Rampart.Core.Tracking;

/// <summary>
/// The associator half of global-nearest-neighbour association, independent of the filter and
/// of the dimension: given the gated (track, measurement, cost) pairs and each track's cost of
/// going unassigned, splits the bipartite gating graph into clusters (connected components, by
/// union–find) and solves each cluster as an optimal 2-D assignment (<see cref="LinearAssignment"/>).
/// Costs are relative to "the measurement is clutter or a new target", which costs 0. Holds
/// reusable work buffers: not thread-safe; one per associator.
/// </summary>
internal sealed class ClusteredAssignment
{
    private GatedPair[] _pairs = new GatedPair[64];
    private int _pairCount;
    private long[] _pairKeys = new long[64];
    private int[] _pairOrder = new int[64];
    private double[] _missCost = new double[64];
    private int[] _parent = new int[128];
    private int[] _trackLocal = new int[64];
    private int[] _measLocal = new int[64];
    private int[] _rowTrack = new int[16];
    private int[] _colMeas = new int[16];
    private int[] _rowToCol = new int[16];
    private double[] _cost = new double[256];
    private int _trackCount;

    /// <summary>Starts a scan with <paramref name="trackCount"/> tracks, no pairs and every miss cost at −∞.</summary>
    public void Reset(int trackCount)
    {
        _trackCount = trackCount;
        _pairCount = 0;
        Grow(ref _missCost, trackCount);
        _missCost.AsSpan(0, trackCount).Fill(double.NegativeInfinity);
    }

    /// <summary>The cost of leaving each track unassigned; the gater sets it (the caller may raise it per pair).</summary>
    public Span<double> MissCost => _missCost.AsSpan(0, _trackCount);

    /// <summary>Adds a gated pair: assigning <paramref name="measurement"/> to <paramref name="track"/> costs <paramref name="cost"/>.</summary>
    public void Add(int track, int measurement, double cost)
    {
        if (_pairCount == _pairs.Length)
        {
            Array.Resize(ref _pairs, _pairs.Length * 2);
        }

        _pairs[_pairCount++] = new GatedPair(track, measurement, cost);
    }

    /// <summary>
    /// Solves every cluster. A pair is assigned only if that lowers the cluster's total cost
    /// against leaving its track unassigned.
    /// </summary>
    /// <param name="trackToMeasurement">Receives, for each track, its measurement index or −1 (already filled with −1 by the caller).</param>
    /// <param name="measurementToTrack">Receives, for each measurement, its track index or −1 (already filled with −1 by the caller).</param>
    public void Solve(int measurementCount, Span<int> trackToMeasurement, Span<int> measurementToTrack)
    {
        FormClusters(_trackCount);
        AssignClusters(_trackCount, measurementCount, trackToMeasurement, measurementToTrack);
    }

    /// <summary>Connected components of the bipartite gating graph, by union–find.</summary>
    private void FormClusters(int trackCount)
    {
        int measurementCount = 0;
        for (int k = 0; k < _pairCount; k++)
        {
            measurementCount = Math.Max(measurementCount, _pairs[k].Measurement + 1);
        }

        int nodes = trackCount + measurementCount;
        Grow(ref _parent, nodes);
        for (int v = 0; v < nodes; v++)
        {
            _parent[v] = v;
        }

        for (int k = 0; k < _pairCount; k++)
        {
            int a = Find(_pairs[k].Track), b = Find(trackCount + _pairs[k].Measurement);
            if (a != b)
            {
                _parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        // Order the pairs by cluster (then by their original order, so the result is deterministic).
        Grow(ref _pairKeys, _pairCount);
        Grow(ref _pairOrder, _pairCount);
        for (int k = 0; k < _pairCount; k++)
        {
            _pairKeys[k] = ((long)Find(_pairs[k].Track) << 32) | (uint)k;
            _pairOrder[k] = k;
        }

        _pairKeys.AsSpan(0, _pairCount).Sort(_pairOrder.AsSpan(0, _pairCount));
    }

    private int Find(int v)
    {
        while (_parent[v] != v)
        {
            _parent[v] = _parent[_parent[v]];
            v = _parent[v];
        }

        return v;
    }

    private void AssignClusters(int trackCount, int measurementCount, Span<int> trackToMeasurement, Span<int> measurementToTrack)
    {
        Grow(ref _trackLocal, trackCount);
        Grow(ref _measLocal, measurementCount);
        _trackLocal.AsSpan(0, trackCount).Fill(-1);
        _measLocal.AsSpan(0, measurementCount).Fill(-1);

        int start = 0;
        while (start < _pairCount)
        {
            long cluster = _pairKeys[start] >> 32;
            int end = start + 1;
            while (end < _pairCount && (_pairKeys[end] >> 32) == cluster)
            {
                end++;
            }

            if (end - start == 1)
            {
                // A lone pair: assigned when it costs no more than leaving its track unassigned.
                GatedPair p = _pairs[_pairOrder[start]];
                if (p.Cost <= _missCost[p.Track])
                {
                    trackToMeasurement[p.Track] = p.Measurement;
                    measurementToTrack[p.Measurement] = p.Track;
                }
            }
            else
            {
                SolveCluster(start, end, trackToMeasurement, measurementToTrack);
            }

            start = end;
        }
    }

    /// <summary>
    /// One cluster as a rectangular assignment: a row per track, a column per measurement plus
    /// one "unassigned" column per track that only that track may take.
    /// </summary>
    private void SolveCluster(int start, int end, Span<int> trackToMeasurement, Span<int> measurementToTrack)
    {
        int rows = 0, cols = 0;
        for (int k = start; k < end; k++)
        {
            GatedPair p = _pairs[_pairOrder[k]];
            if (_trackLocal[p.Track] < 0)
            {
                Grow(ref _rowTrack, rows + 1);
                _trackLocal[p.Track] = rows;
                _rowTrack[rows++] = p.Track;
            }

            if (_measLocal[p.Measurement] < 0)
            {
                Grow(ref _colMeas, cols + 1);
                _measLocal[p.Measurement] = cols;
                _colMeas[cols++] = p.Measurement;
            }
        }

        int width = cols + rows;
        Grow(ref _cost, rows * width);
        Grow(ref _rowToCol, rows);
        Span<double> cost = _cost.AsSpan(0, rows * width);
        cost.Fill(LinearAssignment.Forbidden);
        for (int k = start; k < end; k++)
        {
            GatedPair p = _pairs[_pairOrder[k]];
            cost[(_trackLocal[p.Track] * width) + _measLocal[p.Measurement]] = p.Cost;
        }

        for (int r = 0; r < rows; r++)
        {
            cost[(r * width) + cols + r] = _missCost[_rowTrack[r]];
        }

        LinearAssignment.Solve(cost, rows, width, _rowToCol);
        for (int r = 0; r < rows; r++)
        {
            int c = _rowToCol[r];
            if (c >= 0 && c < cols)
            {
                trackToMeasurement[_rowTrack[r]] = _colMeas[c];
                measurementToTrack[_colMeas[c]] = _rowTrack[r];
            }

            _trackLocal[_rowTrack[r]] = -1;
        }

        for (int c = 0; c < cols; c++)
        {
            _measLocal[_colMeas[c]] = -1;
        }
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    private readonly record struct GatedPair(int Track, int Measurement, double Cost);
}
