using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// Association for the 2-D tracker (Stone Soup's PDA-style hypothesiser feeding a GNN 2-D
/// assigner, or JPDA): spatial pre-gate (<see cref="SpatialGrid"/>), chi-square gate,
/// log-likelihood-ratio costs, then an optimal assignment per cluster
/// (<see cref="ClusteredAssignment"/>) or the JPDA marginals per cluster (<see cref="ClusteredJpda"/>,
/// with the same likelihood ratios l = P_D·N/λ and miss weight 1 − P_D·P_G).
/// Holds reusable buffers: not thread-safe; one per tracker.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Gate: d² = νᵀS⁻¹ν ≤ γ, γ the chi-square quantile (2 degrees of freedom) at P_G.</item>
/// <item>Costs are −2 ln of the hypothesis weights of Stone Soup's <c>PDAHypothesiser</c>, relative
/// to "every measurement is clutter": assigning measurement j to track i costs
/// −2 ln(P_D·N(z_j; ẑ_i, S_i)/λ) = d² + ln|S_i| + 2 ln 2π − 2 ln P_D + 2 ln λ; leaving track i
/// unassigned costs −2 ln(1 − P_D·P_G). So a gated measurement less likely from the track than
/// from clutter is left for initiation, and a wide tentative gate loses a measurement to a
/// tight confirmed one.</item>
/// <item>Pre-gate: λ_max(S) ≤ tr S, so a gated measurement lies within √(γ·tr S) of the predicted
/// position; grid cells are twice the median of these radii.</item>
/// </list>
/// </remarks>
internal sealed class PlanarAssociator
{
    private readonly SpatialGrid _grid = new();
    private readonly ClusteredAssignment _assignment = new();
    private readonly List<int> _candidates = [];
    private readonly double _costOffset;
    private readonly double _missCost;
    private double[] _radius = new double[64];
    private double[] _radiusSorted = new double[64];

    public PlanarAssociator(PlanarTrackerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        GateThreshold = ChiSquared.InvCDF(2, settings.GateProbability);
        _costOffset = (2 * Math.Log(2 * Math.PI)) - (2 * Math.Log(settings.DetectionProbability)) + (2 * Math.Log(settings.ClutterDensity));
        MissWeight = 1 - (settings.DetectionProbability * settings.GateProbability);
        _missCost = -2 * Math.Log(MissWeight);
    }

    /// <summary>1 − P_D·P_G: the weight of "the track's target gave no gated detection".</summary>
    public double MissWeight { get; }

    /// <summary>The chi-square gate γ on d² (2 degrees of freedom).</summary>
    public double GateThreshold { get; }

    /// <summary>Associates one scan's detections with the tracks, already predicted to the scan time.</summary>
    public void Associate(
        PlanarKalmanFilter filter,
        ReadOnlySpan<PlanarTrackRecord> tracks,
        ReadOnlySpan<PlanarDetection> detections,
        ReadOnlySpan<bool> valid,
        Span<int> trackToMeasurement,
        Span<int> measurementToTrack)
    {
        trackToMeasurement[..tracks.Length].Fill(-1);
        measurementToTrack[..detections.Length].Fill(-1);
        if (tracks.IsEmpty || detections.IsEmpty)
        {
            return;
        }

        _assignment.Reset(tracks.Length);
        _assignment.MissCost.Fill(_missCost);
        var sink = new GnnSink(_assignment, _costOffset);
        Gate(filter, tracks, detections, valid, ref sink);
        _assignment.Solve(detections.Length, trackToMeasurement, measurementToTrack);
    }

    /// <summary>
    /// The JPDA marginals of one scan in <paramref name="jpda"/> (tracks already predicted to the
    /// scan time): l_ij = exp(−cost_ij/2) = P_D·N(z_j; ẑ_i, S_i)/λ, miss weight 1 − P_D·P_G.
    /// </summary>
    public void AssociateJpda(
        PlanarKalmanFilter filter,
        ReadOnlySpan<PlanarTrackRecord> tracks,
        ReadOnlySpan<PlanarDetection> detections,
        ReadOnlySpan<bool> valid,
        ClusteredJpda jpda)
    {
        jpda.Reset(tracks.Length, detections.Length);
        jpda.MissWeight.Fill(MissWeight);
        if (!tracks.IsEmpty && !detections.IsEmpty)
        {
            var sink = new JpdaSink(jpda, _costOffset);
            Gate(filter, tracks, detections, valid, ref sink);
        }

        jpda.Solve();
    }

    private void Gate<TSink>(PlanarKalmanFilter filter, ReadOnlySpan<PlanarTrackRecord> tracks, ReadOnlySpan<PlanarDetection> detections, ReadOnlySpan<bool> valid, ref TSink sink)
        where TSink : struct, IGatedPairSink
    {
        int n = tracks.Length;
        Grow(ref _radius, n);
        Grow(ref _radiusSorted, n);
        double r2 = 2 * filter.MeasurementVariance;
        for (int i = 0; i < n; i++)
        {
            ref readonly PlanarGaussianState s = ref tracks[i].State;
            _radius[i] = Math.Sqrt(GateThreshold * (s.Covariance[0] + s.Covariance[5] + r2));
            _radiusSorted[i] = _radius[i];
        }

        Span<double> sorted = _radiusSorted.AsSpan(0, n);
        sorted.Sort();
        _grid.Build(detections, valid, 2.0 * sorted[n / 2]);

        for (int i = 0; i < n; i++)
        {
            ref readonly PlanarGaussianState state = ref tracks[i].State;
            _grid.Query(new Vec3(state.Mean[0], state.Mean[1], 0), _radius[i], _candidates);
            foreach (int j in _candidates)
            {
                filter.Innovation(state, detections[j], out double nx, out double ny, out double sxx, out double sxy, out double syy);
                double det = (sxx * syy) - (sxy * sxy);
                if (!(det > 0))
                {
                    continue;
                }

                double d2 = ((syy * nx * nx) - (2 * sxy * nx * ny) + (sxx * ny * ny)) / det;
                if (d2 <= GateThreshold)
                {
                    sink.Add(i, j, d2, Math.Log(det));
                }
            }
        }
    }

    private readonly struct GnnSink(ClusteredAssignment assignment, double offset) : IGatedPairSink
    {
        public void Add(int track, int measurement, double d2, double logDetS) => assignment.Add(track, measurement, d2 + logDetS + offset);
    }

    private readonly struct JpdaSink(ClusteredJpda jpda, double offset) : IGatedPairSink
    {
        public void Add(int track, int measurement, double d2, double logDetS) =>
            jpda.Add(track, measurement, Math.Exp(Math.Clamp(-0.5 * (d2 + logDetS + offset), -700, 700)));
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
