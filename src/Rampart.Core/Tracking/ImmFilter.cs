using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// Interacting multiple model filter (Blom &amp; Bar-Shalom 1988; Bar-Shalom, Li &amp; Kirubarajan
/// §11.6) with two nearly-constant-velocity models on the same 6-state: a quiet one with the
/// scenario's small process noise and a manoeuvre one with a large process noise ("CV–CV IMM").
/// One cycle is mixing → per-model Kalman prediction (<see cref="Predict"/>), then per-model
/// Kalman update with the converted measurement, mode probabilities from the innovation
/// likelihoods, and combination (<see cref="Update"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Both models share the state [p; v] and H = [I 0], so mixing needs no state augmentation.
/// The manoeuvre model treats an acceleration as white noise of intensity q_high; a sustained
/// acceleration a is followed with a lag of order a·T²·(1 − α)/β, small when q_high ≈ a²·T.</item>
/// <item>Mode switching is a continuous-time two-state Markov chain, so radars with different
/// scan periods and several scans at one instant give consistent transition probabilities:
/// rates λ_qm = −ln(p_stay,quiet)/1 s and λ_mq = −ln(p_stay,manoeuvre)/1 s, where p_stay is the
/// probability of not leaving the model within 1 s: 0.95 (quiet) and 0.90 (manoeuvre) by default
/// (mean sojourns about 19.5 s and 9.5 s; the probability of being in the same model 1 s later,
/// round trips included, is then 0.953 and 0.905). Over dt the
/// transition matrix is the chain's exact solution: π_q + (1 − π_q)·e^{−(λ_qm+λ_mq)·dt} for staying
/// quiet, with π_q = λ_mq/(λ_qm + λ_mq) the stationary quiet probability. dt = 0 switches nothing.</item>
/// <item>A new track starts both models at the single-point initiator's state with the chain's
/// stationary mode probabilities (2/3 quiet, 1/3 manoeuvre with the defaults).</item>
/// <item>Model likelihood: the Gaussian density of the innovation z − H·x_j with covariance
/// S_j = H·P_j·Hᵀ + R, computed in the log domain (constants cancel in the normalisation).</item>
/// <item>A scan without an associated detection leaves the mode probabilities at their predicted
/// (switched) values — no negative information from the miss.</item>
/// <item>Gating and GNN association use the combined (moment-matched) prediction, whose
/// covariance includes the spread between the models, so the gate widens when the models disagree.</item>
/// </list>
/// </remarks>
internal sealed class ImmFilter
{
    private readonly ConstantVelocityKalmanFilter _quiet;
    private readonly ConstantVelocityKalmanFilter _manoeuvre;
    private readonly double _rateQuietToManoeuvre;
    private readonly double _rateManoeuvreToQuiet;

    /// <param name="processNoise">Quiet model's white-noise acceleration intensity q, m²/s³.</param>
    /// <param name="manoeuvreProcessNoise">Manoeuvre model's intensity q_high, m²/s³.</param>
    /// <param name="quietStayProbability">Probability of staying in the quiet model over 1 s, in (0, 1).</param>
    /// <param name="manoeuvreStayProbability">Probability of staying in the manoeuvre model over 1 s, in (0, 1).</param>
    public ImmFilter(double processNoise, double manoeuvreProcessNoise, double quietStayProbability = 0.95, double manoeuvreStayProbability = 0.90)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(processNoise);
        ArgumentOutOfRangeException.ThrowIfNegative(manoeuvreProcessNoise);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quietStayProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(quietStayProbability, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(manoeuvreStayProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(manoeuvreStayProbability, 1);
        _quiet = new ConstantVelocityKalmanFilter(processNoise);
        _manoeuvre = new ConstantVelocityKalmanFilter(manoeuvreProcessNoise);
        _rateQuietToManoeuvre = -Math.Log(quietStayProbability);
        _rateManoeuvreToQuiet = -Math.Log(manoeuvreStayProbability);
    }

    /// <summary>Stationary probability of the quiet model, the initial mode probability of a new track.</summary>
    public double StationaryQuietProbability => _rateManoeuvreToQuiet / (_rateQuietToManoeuvre + _rateManoeuvreToQuiet);

    /// <summary>A new IMM state with both models at <paramref name="initial"/> and the stationary mode probabilities.</summary>
    public ImmState Initiate(in GaussianState initial) =>
        new() { Quiet = initial, Manoeuvre = initial, QuietProbability = StationaryQuietProbability };

    /// <summary>
    /// Probabilities of staying in each model over <paramref name="dt"/> seconds (|dt| for a
    /// retrodiction), from the continuous-time chain.
    /// </summary>
    public (double StayQuiet, double StayManoeuvre) StayProbabilities(double dt)
    {
        double total = _rateQuietToManoeuvre + _rateManoeuvreToQuiet;
        double decay = Math.Exp(-total * Math.Abs(dt));
        double piQuiet = _rateManoeuvreToQuiet / total;
        double piManoeuvre = 1.0 - piQuiet;
        return (piQuiet + (piManoeuvre * decay), piManoeuvre + (piQuiet * decay));
    }

    /// <summary>
    /// Mixing and per-model prediction by <paramref name="dt"/> seconds, in place; writes the
    /// combined prediction to <paramref name="combined"/>.
    /// </summary>
    public void Predict(ref ImmState state, double dt, out GaussianState combined)
    {
        if (dt != 0)
        {
            (double pqq, double pmm) = StayProbabilities(dt);
            double muQ = state.QuietProbability, muM = 1.0 - muQ;

            // Predicted mode probabilities c_j = Σ_i p_ij·μ_i and mixing weights μ_{i|j} = p_ij·μ_i / c_j.
            double cQ = (pqq * muQ) + ((1 - pmm) * muM);
            double cM = ((1 - pqq) * muQ) + (pmm * muM);
            double wQQ = pqq * muQ / cQ, wMM = pmm * muM / cM;

            GaussianState quiet = state.Quiet, manoeuvre = state.Manoeuvre;
            Combine(quiet, manoeuvre, wQQ, out state.Quiet);
            Combine(manoeuvre, quiet, wMM, out state.Manoeuvre);
            state.QuietProbability = cQ / (cQ + cM);

            _quiet.Predict(ref state.Quiet, dt);
            _manoeuvre.Predict(ref state.Manoeuvre, dt);
        }

        Combine(state.Quiet, state.Manoeuvre, state.QuietProbability, out combined);
    }

    /// <summary>
    /// Per-model Kalman update with <paramref name="measurement"/>, mode-probability update from
    /// the innovation likelihoods, in place; writes the combined estimate to <paramref name="combined"/>.
    /// </summary>
    public static void Update(ref ImmState state, in ConvertedMeasurement measurement, out GaussianState combined)
    {
        double logLq = LogLikelihood(state.Quiet, measurement);
        double logLm = LogLikelihood(state.Manoeuvre, measurement);
        ConstantVelocityKalmanFilter.Update(ref state.Quiet, measurement);
        ConstantVelocityKalmanFilter.Update(ref state.Manoeuvre, measurement);

        // μ_j ∝ Λ_j·c_j, scaled by the larger likelihood so neither underflows.
        double top = Math.Max(logLq, logLm);
        double q = state.QuietProbability * Math.Exp(logLq - top);
        double m = (1.0 - state.QuietProbability) * Math.Exp(logLm - top);
        state.QuietProbability = q / (q + m);

        // Keep both models alive: a probability that reaches 0 or 1 in floating point can never
        // come back through the likelihood ratio. 1e-9 is far below any value that matters.
        state.QuietProbability = Math.Clamp(state.QuietProbability, 1e-9, 1 - 1e-9);
        Combine(state.Quiet, state.Manoeuvre, state.QuietProbability, out combined);
    }

    /// <summary>ln N(ν; 0, S) + (3/2)·ln 2π for the model's innovation.</summary>
    private static double LogLikelihood(in GaussianState state, in ConvertedMeasurement measurement)
    {
        ConstantVelocityKalmanFilter.Innovation(state, measurement, out Vec3 nu, out SymmetricMatrix3 s);
        double det = s.Determinant;
        return -0.5 * (s.Inverse().QuadraticForm(nu) + Math.Log(det));
    }

    /// <summary>
    /// Moment matching of the two-component mixture w·a + (1 − w)·b:
    /// x = Σ w_i·x_i, P = Σ w_i·(P_i + (x_i − x)(x_i − x)ᵀ).
    /// </summary>
    private static void Combine(in GaussianState a, in GaussianState b, double w, out GaussianState result)
    {
        result = default;
        double v = 1.0 - w;
        Span<double> da = stackalloc double[6];
        Span<double> db = stackalloc double[6];
        for (int i = 0; i < 6; i++)
        {
            result.Mean[i] = (w * a.Mean[i]) + (v * b.Mean[i]);
            da[i] = a.Mean[i] - result.Mean[i];
            db[i] = b.Mean[i] - result.Mean[i];
        }

        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                int k = (i * 6) + j;
                result.Covariance[k] = (w * (a.Covariance[k] + (da[i] * da[j]))) + (v * (b.Covariance[k] + (db[i] * db[j])));
            }
        }
    }
}
