using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// Global-nearest-neighbour data association (Stone Soup's hypothesiser + associator): a
/// coarse spatial pre-gate, a chi-square gate, clusters of tracks and measurements linked by
/// gated pairs, and an optimal 2-D assignment (<see cref="LinearAssignment"/>) per cluster.
/// Holds reusable work buffers: not thread-safe; one per tracker.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Gate: d² = νᵀS⁻¹ν ≤ γ with γ the chi-square (3 degrees of freedom) quantile at the
/// gate probability; S = P_pos + R.</item>
/// <item>Cost of assigning measurement j to track i: d² + ln|S| (twice the negative log
/// Gaussian likelihood, constants dropped). Cost of leaving track i unassigned: γ + the largest
/// ln|S| among its gated measurements — the cost of a measurement on its gate's edge — so a
/// track is left out only when a cheaper pairing elsewhere in the cluster needs its measurement.</item>
/// <item>A measurement left unassigned costs nothing here; it starts a new track.</item>
/// <item>Pre-gate: since λ_max(S) ≤ tr(S), any measurement inside the gate lies within
/// √(γ·(tr P_pos + max_j tr R_j)) of the predicted position. Measurements are binned in a
/// uniform grid with cell side twice the median of these radii (a few wide tentative gates do
/// not coarsen the grid for every track); each track searches only the cells its own radius
/// covers.</item>
/// </list>
/// </remarks>
internal sealed class GnnAssociator
{
    private readonly SpatialGrid _grid = new();
    private readonly List<int> _candidates = [];
    private GatedPair[] _pairs = new GatedPair[64];
    private int _pairCount;
    private long[] _pairKeys = new long[64];
    private int[] _pairOrder = new int[64];
    private double[] _radius = new double[64];
    private double[] _radiusSorted = new double[64];
    private double[] _missCost = new double[64];
    private int[] _parent = new int[128];
    private int[] _trackLocal = new int[64];
    private int[] _measLocal = new int[64];
    private int[] _rowTrack = new int[16];
    private int[] _colMeas = new int[16];
    private int[] _rowToCol = new int[16];
    private double[] _cost = new double[256];

    /// <param name="gateProbability">Probability mass of a true measurement inside the gate, in (0, 1).</param>
    public GnnAssociator(double gateProbability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gateProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gateProbability, 1);
        GateThreshold = ChiSquared.InvCDF(3, gateProbability);
    }

    /// <summary>The chi-square gate γ on the squared Mahalanobis distance (3 degrees of freedom).</summary>
    public double GateThreshold { get; }

    /// <summary>
    /// Associates the measurements of one scan with the tracks (already predicted to the scan time).
    /// </summary>
    /// <param name="trackToMeasurement">Receives, for each track, its measurement index or −1.</param>
    /// <param name="measurementToTrack">Receives, for each measurement, its track index or −1.</param>
    public void Associate(
        ReadOnlySpan<TrackRecord> tracks,
        ReadOnlySpan<ConvertedMeasurement> measurements,
        ReadOnlySpan<bool> valid,
        Span<int> trackToMeasurement,
        Span<int> measurementToTrack)
    {
        trackToMeasurement[..tracks.Length].Fill(-1);
        measurementToTrack[..measurements.Length].Fill(-1);
        if (tracks.IsEmpty || measurements.IsEmpty)
        {
            return;
        }

        Gate(tracks, measurements, valid);
        FormClusters(tracks.Length);
        AssignClusters(tracks.Length, measurements.Length, trackToMeasurement, measurementToTrack);
    }

    private void Gate(ReadOnlySpan<TrackRecord> tracks, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<bool> valid)
    {
        int n = tracks.Length;
        Grow(ref _radius, n);
        Grow(ref _radiusSorted, n);
        Grow(ref _missCost, n);

        double maxTraceR = 0;
        for (int j = 0; j < measurements.Length; j++)
        {
            if (valid[j])
            {
                maxTraceR = Math.Max(maxTraceR, measurements[j].Covariance.Trace);
            }
        }

        for (int i = 0; i < n; i++)
        {
            _radius[i] = Math.Sqrt(GateThreshold * (tracks[i].State.PositionCovariance.Trace + maxTraceR));
            _radiusSorted[i] = _radius[i];
            _missCost[i] = double.NegativeInfinity;
        }

        Span<double> sorted = _radiusSorted.AsSpan(0, n);
        sorted.Sort();
        _grid.Build(measurements, valid, 2.0 * sorted[n / 2]);

        _pairCount = 0;
        for (int i = 0; i < n; i++)
        {
            ref readonly GaussianState state = ref tracks[i].State;
            _grid.Query(state.Position, _radius[i], _candidates);
            foreach (int j in _candidates)
            {
                ConstantVelocityKalmanFilter.Innovation(state, measurements[j], out Vec3 nu, out SymmetricMatrix3 s);

                // Cheap rejection before the inverse: d² = νᵀS⁻¹ν ≥ |ν|²/λ_max(S) ≥ |ν|²/tr S, so a
                // pair with |ν|² > γ·tr S lies outside the gate. The 1e-6 margin keeps this test from
                // ever rejecting a pair the full test below would accept through its round-off (that
                // would take a condition number of S near 1e9).
                if (Vec3.Dot(nu, nu) > GateThreshold * s.Trace * (1 + 1e-6))
                {
                    continue;
                }

                double det = s.Determinant;
                if (!(det > 0))
                {
                    continue;
                }

                double d2 = s.Inverse().QuadraticForm(nu);
                if (d2 <= GateThreshold)
                {
                    double logDet = Math.Log(det);
                    AddPair(new GatedPair(i, j, d2 + logDet));
                    _missCost[i] = Math.Max(_missCost[i], GateThreshold + logDet);
                }
            }
        }
    }

    private void AddPair(GatedPair pair)
    {
        if (_pairCount == _pairs.Length)
        {
            Array.Resize(ref _pairs, _pairs.Length * 2);
        }

        _pairs[_pairCount++] = pair;
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
                // A lone pair: its cost never exceeds the track's miss cost, so it is assigned.
                GatedPair p = _pairs[_pairOrder[start]];
                trackToMeasurement[p.Track] = p.Measurement;
                measurementToTrack[p.Measurement] = p.Track;
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
