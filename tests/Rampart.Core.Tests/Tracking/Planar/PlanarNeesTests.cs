using MathNet.Numerics.Distributions;
using Rampart.Core.Tracking.Metrics;
using Rampart.Core.Tracking.Planar;

namespace Rampart.Core.Tests.Tracking.Planar;

public class PlanarNeesTests
{
    // Consistency test of Bar-Shalom, Li & Kirubarajan §5.4.2: over M independent runs the
    // averaged NEES at each step must lie in [χ²_{4M}(0.025), χ²_{4M}(0.975)]/M for a 4-state
    // filter (for M = 100: about [3.46, 4.58]). The truth follows the filter's own model
    // (nearly constant velocity, exact discrete process noise), so a correct filter passes.
    [Fact]
    public void AveragedNees_LiesInsideChiSquareBounds_OverMonteCarloRuns()
    {
        const int runs = 100, steps = 40;
        const double q = 2.0, sigma = 40.0, dt = 1.0;
        var filter = new PlanarKalmanFilter(q, sigma * sigma);
        var random = new Random(20250611);
        var sum = new double[steps];
        double l11 = Math.Sqrt(q * dt * dt * dt / 3), l21 = q * dt * dt / 2 / l11, l22 = Math.Sqrt((q * dt) - (l21 * l21));

        for (int r = 0; r < runs; r++)
        {
            double[] x = [random.NextDouble() * 10_000, random.NextDouble() * 10_000, 150, -80];
            PlanarGaussianState state = default;
            double x1 = 0, y1 = 0;
            for (int k = 0; k < steps; k++)
            {
                if (k > 0)
                {
                    for (int a = 0; a < 2; a++)
                    {
                        double n1 = Normal.Sample(random, 0, 1), n2 = Normal.Sample(random, 0, 1);
                        x[a] += (x[a + 2] * dt) + (l11 * n1);
                        x[a + 2] += (l21 * n1) + (l22 * n2);
                    }
                }

                var z = new PlanarDetection(x[0] + Normal.Sample(random, 0, sigma), x[1] + Normal.Sample(random, 0, sigma));
                if (k == 0)
                {
                    (x1, y1) = (z.XM, z.YM);
                    continue;
                }

                if (k == 1)
                {
                    state = TwoPointInitiator.TwoPoint(x1, y1, z, dt, sigma * sigma);
                }
                else
                {
                    filter.Predict(ref state, dt);
                    filter.Update(ref state, z);
                }

                double[] error = [x[0] - state.Mean[0], x[1] - state.Mean[1], x[2] - state.Mean[2], x[3] - state.Mean[3]];
                double[] p = new double[16];
                for (int i = 0; i < 16; i++)
                {
                    p[i] = state.Covariance[i];
                }

                sum[k] += Nees.Compute(error, p);
            }
        }

        (double lo, double hi) = Nees.AverageBounds(4, runs, 0.95);
        Assert.InRange(lo, 3.4, 3.5);
        Assert.InRange(hi, 4.5, 4.7);
        int outside = 0;
        for (int k = 1; k < steps; k++)
        {
            double mean = sum[k] / runs;
            outside += mean < lo || mean > hi ? 1 : 0;
        }

        // 39 steps at 95 % each: about 2 outside expected; 6 or more would be very unlikely (< 2 %)
        // for a consistent filter (binomial tail, ignoring the correlation between steps).
        Assert.True(outside <= 5, $"{outside} of {steps - 1} steps outside [{lo:F2}, {hi:F2}]");
    }

    [Fact]
    public void Nees_OfAKnownErrorAndDiagonalCovariance_IsTheSumOfSquaredNormalisedErrors()
    {
        // e = (3, 4), P = diag(9, 4): ε = 3²/9 + 4²/4 = 1 + 4 = 5.
        Assert.Equal(5.0, Nees.Compute([3, 4], [9, 0, 0, 4]), 12);
    }
}
