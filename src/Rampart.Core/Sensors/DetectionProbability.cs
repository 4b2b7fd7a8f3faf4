namespace Rampart.Core.Sensors;

/// <summary>
/// Single-pulse (single-look) probability of detection of a square-law detector with a fixed
/// threshold in white Gaussian noise, for Swerling cases 0–4 (Richards, <i>Fundamentals of Radar
/// Signal Processing</i>, ch. 6; Mahafza, <i>Radar Systems Analysis and Design Using MATLAB</i>,
/// ch. 2). SNR is the mean signal-to-noise power ratio as a plain ratio (not dB) unless a name
/// says dB. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumption: one look per target per scan, no pulse integration. With a single pulse,
/// Swerling 2 equals Swerling 1 and Swerling 4 equals Swerling 3 (the cases differ only in
/// whether the cross-section decorrelates between the pulses that are integrated).
/// </remarks>
public static class DetectionProbability
{
    /// <summary>
    /// Detection threshold, normalised to the mean noise power, that gives false-alarm probability
    /// <paramref name="pfa"/> per resolution cell: T = −ln P_fa (noise power after a square-law
    /// detector is exponential with mean 1).
    /// </summary>
    public static double Threshold(double pfa)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pfa);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pfa, 1.0);
        return -Math.Log(pfa);
    }

    /// <summary>Probability of detection for one look at mean SNR <paramref name="snr"/> (ratio).</summary>
    /// <param name="snr">Mean signal-to-noise power ratio, not dB (≥ 0).</param>
    /// <param name="pfa">False-alarm probability per cell, in (0, 1).</param>
    /// <param name="swerling">Swerling case 0–4.</param>
    public static double SinglePulse(double snr, double pfa, int swerling) => AtThreshold(snr, Threshold(pfa), swerling);

    /// <summary>
    /// As <see cref="SinglePulse"/> but with the threshold T = −ln P_fa already computed (the
    /// radar's per-scan loop uses this).
    /// </summary>
    public static double AtThreshold(double snr, double threshold, int swerling)
    {
        double s = Math.Max(snr, 0.0);
        switch (swerling)
        {
            case 0:
                // Steady target: P_d = Q₁(√(2·SNR), √(2T)) (Marcum Q of order 1).
                return PoissonNotExceeding(threshold, s);
            case 1:
            case 2:
                // Exponential (chi-square, 2 dof) cross-section: the detected power is exponential
                // with mean 1 + SNR, so P_d = exp(−T/(1+SNR)) = P_fa^(1/(1+SNR)).
                return Math.Exp(-threshold / (1.0 + s));
            case 3:
            case 4:
                // Chi-square 4-dof cross-section (one dominant scatterer plus small ones). Derived
                // from the characteristic function: the detected power's Laplace transform is
                // (1+u)/(1+u·c)² with c = 1 + SNR/2, whose inverse has the tail
                // P_d = exp(−T/c)·(1 + (SNR/2)·T/c²) = exp(−T/(1+SNR/2))·(1 + 2·T·SNR/(2+SNR)²),
                // the single-pulse Swerling 3 expression given by Richards and by Mahafza.
                {
                    double c = 1.0 + (0.5 * s);
                    return Math.Exp(-threshold / c) * (1.0 + (2.0 * threshold * s / ((2.0 + s) * (2.0 + s))));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(swerling), swerling, "Swerling case must be 0–4.");
        }
    }

    /// <summary>
    /// Marcum's Q function of order 1, Q₁(a, b) = ∫_b^∞ x·exp(−(x²+a²)/2)·I₀(a·x) dx: the
    /// probability that a Rician variable with signal amplitude <paramref name="a"/> (unit noise
    /// standard deviation per component) exceeds <paramref name="b"/>. Accurate to about 1e-14
    /// absolute for any a, b ≥ 0.
    /// </summary>
    /// <remarks>
    /// Implementation note: Q₁(a, b) = P(M ≤ N) with N ~ Poisson(a²/2) and M ~ Poisson(b²/2)
    /// independent. This follows from writing the non-central chi-square with 2 degrees of freedom
    /// as a Poisson(a²/2) mixture of central chi-squares with 2 + 2N degrees of freedom, whose
    /// upper tail at b² is P(Poisson(b²/2) ≤ N) (Shnidman, IEEE Trans. IT 35(2), 1989). Every term
    /// is positive and the sum is truncated with a proven bound, so nothing cancels badly and no
    /// Bessel function of large argument is needed.
    /// </remarks>
    public static double MarcumQ1(double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        return PoissonNotExceeding(0.5 * b * b, 0.5 * a * a);
    }

    /// <summary>
    /// Mean SNR (ratio, not dB) needed for detection probability <paramref name="pd"/> at
    /// false-alarm probability <paramref name="pfa"/> with one look at a Swerling
    /// <paramref name="swerling"/> target. Found by bisection on SNR in dB over [−30, 100] dB
    /// (P_d rises monotonically with SNR in every case) to 1e-9 dB.
    /// </summary>
    public static double RequiredSnr(double pd, double pfa, int swerling)
    {
        double threshold = Threshold(pfa);
        if (!(pd > pfa && pd < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(pd), pd, "Pd must lie strictly between Pfa and 1.");
        }

        double lo = -30.0, hi = 100.0;
        if (AtThreshold(DbToRatio(hi), threshold, swerling) < pd)
        {
            throw new ArgumentOutOfRangeException(nameof(pd), pd, "Pd is not reached below 100 dB SNR.");
        }

        while (hi - lo > 1e-9)
        {
            double mid = 0.5 * (lo + hi);
            if (AtThreshold(DbToRatio(mid), threshold, swerling) < pd)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return DbToRatio(0.5 * (lo + hi));
    }

    /// <summary>Power ratio → decibels.</summary>
    public static double RatioToDb(double ratio) => 10.0 * Math.Log10(ratio);

    /// <summary>Decibels → power ratio.</summary>
    public static double DbToRatio(double db) => Math.Pow(10.0, db / 10.0);

    /// <summary>
    /// P(M ≤ N) for independent M ~ Poisson(<paramref name="mu"/>) and N ~ Poisson(<paramref name="lambda"/>):
    /// Σⱼ P(M = j)·P(N ≥ j).
    /// </summary>
    /// <remarks>
    /// Implementation note: for the means a radar meets (threshold T = −ln P_fa below ~50, any SNR)
    /// the Poisson terms are built by plain multiplicative recurrences, about 60 terms and no
    /// transcendental call per term; the radar evaluates this for every steady target every scan.
    /// Means above <see cref="LinearRecurrenceLimit"/>, where exp(−mean) would underflow, use the
    /// same sum with the recurrences in log space.
    /// </remarks>
    private static double PoissonNotExceeding(double mu, double lambda)
    {
        if (lambda <= 0.0)
        {
            return Math.Exp(-mu); // N = 0: P(M = 0).
        }

        if (mu <= 0.0)
        {
            return 1.0; // M = 0 ≤ N always.
        }

        if (mu < LinearRecurrenceLimit && lambda < LinearRecurrenceLimit)
        {
            double pm = Math.Exp(-mu);     // P(M = j)
            double pn = Math.Exp(-lambda); // P(N = j)
            double nBelow = 0.0;           // P(N < j)
            double total = 0.0;
            for (int j = 0; ; j++)
            {
                double nAtLeast = Math.Max(1.0 - nBelow, 0.0);
                total += pm * nAtLeast;
                if (j + 2 > mu && TailIsNegligible(pm, mu, j, nAtLeast))
                {
                    break;
                }

                nBelow += pn;
                double inv = 1.0 / (j + 1);
                pn *= lambda * inv;
                pm *= mu * inv;
            }

            return Math.Min(total, 1.0);
        }

        double logLambda = Math.Log(lambda), logMu = Math.Log(mu);
        double logPn = -lambda; // ln P(N = j)
        double logPm = -mu;     // ln P(M = j)
        double below = 0.0;     // P(N < j)
        double sum = 0.0;
        for (int j = 0; ; j++)
        {
            double pm = Math.Exp(logPm);
            double nAtLeast = Math.Max(1.0 - below, 0.0);
            sum += pm * nAtLeast;
            if (j + 2 > mu && TailIsNegligible(pm, mu, j, nAtLeast))
            {
                break;
            }

            below += Math.Exp(logPn);
            double logNext = Math.Log(j + 1);
            logPn += logLambda - logNext;
            logPm += logMu - logNext;
        }

        return Math.Min(sum, 1.0);
    }

    /// <summary>Means below this use linear-space recurrences (exp(−600) ≈ 2.7e-261 is still a normal double).</summary>
    private const double LinearRecurrenceLimit = 600.0;

    /// <summary>
    /// True when the terms after j cannot change the sum: for j + 2 &gt; mu the ratio of
    /// successive Poisson(mu) terms is at most r = mu/(j+2) &lt; 1, so
    /// Σ_{i&gt;j} P(M=i) ≤ P(M=j)·(mu/(j+1))/(1−r), and P(N ≥ i) only falls with i.
    /// </summary>
    private static bool TailIsNegligible(double pm, double mu, int j, double nAtLeast)
    {
        double r = mu / (j + 2);
        double tail = pm * (mu / (j + 1)) / (1.0 - r);
        return tail * nAtLeast < 1e-17;
    }
}
