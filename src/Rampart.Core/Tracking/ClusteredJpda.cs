namespace Rampart.Core.Tracking;

/// <summary>
/// The associator half of joint probabilistic data association (Fortmann, Bar-Shalom &amp;
/// Scheffe 1983), independent of the filter and of the dimension: given the gated
/// (track, measurement, likelihood ratio) pairs and each track's miss weight, splits the gating
/// graph into clusters (connected components, by union–find) and computes, per cluster, the
/// marginal association probabilities β_ij and β_i0 over the feasible joint events. Holds
/// reusable work buffers: not thread-safe; one per associator.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>A joint event assigns each track of the cluster at most one of its gated measurements
/// and each measurement to at most one track; its weight is Π (assigned pairs) l_ij ×
/// Π (missed tracks) B_i, with l_ij = P_D·N(ν_ij; 0, S_ij)/λ (λ the clutter density) and
/// B_i = 1 − P_D·P_G (the parametric JPDA of Bar-Shalom, Li &amp; Kirubarajan §6.4 with Poisson
/// clutter; a measurement no track takes is clutter or a new target).</item>
/// <item>Cap: a cluster is enumerated exactly while it has at most <c>maxJointEvents</c> joint
/// events (and at most 64 tracks). Above the cap it uses Fitzgerald's (1985) "cheap JPDA"
/// approximation, r_ij = l_ij/(S_i + T_j − l_ij + B_i) with S_i = Σ_j l_ij and T_j = Σ_i l_ij, and
/// r_i0 = B_i/(S_i + B_i) (the single-track PDA miss probability), each track's row normalised
/// to sum to 1. Its cost is linear in the number of gated pairs.</item>
/// <item>For the exact sum each track's options are scaled by their largest weight: every joint
/// event holds exactly one option per track, so this scales every event alike and the normalised
/// probabilities are unchanged, while the products stay in range.</item>
/// </list>
/// </remarks>
internal sealed class ClusteredJpda
{
    /// <summary>Largest cluster, in tracks, ever enumerated exactly.</summary>
    public const int MaxExactTracks = 64;

    private readonly int _maxJointEvents;
    private Pair[] _pairs = new Pair[64];
    private int _pairCount;
    private double[] _missWeight = new double[64];
    private double[] _missProbability = new double[64];
    private int[] _trackStart = new int[64];
    private int[] _trackEnd = new int[64];
    private double[] _measurementProbability = new double[64];
    private int[] _parent = new int[128];
    private long[] _keys = new long[64];
    private int[] _order = new int[64];
    private Pair[] _sorted = new Pair[64];
    private double[] _beta = new double[64];
    private double[] _rowSum = new double[64];
    private double[] _colSum = new double[64];
    private int[] _measLocal = new int[64];
    private bool[] _used = new bool[16];
    private int[] _clusterTracks = new int[16];
    private double[] _scale = new double[16];
    private double[] _eventBeta = new double[64];
    private double[] _eventMiss = new double[16];
    private int[] _chosen = new int[16];
    private int _trackCount;
    private int _measurementCount;
    private long _events;

    /// <param name="maxJointEvents">Largest number of joint events a cluster is enumerated with exactly (≥ 1).</param>
    public ClusteredJpda(int maxJointEvents)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxJointEvents, 1);
        _maxJointEvents = maxJointEvents;
    }

    /// <summary>Clusters solved by the cheap approximation in the last <see cref="Solve"/> (over the cap).</summary>
    public int ApproximatedClusters { get; private set; }

    /// <summary>Starts a scan with <paramref name="trackCount"/> tracks and <paramref name="measurementCount"/> measurements, no pairs.</summary>
    public void Reset(int trackCount, int measurementCount)
    {
        _trackCount = trackCount;
        _measurementCount = measurementCount;
        _pairCount = 0;
        Grow(ref _missWeight, trackCount);
        Grow(ref _missProbability, trackCount);
        Grow(ref _trackStart, trackCount);
        Grow(ref _trackEnd, trackCount);
        Grow(ref _measurementProbability, measurementCount);
        _missWeight.AsSpan(0, trackCount).Fill(1.0);
    }

    /// <summary>Each track's miss weight B_i (1 − P_D·P_G); the gater sets it.</summary>
    public Span<double> MissWeight => _missWeight.AsSpan(0, _trackCount);

    /// <summary>Adds a gated pair with likelihood ratio <paramref name="likelihoodRatio"/> = P_D·N(ν; 0, S)/λ.</summary>
    public void Add(int track, int measurement, double likelihoodRatio)
    {
        if (_pairCount == _pairs.Length)
        {
            Array.Resize(ref _pairs, _pairs.Length * 2);
        }

        _pairs[_pairCount++] = new Pair(track, measurement, likelihoodRatio);
    }

    /// <summary>β_i0: the probability that no measurement of this scan is track <paramref name="track"/>'s.</summary>
    public double MissProbability(int track) => _missProbability[track];

    /// <summary>Σ_i β_ij: the probability that measurement <paramref name="measurement"/> is some track's.</summary>
    public double MeasurementProbability(int measurement) => _measurementProbability[measurement];

    /// <summary>The gated measurements of <paramref name="track"/> and their β_ij, in the order they were added.</summary>
    public void Associations(int track, out ReadOnlySpan<Pair> pairs, out ReadOnlySpan<double> probabilities)
    {
        int s = _trackStart[track], e = _trackEnd[track];
        pairs = _sorted.AsSpan(s, e - s);
        probabilities = _beta.AsSpan(s, e - s);
    }

    /// <summary>Computes β for every cluster.</summary>
    public void Solve()
    {
        ApproximatedClusters = 0;
        _missProbability.AsSpan(0, _trackCount).Fill(1.0);
        _measurementProbability.AsSpan(0, _measurementCount).Clear();
        _trackStart.AsSpan(0, _trackCount).Clear();
        _trackEnd.AsSpan(0, _trackCount).Clear();
        if (_pairCount == 0)
        {
            return;
        }

        SortByCluster();
        Grow(ref _beta, _pairCount);
        Grow(ref _measLocal, _measurementCount);
        _measLocal.AsSpan(0, _measurementCount).Fill(-1);

        int start = 0;
        while (start < _pairCount)
        {
            long cluster = _keys[start] >> 32;
            int end = start + 1;
            while (end < _pairCount && (_keys[end] >> 32) == cluster)
            {
                end++;
            }

            SolveCluster(start, end);
            start = end;
        }

        for (int k = 0; k < _pairCount; k++)
        {
            _measurementProbability[_sorted[k].Measurement] += _beta[k];
        }
    }

    /// <summary>Union–find over the gating graph; pairs sorted by (cluster, track, original order).</summary>
    private void SortByCluster()
    {
        int nodes = _trackCount + _measurementCount;
        Grow(ref _parent, nodes);
        for (int v = 0; v < nodes; v++)
        {
            _parent[v] = v;
        }

        for (int k = 0; k < _pairCount; k++)
        {
            int a = Find(_pairs[k].Track), b = Find(_trackCount + _pairs[k].Measurement);
            if (a != b)
            {
                _parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        // Key: cluster root (high 32 bits), then track; Sort is not stable, so each run of equal
        // keys is put back in order of addition afterwards — the result is deterministic.
        Grow(ref _keys, _pairCount);
        Grow(ref _order, _pairCount);
        Grow(ref _sorted, _pairCount);
        for (int k = 0; k < _pairCount; k++)
        {
            _keys[k] = ((long)Find(_pairs[k].Track) << 32) | (uint)_pairs[k].Track;
            _order[k] = k;
        }

        Span<long> keys = _keys.AsSpan(0, _pairCount);
        Span<int> order = _order.AsSpan(0, _pairCount);
        keys.Sort(order);
        int s = 0;
        while (s < _pairCount)
        {
            int e = s + 1;
            while (e < _pairCount && keys[e] == keys[s])
            {
                e++;
            }

            order[s..e].Sort();
            s = e;
        }

        for (int k = 0; k < _pairCount; k++)
        {
            _sorted[k] = _pairs[order[k]];
        }
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

    private void SolveCluster(int start, int end)
    {
        // Local tracks (pairs are grouped by track) and their pair ranges.
        int tracks = 0, measurements = 0;
        for (int k = start; k < end; k++)
        {
            int t = _sorted[k].Track;
            if (k == start || _sorted[k - 1].Track != t)
            {
                Grow(ref _clusterTracks, tracks + 1);
                _clusterTracks[tracks++] = t;
                _trackStart[t] = k;
            }

            _trackEnd[t] = k + 1;
            int j = _sorted[k].Measurement;
            if (_measLocal[j] < 0)
            {
                _measLocal[j] = measurements++;
            }
        }

        bool exact = tracks <= MaxExactTracks && Enumerate(start, end, tracks, measurements);
        if (!exact)
        {
            ApproximatedClusters++;
            Cheap(start, end, tracks);
        }

        for (int k = start; k < end; k++)
        {
            _measLocal[_sorted[k].Measurement] = -1;
        }
    }

    /// <summary>Exact marginals over all joint events; false (nothing written) if there are more than the cap.</summary>
    private bool Enumerate(int start, int end, int tracks, int measurements)
    {
        Grow(ref _used, measurements);
        Grow(ref _scale, tracks);
        Grow(ref _eventMiss, tracks);
        Grow(ref _chosen, tracks);
        Grow(ref _eventBeta, end - start);
        _used.AsSpan(0, measurements).Clear();
        _eventBeta.AsSpan(0, end - start).Clear();
        _eventMiss.AsSpan(0, tracks).Clear();
        for (int t = 0; t < tracks; t++)
        {
            int track = _clusterTracks[t];
            double top = _missWeight[track];
            for (int k = _trackStart[track]; k < _trackEnd[track]; k++)
            {
                top = Math.Max(top, _sorted[k].LikelihoodRatio);
            }

            _scale[t] = top > 0 ? 1.0 / top : 1.0;
        }

        _events = 0;
        double total = 0;
        if (!Descend(0, tracks, start, 1.0, ref total))
        {
            return false;
        }

        for (int t = 0; t < tracks; t++)
        {
            int track = _clusterTracks[t];
            _missProbability[track] = _eventMiss[t] / total;
            for (int k = _trackStart[track]; k < _trackEnd[track]; k++)
            {
                _beta[k] = _eventBeta[k - start] / total;
            }
        }

        return true;
    }

    /// <summary>Depth-first over the cluster's tracks; false once the number of joint events passes the cap.</summary>
    private bool Descend(int t, int tracks, int start, double weight, ref double total)
    {
        if (t == tracks)
        {
            if (++_events > _maxJointEvents)
            {
                return false;
            }

            total += weight;
            for (int u = 0; u < tracks; u++)
            {
                int k = _chosen[u];
                if (k < 0)
                {
                    _eventMiss[u] += weight;
                }
                else
                {
                    _eventBeta[k - start] += weight;
                }
            }

            return true;
        }

        int track = _clusterTracks[t];
        _chosen[t] = -1;
        if (!Descend(t + 1, tracks, start, weight * _missWeight[track] * _scale[t], ref total))
        {
            return false;
        }

        for (int k = _trackStart[track]; k < _trackEnd[track]; k++)
        {
            int local = _measLocal[_sorted[k].Measurement];
            if (_used[local])
            {
                continue;
            }

            _used[local] = true;
            _chosen[t] = k;
            bool ok = Descend(t + 1, tracks, start, weight * _sorted[k].LikelihoodRatio * _scale[t], ref total);
            _used[local] = false;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Fitzgerald's cheap JPDA (see the remarks), each track's row normalised.</summary>
    private void Cheap(int start, int end, int tracks)
    {
        Grow(ref _rowSum, _trackCount);
        Grow(ref _colSum, _measurementCount);
        for (int k = start; k < end; k++)
        {
            _rowSum[_sorted[k].Track] = 0;
            _colSum[_sorted[k].Measurement] = 0;
        }

        for (int k = start; k < end; k++)
        {
            _rowSum[_sorted[k].Track] += _sorted[k].LikelihoodRatio;
            _colSum[_sorted[k].Measurement] += _sorted[k].LikelihoodRatio;
        }

        for (int t = 0; t < tracks; t++)
        {
            int track = _clusterTracks[t];
            double b = _missWeight[track], s = _rowSum[track];
            double miss = b / (s + b);
            double sum = miss;
            for (int k = _trackStart[track]; k < _trackEnd[track]; k++)
            {
                double l = _sorted[k].LikelihoodRatio;
                _beta[k] = l / (s + _colSum[_sorted[k].Measurement] - l + b);
                sum += _beta[k];
            }

            _missProbability[track] = miss / sum;
            for (int k = _trackStart[track]; k < _trackEnd[track]; k++)
            {
                _beta[k] /= sum;
            }
        }
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    /// <summary>A gated pair: track, measurement and likelihood ratio l = P_D·N(ν; 0, S)/λ.</summary>
    public readonly record struct Pair(int Track, int Measurement, double LikelihoodRatio);
}
