using MathNet.Numerics;

namespace Rampart.Core.Sensors;

/// <summary>
/// Detection statistics of a square-law detector that non-coherently integrates (sums) the
/// detected power of <c>N</c> pulses and compares the sum with a fixed threshold, in white Gaussian
/// noise, for Swerling cases 0–4 (Richards, <i>Fundamentals of Radar Signal Processing</i>, ch. 6;
/// Mahafza, <i>Radar Systems Analysis and Design Using MATLAB</i>, ch. 2). Every case is computed
/// exactly (to ~1e-15 absolute); no approximation (Albersheim, Shnidman) is used. SNR is the mean
/// <b>single-pulse</b> signal-to-noise power ratio, as in the published required-SNR tables.
/// Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Implementation note — one exact algorithm for all five cases. With the noise power of each
/// pulse normalised to 1, the integrated noise is Gamma(N, 1), so P_fa = Q(N, T) (Q the regularised
/// upper incomplete gamma function). Working through the Laplace transform of the integrated power
/// in each case shows it is a mixture of gamma variables, Z ~ Gamma(N + J, θ), with a discrete
/// mixing variable J whose probabilities are all positive:
/// <list type="table">
/// <item><term>Swerling 0</term><description>J ~ Poisson(N·S), θ = 1 (the Poisson form of the generalised Marcum Q function).</description></item>
/// <item><term>Swerling 1</term><description>J ~ geometric with ratio b = N·S/(1 + N·S), θ = 1 (transform (1+u)^−(N−1)·(1 + (1+N·S)u)^−1 expanded in powers of 1/(1+u)).</description></item>
/// <item><term>Swerling 2</term><description>J = 0, θ = 1 + S (each pulse exponential with mean 1 + S).</description></item>
/// <item><term>Swerling 3</term><description>J ~ negative binomial(2, b) with b = (N·S/2)/(1 + N·S/2), θ = 1 (transform (1+u)^−(N−2)·(1 + (1+N·S/2)u)^−2).</description></item>
/// <item><term>Swerling 4</term><description>J ~ binomial(N, b) with b = (S/2)/(1 + S/2), θ = 1 + S/2 (transform ((1+u)/(1 + (1+S/2)u)²)^N, with 1 + u = (1 + θu)/θ + (1 − 1/θ)).</description></item>
/// </list>
/// so P_d = Σⱼ P(J = j)·Q(N + j, T/θ). Every term is positive (nothing cancels), Q(N + j, ·) rises to
/// 1 with j by an upward recurrence of positive terms, and once it is 1 to double precision the rest
/// of the sum is the tail P(J ≥ j), so about T + 10√T terms are needed whatever the SNR.
/// </remarks>
public static class DetectionStatistics
{
    /// <summary>Largest number of integrated pulses accepted (keeps every sum short).</summary>
    public const int MaxPulses = 100_000;

    /// <summary>
    /// Threshold T, normalised to the single-pulse mean noise power, that gives false-alarm
    /// probability <paramref name="pfa"/> for the sum of <paramref name="pulses"/> square-law detected
    /// pulses: Q(N, T) = P_fa, from the inverse incomplete gamma function (MathNet) polished by Newton
    /// steps on ln Q. For N = 1 it is −ln P_fa.
    /// </summary>
    public static double Threshold(double pfa, int pulses = 1)
    {
        ValidatePfa(pfa);
        ValidatePulses(pulses);
        if (pulses == 1)
        {
            return -Math.Log(pfa);
        }

        // Start from MathNet's inverse of the lower function (1 − P_fa loses ~1e-8 relative for tiny
        // P_fa), then Newton on f(T) = ln Q(N, T) − ln P_fa, f'(T) = −p(T)/Q with p the Gamma(N) density.
        double t = SpecialFunctions.GammaLowerRegularizedInv(pulses, 1.0 - pfa);
        if (!(t > 0) || !double.IsFinite(t))
        {
            t = pulses + (3.0 * Math.Sqrt(pulses)); // a safe starting point above the mean
        }

        double logPfa = Math.Log(pfa);
        for (int i = 0; i < 50; i++)
        {
            double q = SpecialFunctions.GammaUpperRegularized(pulses, t);
            double logDensity = ((pulses - 1) * Math.Log(t)) - t - SpecialFunctions.GammaLn(pulses);
            double step = (Math.Log(q) - logPfa) * q / Math.Exp(logDensity);
            double next = Math.Max(t + step, 0.5 * t);
            if (Math.Abs(next - t) <= 1e-13 * t)
            {
                return next;
            }

            t = next;
        }

        return t;
    }

    /// <summary>
    /// Probability of detection for <paramref name="pulses"/> non-coherently integrated pulses each of
    /// mean single-pulse SNR <paramref name="snr"/> (ratio, not dB), at false-alarm probability
    /// <paramref name="pfa"/>, for Swerling case <paramref name="swerling"/>.
    /// </summary>
    public static double Pd(double snr, double pfa, int pulses = 1, int swerling = 0) =>
        PdAtThreshold(snr, Threshold(pfa, pulses), pulses, swerling);

    /// <summary>As <see cref="Pd"/> with the threshold from <see cref="Threshold"/> already computed.</summary>
    public static double PdAtThreshold(double snr, double threshold, int pulses, int swerling)
    {
        ValidatePulses(pulses);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        if (double.IsNaN(snr))
        {
            throw new ArgumentOutOfRangeException(nameof(snr), snr, "SNR must be a number.");
        }

        double s = Math.Max(snr, 0.0);
        double n = pulses;
        switch (swerling)
        {
            case 0:
                return MixtureSum(pulses, threshold, Mixing.Poisson, n * s, 0.0, 0.0);
            case 1:
                {
                    double ns = n * s;
                    return MixtureSum(pulses, threshold, Mixing.Geometric, ns / (1.0 + ns), 1.0 / (1.0 + ns), 0.0);
                }

            case 2:
                return SpecialFunctions.GammaUpperRegularized(n, threshold / (1.0 + s));
            case 3:
                {
                    double half = 0.5 * n * s;
                    return MixtureSum(pulses, threshold, Mixing.NegativeBinomial2, half / (1.0 + half), 1.0 / (1.0 + half), 0.0);
                }

            case 4:
                {
                    double half = 0.5 * s;
                    return MixtureSum(pulses, threshold / (1.0 + half), Mixing.Binomial, half / (1.0 + half), 1.0 / (1.0 + half), n);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(swerling), swerling, "Swerling case must be 0–4.");
        }
    }

    /// <summary>
    /// Mean single-pulse SNR (ratio, not dB) needed for detection probability <paramref name="pd"/>
    /// at false-alarm probability <paramref name="pfa"/> with <paramref name="pulses"/> pulses
    /// non-coherently integrated, Swerling case <paramref name="swerling"/>. Bisection on SNR in dB
    /// over [−60, 100] dB (P_d rises monotonically with SNR) to 1e-7 dB.
    /// </summary>
    public static double RequiredSnr(double pd, double pfa, int pulses = 1, int swerling = 0)
    {
        ValidatePfa(pfa);
        ValidatePulses(pulses);
        if (!(pd > pfa && pd < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(pd), pd, "Pd must lie strictly between Pfa and 1.");
        }

        double threshold = Threshold(pfa, pulses);
        double lo = -60.0, hi = 100.0;
        if (PdAtThreshold(DetectionProbability.DbToRatio(hi), threshold, pulses, swerling) < pd)
        {
            throw new ArgumentOutOfRangeException(nameof(pd), pd, "Pd is not reached below 100 dB SNR.");
        }

        while (hi - lo > 1e-7)
        {
            double mid = 0.5 * (lo + hi);
            if (PdAtThreshold(DetectionProbability.DbToRatio(mid), threshold, pulses, swerling) < pd)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return DetectionProbability.DbToRatio(0.5 * (lo + hi));
    }

    private enum Mixing
    {
        Poisson,
        Geometric,
        NegativeBinomial2,
        Binomial,
    }

    /// <summary>
    /// Σⱼ P(J = j)·Q(N + j, x) for the mixing law <paramref name="law"/> (see the class remarks).
    /// </summary>
    /// <param name="p">Poisson: the mean; geometric, negative binomial, binomial: the ratio b.</param>
    /// <param name="oneMinusP">1 − b, passed separately to keep its precision when b is near 1.</param>
    /// <param name="trials">Binomial: the number of trials N.</param>
    private static double MixtureSum(int pulses, double x, Mixing law, double p, double oneMinusP, double trials)
    {
        // ln P(J = 0) and the log-ratio recurrences of each law.
        double logW;
        double logP = Math.Log(p);
        switch (law)
        {
            case Mixing.Poisson:
                logW = -p;
                break;
            case Mixing.Geometric:
                logW = Math.Log(oneMinusP);
                break;
            case Mixing.NegativeBinomial2:
                logW = 2.0 * Math.Log(oneMinusP);
                break;
            default:
                logW = trials * Math.Log(oneMinusP);
                break;
        }

        // Q(N + j, x) by the upward recurrence Q(m + 1, x) = Q(m, x) + xᵐ·e⁻ˣ/m!.
        double q = SpecialFunctions.GammaUpperRegularized(pulses, x);
        double logX = Math.Log(x);
        double logTerm = (pulses * logX) - x - SpecialFunctions.GammaLn(pulses + 1.0); // ln(x^N e^-x / N!)
        double sum = 0.0;
        double weightSoFar = 0.0;
        int maxJ = law == Mixing.Binomial ? (int)trials : int.MaxValue;
        for (int j = 0; ; j++)
        {
            double w = p > 0 || j == 0 ? Math.Exp(logW) : 0.0;
            sum += w * q;
            weightSoFar += w;
            double tail = Math.Max(1.0 - weightSoFar, 0.0); // P(J > j)
            if (j >= maxJ || tail < 1e-17)
            {
                break;
            }

            // 1 − Q(N + j, x) = Σ_{i ≥ N+j} Poisson(x) terms ≤ term·1/(1 − x/(N + j + 1)) once N + j + 1 > x
            // (the terms then fall at least geometrically). Testing this bound, not 1 − q, because q
            // itself can stall a rounding step below 1.
            double m = pulses + j + 1.0;
            if (m > x && Math.Exp(logTerm) / (1.0 - (x / m)) < 1e-17)
            {
                // Q is 1 to double precision from here on: the rest of the sum is the tail weight.
                sum += tail * q;
                break;
            }

            q = Math.Min(q + Math.Exp(logTerm), 1.0);
            logTerm += logX - Math.Log(pulses + j + 1.0);
            logW += law switch
            {
                Mixing.Poisson => logP - Math.Log(j + 1.0),
                Mixing.Geometric => logP,
                Mixing.NegativeBinomial2 => logP + Math.Log((j + 2.0) / (j + 1.0)),
                _ => logP - Math.Log(oneMinusP) + Math.Log((trials - j) / (j + 1.0)),
            };
        }

        return Math.Clamp(sum, 0.0, 1.0);
    }

    private static void ValidatePfa(double pfa)
    {
        if (!(pfa > 0 && pfa < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(pfa), pfa, "Pfa must lie strictly between 0 and 1.");
        }
    }

    private static void ValidatePulses(int pulses)
    {
        if (pulses < 1 || pulses > MaxPulses)
        {
            throw new ArgumentOutOfRangeException(nameof(pulses), pulses, $"The number of integrated pulses must be 1 to {MaxPulses}.");
        }
    }
}
