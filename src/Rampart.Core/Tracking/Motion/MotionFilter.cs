namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// The command post's filter for one track, on one motion model (constant acceleration) or as an
/// interacting multiple model of two (Blom &amp; Bar-Shalom 1988; Bar-Shalom, Li &amp; Kirubarajan
/// §11.6): constant velocity + coordinated turn. One IMM cycle is mixing → per-model prediction
/// (<see cref="Predict"/>), then per-model update with the converted measurement, mode
/// probabilities from the innovation likelihoods, and combination (<see cref="Update"/>). The
/// combined [x y z vx vy vz] marginal is what gating, association and the track snapshots use.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions (IMM):
/// <list type="bullet">
/// <item>Both models share one state (the CV model carries the CT model's turn rate inertly,
/// see <see cref="ConstantVelocityModel"/>), so mixing is a plain moment match.</item>
/// <item>Mode switching is a continuous-time two-state Markov chain, so radars with different
/// scan periods and several scans at one instant give consistent transition probabilities:
/// rates λ₁₂ = −ln(p_stay,1)/1 s and λ₂₁ = −ln(p_stay,2)/1 s, where p_stay is the probability of
/// not leaving the model within 1 s: 0.95 (CV) and 0.90 (CT) by default (mean sojourns about
/// 19.5 s and 9.5 s). Over dt the transition matrix is the chain's exact solution:
/// π₁ + (1 − π₁)·e^{−(λ₁₂+λ₂₁)·dt} for staying in model 1, with π₁ = λ₂₁/(λ₁₂ + λ₂₁) the stationary
/// probability. dt = 0 switches nothing.</item>
/// <item>A new track starts both models at the initiator's state (turn rate 0 ± σ_ω0) with the
/// chain's stationary mode probabilities (2/3 CV, 1/3 CT with the defaults).</item>
/// <item>Model likelihood: the Gaussian density of the innovation with S_j = H·P_j·Hᵀ + R, in the
/// log domain. With JPDA, Λ_j = β₀ + Σ_k β_k·N_j(ν_k)/N(ν_k), N the combined prediction's density:
/// the PDA likelihood (1 − P_D·P_G) + (P_D/λ)·Σ_k N_j(ν_k) up to a factor common to both models,
/// since β_k ∝ (P_D/λ)·N(ν_k). Both models use the same association weights β.</item>
/// <item>A coasting track (no update) keeps its mode probabilities at their predicted values.</item>
/// </list>
/// </remarks>
internal sealed class MotionFilter
{
    private readonly IMotionModel _first;
    private readonly IMotionModel? _second;
    private readonly double _rate12;
    private readonly double _rate21;
    private readonly double _extraVariance;

    /// <summary>A single-model filter.</summary>
    /// <param name="extraInitialVariance">Initial variance of the components beyond [p v] (CA: acceleration, (m/s²)²).</param>
    public MotionFilter(IMotionModel model, double extraInitialVariance)
    {
        ArgumentNullException.ThrowIfNull(model);
        _first = model;
        _extraVariance = extraInitialVariance;
        Dimension = model.Dimension;
    }

    /// <summary>A two-model IMM.</summary>
    /// <param name="extraInitialVariance">Initial variance of the components beyond [p v] (CT: turn rate, (rad/s)²).</param>
    /// <param name="firstStayProbability">Probability of staying in the first model over 1 s, in (0, 1).</param>
    /// <param name="secondStayProbability">Probability of staying in the second model over 1 s, in (0, 1).</param>
    public MotionFilter(IMotionModel first, IMotionModel second, double extraInitialVariance, double firstStayProbability = 0.95, double secondStayProbability = 0.90)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Dimension != second.Dimension)
        {
            throw new ArgumentException($"IMM models must share one state: dimensions {first.Dimension} and {second.Dimension}.", nameof(second));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstStayProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(firstStayProbability, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(secondStayProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(secondStayProbability, 1);
        _first = first;
        _second = second;
        _extraVariance = extraInitialVariance;
        _rate12 = -Math.Log(firstStayProbability);
        _rate21 = -Math.Log(secondStayProbability);
        Dimension = first.Dimension;
    }

    /// <summary>State dimension shared by the model(s).</summary>
    public int Dimension { get; }

    /// <summary>True for a two-model IMM.</summary>
    public bool IsImm => _second is not null;

    /// <summary>Stationary probability of the first model (1 for a single model): a new track's.</summary>
    public double StationaryFirstProbability => _second is null ? 1.0 : _rate21 / (_rate12 + _rate21);

    /// <summary>A new track's state: every model at <paramref name="initial"/> (extra components 0 ± their initial sigma).</summary>
    public MotionState Initiate(in GaussianState initial)
    {
        ModelState s = ModelState.FromGaussian(initial, Dimension, _extraVariance);
        return new MotionState { First = s, Second = _second is null ? default : s, FirstProbability = StationaryFirstProbability };
    }

    /// <summary>
    /// Probabilities of staying in each model over <paramref name="dt"/> seconds (|dt| for a
    /// retrodiction), from the continuous-time chain.
    /// </summary>
    public (double StayFirst, double StaySecond) StayProbabilities(double dt)
    {
        double total = _rate12 + _rate21;
        double decay = Math.Exp(-total * Math.Abs(dt));
        double pi1 = _rate21 / total;
        double pi2 = 1.0 - pi1;
        return (pi1 + (pi2 * decay), pi2 + (pi1 * decay));
    }

    /// <summary>Mixing and per-model prediction by <paramref name="dt"/> seconds, in place; writes the combined [p v] prediction.</summary>
    public void Predict(ref MotionState state, double dt, out GaussianState combined)
    {
        if (_second is null)
        {
            _first.Predict(ref state.First, dt);
            state.First.ToGaussian(out combined);
            return;
        }

        if (dt != 0)
        {
            (double p11, double p22) = StayProbabilities(dt);
            double mu1 = state.FirstProbability, mu2 = 1.0 - mu1;

            // Predicted mode probabilities c_j = Σ_i p_ij·μ_i and mixing weights μ_{i|j} = p_ij·μ_i / c_j.
            double c1 = (p11 * mu1) + ((1 - p22) * mu2);
            double c2 = ((1 - p11) * mu1) + (p22 * mu2);
            double w11 = p11 * mu1 / c1, w22 = p22 * mu2 / c2;

            ModelState first = state.First, second = state.Second;
            ModelAlgebra.Combine(first, second, w11, Dimension, out state.First);
            ModelAlgebra.Combine(second, first, w22, Dimension, out state.Second);
            state.FirstProbability = c1 / (c1 + c2);

            _first.Predict(ref state.First, dt);
            _second.Predict(ref state.Second, dt);
        }

        CombineToGaussian(state, out combined);
    }

    /// <summary>Per-model Kalman update with <paramref name="measurement"/> and the mode-probability update, in place.</summary>
    public void Update(ref MotionState state, in ConvertedMeasurement measurement, out GaussianState combined)
    {
        if (_second is null)
        {
            ModelAlgebra.Update(ref state.First, Dimension, measurement);
            state.First.ToGaussian(out combined);
            return;
        }

        double log1 = ModelAlgebra.LogLikelihood(state.First, measurement);
        double log2 = ModelAlgebra.LogLikelihood(state.Second, measurement);
        ModelAlgebra.Update(ref state.First, Dimension, measurement);
        ModelAlgebra.Update(ref state.Second, Dimension, measurement);
        SetModeProbabilities(ref state, log1, log2);
        CombineToGaussian(state, out combined);
    }

    /// <summary>
    /// The JPDA/PDA update: every model updated as the mixture of "missed" (weight
    /// <paramref name="missWeight"/>) and "measurement k" (weight <paramref name="weights"/>[k]);
    /// mode probabilities from the PDA likelihood (see the remarks). <paramref name="predicted"/> is
    /// the combined prediction the weights were computed against.
    /// </summary>
    public void UpdatePda(ref MotionState state, in GaussianState predicted, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<double> weights, double missWeight, out GaussianState combined)
    {
        if (_second is null)
        {
            ModelAlgebra.UpdatePda(ref state.First, Dimension, measurements, weights, missWeight);
            state.First.ToGaussian(out combined);
            return;
        }

        double l1 = missWeight, l2 = missWeight;
        for (int k = 0; k < measurements.Length; k++)
        {
            if (weights[k] <= 0)
            {
                continue;
            }

            double logCombined = LogLikelihood(predicted, measurements[k]);
            l1 += weights[k] * Math.Exp(Math.Min(ModelAlgebra.LogLikelihood(state.First, measurements[k]) - logCombined, 700));
            l2 += weights[k] * Math.Exp(Math.Min(ModelAlgebra.LogLikelihood(state.Second, measurements[k]) - logCombined, 700));
        }

        ModelAlgebra.UpdatePda(ref state.First, Dimension, measurements, weights, missWeight);
        ModelAlgebra.UpdatePda(ref state.Second, Dimension, measurements, weights, missWeight);
        SetModeProbabilities(ref state, Math.Log(l1), Math.Log(l2));
        CombineToGaussian(state, out combined);
    }

    /// <summary>The combined estimate over the full state (all components, not only [p v]).</summary>
    public ModelState Combined(in MotionState state)
    {
        if (_second is null)
        {
            return state.First;
        }

        ModelAlgebra.Combine(state.First, state.Second, state.FirstProbability, Dimension, out ModelState c);
        return c;
    }

    private static double LogLikelihood(in GaussianState s, in ConvertedMeasurement z)
    {
        ConstantVelocityKalmanFilter.Innovation(s, z, out Geo.Vec3 nu, out SymmetricMatrix3 cov);
        return -0.5 * (cov.Inverse().QuadraticForm(nu) + Math.Log(cov.Determinant));
    }

    /// <summary>μ_j ∝ Λ_j·c_j, scaled by the larger likelihood so neither underflows.</summary>
    private static void SetModeProbabilities(ref MotionState state, double log1, double log2)
    {
        double top = Math.Max(log1, log2);
        double a = state.FirstProbability * Math.Exp(log1 - top);
        double b = (1.0 - state.FirstProbability) * Math.Exp(log2 - top);

        // Keep both models alive: a probability that reaches 0 or 1 in floating point can never
        // come back through the likelihood ratio. 1e-9 is far below any value that matters.
        state.FirstProbability = Math.Clamp(a / (a + b), 1e-9, 1 - 1e-9);
    }

    private void CombineToGaussian(in MotionState state, out GaussianState combined)
    {
        ModelAlgebra.Combine(state.First, state.Second, state.FirstProbability, Dimension, out ModelState c);
        c.ToGaussian(out combined);
    }
}
