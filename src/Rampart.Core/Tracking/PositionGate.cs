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
        for (int j = 0; j < measurements.Length; j++)
        {
            if (valid[j])
            {
                maxTraceR = Math.Max(maxTraceR, measurements[j].Covariance.Trace);
            }
        }

        for (int i = 0; i < n; i++)
        {
            _radius[i] = Math.Sqrt(Threshold * (tracks[i].State.PositionCovariance.Trace + maxTraceR));
            _radiusSorted[i] = _radius[i];
        }

        Span<double> sorted = _radiusSorted.AsSpan(0, n);
        sorted.Sort();
        _grid.Build(measurements, valid, 2.0 * sorted[n / 2]);

        for (int i = 0; i < n; i++)
        {
            if (!includeTrack.IsEmpty && !includeTrack[i])
            {
                continue;
            }

            ref readonly GaussianState state = ref tracks[i].State;
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

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
