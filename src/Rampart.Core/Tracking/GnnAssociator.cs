using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// Global-nearest-neighbour data association (Stone Soup's hypothesiser + associator): a
/// coarse spatial pre-gate, a chi-square gate, clusters of tracks and measurements linked by
/// gated pairs, and an optimal 2-D assignment per cluster (<see cref="ClusteredAssignment"/>).
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
    private readonly ClusteredAssignment _assignment = new();
    private double[] _radius = new double[64];
    private double[] _radiusSorted = new double[64];

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
        _assignment.Solve(measurements.Length, trackToMeasurement, measurementToTrack);
    }

    private void Gate(ReadOnlySpan<TrackRecord> tracks, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<bool> valid)
    {
        int n = tracks.Length;
        Grow(ref _radius, n);
        Grow(ref _radiusSorted, n);
        _assignment.Reset(n);
        Span<double> missCost = _assignment.MissCost;

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
        }

        Span<double> sorted = _radiusSorted.AsSpan(0, n);
        sorted.Sort();
        _grid.Build(measurements, valid, 2.0 * sorted[n / 2]);

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
                    _assignment.Add(i, j, d2 + logDet);
                    missCost[i] = Math.Max(missCost[i], GateThreshold + logDet);
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
