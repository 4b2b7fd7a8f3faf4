using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Tracking;
using Rampart.Core.Tracking.Metrics;
using Rampart.Core.Tracking.Motion;

namespace Rampart.Core.Tests.Tracking.Motion;

/// <summary>
/// Consistency of the 3-D filters (Bar-Shalom, Li &amp; Kirubarajan §5.4.2): over M independent
/// runs the NEES averaged at each step must lie in [χ²_{nM}(0.025), χ²_{nM}(0.975)]/M. The truth
/// follows each filter's own model with the exact discrete process noise (sampled through the
/// Cholesky factor of Q, per axis), the measurement is the position with noise N(0, σ²·I), and the
/// filter starts from the truth plus a draw from its own initial covariance — so a correct filter
/// passes. Bounds come from MathNet's chi-square quantiles, not from the code under test.
/// </summary>
public class MotionNeesTests
{
    private const int Runs = 100;
    private const int Steps = 40;
    private const double SigmaM = 40;
    private const double Dt = 1.0;

    [Fact]
    public void ConstantVelocity_AveragedNees_LiesInsideChiSquareBounds()
    {
        const double q = 2.0;

        // Per axis F = [1 T; 0 1], Q = q·[T³/3 T²/2; T²/2 T].
        double[,] f = { { 1, Dt }, { 0, 1 } };
        double[,] qa = { { q * Dt * Dt * Dt / 3, q * Dt * Dt / 2 }, { q * Dt * Dt / 2, q * Dt } };
        var filter = new ConstantVelocityKalmanFilter(q);
        GaussianState state = default;
        AssertConsistent(2, f, qa, [SigmaM * SigmaM, 100 * 100], seed: 101,
            init: (mean, cov) => state = Gaussian(mean, cov),
            step: z =>
            {
                filter.Predict(ref state, Dt);
                ConstantVelocityKalmanFilter.Update(ref state, z);
                return Flatten(state);
            });
    }

    [Fact]
    public void ConstantAcceleration_AveragedNees_LiesInsideChiSquareBounds()
    {
        const double q = 0.5;

        // Per axis F = [1 T T²/2; 0 1 T; 0 0 1], Q = q·[T⁵/20 T⁴/8 T³/6; T⁴/8 T³/3 T²/2; T³/6 T²/2 T].
        double[,] f = { { 1, Dt, Dt * Dt / 2 }, { 0, 1, Dt }, { 0, 0, 1 } };
        double t2 = Dt * Dt, t3 = t2 * Dt, t4 = t3 * Dt, t5 = t4 * Dt;
        double[,] qa = { { q * t5 / 20, q * t4 / 8, q * t3 / 6 }, { q * t4 / 8, q * t3 / 3, q * t2 / 2 }, { q * t3 / 6, q * t2 / 2, q * Dt } };
        var model = new ConstantAccelerationModel(q);
        ModelState state = default;
        AssertConsistent(3, f, qa, [SigmaM * SigmaM, 100 * 100, 10 * 10], seed: 202,
            init: (mean, cov) =>
            {
                state = default;
                for (int i = 0; i < 9; i++)
                {
                    state.Mean[i] = mean[i];
                    state.Covariance[(i * 9) + i] = cov[i];
                }
            },
            step: z =>
            {
                model.Predict(ref state, Dt);
                ModelAlgebra.Update(ref state, 9, z);
                var flat = new double[9 + 81];
                for (int i = 0; i < 9; i++)
                {
                    flat[i] = state.Mean[i];
                    for (int j = 0; j < 9; j++)
                    {
                        flat[9 + (i * 9) + j] = state.Covariance[(i * 9) + j];
                    }
                }

                return flat;
            });
    }

    /// <summary>
    /// Runs the Monte Carlo and checks the averaged NEES. State layout: block b (position,
    /// velocity, acceleration) of axis a at index 3·b + a. <paramref name="step"/> returns the
    /// estimate (n means then n×n covariance).
    /// </summary>
    private static void AssertConsistent(int perAxis, double[,] f, double[,] q, double[] initialVariance, int seed,
        Action<double[], double[]> init, Func<ConvertedMeasurement, double[]> step)
    {
        int n = 3 * perAxis;
        double[,] l = Cholesky(q);
        var random = new Random(seed);
        var sum = new double[Steps];
        var r = SymmetricMatrix3.Diagonal(SigmaM * SigmaM, SigmaM * SigmaM, SigmaM * SigmaM);
        for (int run = 0; run < Runs; run++)
        {
            var x = new double[n];
            for (int a = 0; a < 3; a++)
            {
                x[a] = random.NextDouble() * 50_000;
                x[3 + a] = (random.NextDouble() - 0.5) * 600;
            }

            var mean = new double[n];
            var cov = new double[n];
            for (int i = 0; i < n; i++)
            {
                cov[i] = initialVariance[i / 3];
                mean[i] = x[i] + Normal.Sample(random, 0, Math.Sqrt(cov[i]));
            }

            init(mean, cov);
            for (int k = 1; k < Steps; k++)
            {
                for (int a = 0; a < 3; a++)
                {
                    var w = new double[perAxis];
                    var noise = new double[perAxis];
                    for (int i = 0; i < perAxis; i++)
                    {
                        noise[i] = Normal.Sample(random, 0, 1);
                    }

                    for (int i = 0; i < perAxis; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            w[i] += l[i, j] * noise[j];
                        }
                    }

                    var next = new double[perAxis];
                    for (int i = 0; i < perAxis; i++)
                    {
                        for (int j = 0; j < perAxis; j++)
                        {
                            next[i] += f[i, j] * x[(3 * j) + a];
                        }
                    }

                    for (int i = 0; i < perAxis; i++)
                    {
                        x[(3 * i) + a] = next[i] + w[i];
                    }
                }

                var z = new Vec3(x[0] + Normal.Sample(random, 0, SigmaM), x[1] + Normal.Sample(random, 0, SigmaM), x[2] + Normal.Sample(random, 0, SigmaM));
                double[] estimate = step(new ConvertedMeasurement(z, r));
                var error = new double[n];
                for (int i = 0; i < n; i++)
                {
                    error[i] = x[i] - estimate[i];
                }

                sum[k] += Nees.Compute(error, estimate.AsSpan(n, n * n));
            }
        }

        // For M = 100 runs: n = 6 → [5.34, 6.70]; n = 9 → [8.19, 9.85] (χ² quantiles, MathNet).
        double lo = ChiSquared.InvCDF(n * Runs, 0.025) / Runs, hi = ChiSquared.InvCDF(n * Runs, 0.975) / Runs;
        int outside = 0;
        double total = 0;
        for (int k = 1; k < Steps; k++)
        {
            double mean = sum[k] / Runs;
            total += mean;
            outside += mean < lo || mean > hi ? 1 : 0;
        }

        // 39 steps at 95 % each: about 2 outside expected; 6 or more would be very unlikely (< 2 %)
        // for a consistent filter (binomial tail, ignoring the correlation between steps). The mean
        // over all steps must also be within 10 % of n.
        Assert.True(outside <= 5, $"{outside} of {Steps - 1} steps outside [{lo:F2}, {hi:F2}]");
        Assert.InRange(total / (Steps - 1), 0.9 * n, 1.1 * n);
    }

    private static double[,] Cholesky(double[,] a)
    {
        int n = a.GetLength(0);
        var l = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = a[i, j];
                for (int k = 0; k < j; k++)
                {
                    s -= l[i, k] * l[j, k];
                }

                l[i, j] = i == j ? Math.Sqrt(s) : s / l[j, j];
            }
        }

        return l;
    }

    private static GaussianState Gaussian(double[] mean, double[] variance)
    {
        GaussianState s = default;
        for (int i = 0; i < 6; i++)
        {
            s.Mean[i] = mean[i];
            s.Covariance[(i * 6) + i] = variance[i];
        }

        return s;
    }

    private static double[] Flatten(in GaussianState s)
    {
        var flat = new double[6 + 36];
        for (int i = 0; i < 6; i++)
        {
            flat[i] = s.Mean[i];
        }

        for (int k = 0; k < 36; k++)
        {
            flat[6 + k] = s.Covariance[k];
        }

        return flat;
    }
}
