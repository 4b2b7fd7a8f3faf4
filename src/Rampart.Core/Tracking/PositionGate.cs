using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>Receives the pairs that pass the gate (GNN costs or JPDA likelihoods are made from them).</summary>
internal interface IGatedPairSink
{
    /// <summary>Measurement <paramref name="measurement"/> lies in track <paramref name="track"/>'s gate with d² = νᵀS⁻¹ν and ln|S|.</summary>
    void Add(int track, int measurement, double d2, double logDetS);
}

/// <summary>
/// The 3-D tracker's gating (Stone Soup's hypothesiser): a coarse spatial pre-gate and a
/// chi-square gate on the converted position. Shared by the GNN and JPDA associators. Holds
/// reusable work buffers: not thread-safe; one per associator.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Gate: d² = νᵀS⁻¹ν ≤ γ with γ the chi-square (3 degrees of freedom) quantile at the
/// gate probability; S = P_pos + R.</item>
/// <item>Pre-gate: since λ_max(S) ≤ tr(S), any measurement inside the gate lies within
/// √(γ·(tr P_pos + max_j tr R_j)) of the predicted position. Measurements are binned in a
/// uniform grid with cell side twice the median of these radii (a few wide tentative gates do
/// not coarsen the grid for every track); each track searches only the cells its own radius
/// covers.</item>
/// </list>
/// </remarks>
internal sealed class PositionGate
{
    private readonly SpatialGrid _grid = new();
    private readonly List<int> _candidates = [];
    private double[] _radius = new double[64];
    private double[] _radiusSorted = new double[64];

    /// <param name="gateProbability">Probability mass of a true measurement inside the gate, in (0, 1).</param>
    public PositionGate(double gateProbability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gateProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gateProbability, 1);
        Probability = gateProbability;
        Threshold = ChiSquared.InvCDF(3, gateProbability);
    }

    /// <summary>P_G, the probability mass inside the gate.</summary>
    public double Probability { get; }

    /// <summary>The chi-square gate γ on the squared Mahalanobis distance (3 degrees of freedom).</summary>
    public double Threshold { get; }

    /// <summary>
    /// Hands every (track, measurement) pair inside the gate to <paramref name="sink"/>, tracks in
    /// order, each track's measurements in grid order; only tracks with <paramref name="includeTrack"/>
    /// set take part (all when it is empty).
    /// </summary>
    public void Gate<TSink>(ReadOnlySpan<TrackRecord> tracks, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<bool> valid, ReadOnlySpan<bool> includeTrack, ref TSink sink)
        where TSink : struct, IGatedPairSink
    {
        int n = tracks.Length;
        if (n == 0 || measurements.IsEmpty)
        {
            return;
        }

        Grow(ref _radius, n);
        Grow(ref _radiusSorted, n);
        double maxTraceR = 0;
        double loX = double.PositiveInfinity, loY = double.PositiveInfinity, loZ = double.PositiveInfinity;
        double hiX = double.NegativeInfinity, hiY = double.NegativeInfinity, hiZ = double.NegativeInfinity;
        for (int j = 0; j < measurements.Length; j++)
        {
            if (valid[j])
            {
                maxTraceR = Math.Max(maxTraceR, measurements[j].Covariance.Trace);
                Vec3 z = measurements[j].Position;
                loX = Math.Min(loX, z.X);
                loY = Math.Min(loY, z.Y);
                loZ = Math.Min(loZ, z.Z);
                hiX = Math.Max(hiX, z.X);
                hiY = Math.Max(hiY, z.Y);
                hiZ = Math.Max(hiZ, z.Z);
            }
        }

        for (int i = 0; i < n; i++)
        {
            _radius[i] = Math.Sqrt(Threshold * (tracks[i].State.PositionCovariance.Trace + maxTraceR));
            _radiusSorted[i] = _radius[i];
        }

        // The (n/2)-th smallest radius by selection, O(n) on average instead of a full sort: the
        // same value a sort would put at index n/2, so the grid is unchanged.
        _grid.Build(measurements, valid, 2.0 * SelectKth(_radiusSorted.AsSpan(0, n), n / 2));

        for (int i = 0; i < n; i++)
        {
            if (!includeTrack.IsEmpty && !includeTrack[i])
            {
                continue;
            }

            ref readonly GaussianState state = ref tracks[i].State;

            // Box pre-gate: a track whose radius does not reach the bounding box of the valid
            // measurements has no measurement within that radius, so the |ν|² test below would
            // reject every candidate (|ν|² ≥ box distance² > r²(1+1e-5) ≥ γ·tr S·(1+1e-6); the
            // 1e-5 margin dwarfs the round-off in r and the distances). Same pairs pass; cheaper
            // when a few measurements (a track dwell) meet hundreds of tracks. A NaN position
            // fails the comparison and goes through the full test as before.
            Vec3 p = state.Position;
            double dx = Math.Max(Math.Max(loX - p.X, p.X - hiX), 0);
            double dy = Math.Max(Math.Max(loY - p.Y, p.Y - hiY), 0);
            double dz = Math.Max(Math.Max(loZ - p.Z, p.Z - hiZ), 0);
            double r = _radius[i];
            if ((dx * dx) + (dy * dy) + (dz * dz) > r * r * (1 + 1e-5))
            {
                continue;
            }

            _grid.Query(state.Position, _radius[i], _candidates);
            foreach (int j in _candidates)
            {
                ConstantVelocityKalmanFilter.Innovation(state, measurements[j], out Vec3 nu, out SymmetricMatrix3 s);

                // Cheap rejection before the inverse: d² = νᵀS⁻¹ν ≥ |ν|²/λ_max(S) ≥ |ν|²/tr S, so a
                // pair with |ν|² > γ·tr S lies outside the gate. The 1e-6 margin keeps this test from
                // ever rejecting a pair the full test below would accept through its round-off (that
                // would take a condition number of S near 1e9).
                if (Vec3.Dot(nu, nu) > Threshold * s.Trace * (1 + 1e-6))
                {
                    continue;
                }

                double det = s.Determinant;
                if (!(det > 0))
                {
                    continue;
                }

                double d2 = s.Inverse().QuadraticForm(nu);
                if (d2 <= Threshold)
                {
                    sink.Add(i, j, d2, Math.Log(det));
                }
            }
        }
    }

    /// <summary>
    /// The <paramref name="k"/>-th smallest value (0-based) of <paramref name="values"/>, which it
    /// reorders: the value <c>values.Sort()</c> would leave at index k (no NaN expected: radii
    /// are square roots of non-negative sums). Hoare partition around the middle element;
    /// deterministic.
    /// </summary>
    internal static double SelectKth(Span<double> values, int k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(k, values.Length);
        int lo = 0, hi = values.Length - 1;
        while (lo < hi)
        {
            double pivot = values[lo + ((hi - lo) >> 1)];
            int i = lo, j = hi;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now values[lo..j] ≤ pivot ≤ values[i..hi], and every element strictly between j and i equals the pivot.
            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                return values[k];
            }
        }

        return values[k];
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
