using Rampart.Core.Tracking.Motion;

namespace Rampart.Core.Tests.Tracking.Motion;

public class CoordinatedTurnModelTests
{
    [Fact]
    public void Predict_MovesAlongTheCircle_WorkedByHand()
    {
        // 100 m/s east, ω = 0.1 rad/s (left), T = 1 s, vz = 5 m/s. On a circle of radius v/ω = 1 km:
        // x = (v/ω)·sin(ωT) = 1000·0.0998334 = 99.8334 m, y = (v/ω)·(1 − cos ωT) = 1000·0.00499583 = 4.99583 m,
        // vx = 100·cos 0.1 = 99.5004, vy = 100·sin 0.1 = 9.98334; z = 5 m; speed unchanged.
        var model = new CoordinatedTurnModel(0, 0);
        var s = default(ModelState);
        s.Mean[3] = 100;
        s.Mean[5] = 5;
        s.Mean[6] = 0.1;

        model.Predict(ref s, 1.0);

        Assert.Equal(99.8334, s.Mean[0], 4);
        Assert.Equal(4.99583, s.Mean[1], 5);
        Assert.Equal(5.0, s.Mean[2], 12);
        Assert.Equal(99.5004, s.Mean[3], 4);
        Assert.Equal(9.98334, s.Mean[4], 5);
        Assert.Equal(0.1, s.Mean[6], 12);
        Assert.Equal(100.0, Math.Sqrt((s.Mean[3] * s.Mean[3]) + (s.Mean[4] * s.Mean[4])), 9);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(1e-7)] // the Taylor branch
    [InlineData(-0.15)]
    public void CovariancePropagation_MatchesFiniteDifferenceJacobian(double omega)
    {
        // With zero process noise, P⁺ = F·P·Fᵀ with F the Jacobian. Put unit variance on one
        // component c at a time: column c of F·Fᵀ... simpler: P = e_c·e_cᵀ gives P⁺ = F_c·F_cᵀ, so
        // P⁺[i, i] = F[i, c]². Compare with central finite differences of the mean's motion.
        var model = new CoordinatedTurnModel(0, 0);
        double[] x0 = [1_000, -2_000, 3_000, 220, -130, 4, omega];
        const double t = 2.0;
        for (int c = 3; c < 7; c++)
        {
            var s = default(ModelState);
            for (int i = 0; i < 7; i++)
            {
                s.Mean[i] = x0[i];
            }

            s.Covariance[(c * 9) + c] = 1;
            model.Predict(ref s, t);

            double h = c == 6 ? 1e-6 : 1e-3;
            double[] plus = Move(model, x0, c, h, t), minus = Move(model, x0, c, -h, t);
            for (int i = 0; i < 7; i++)
            {
                double derivative = (plus[i] - minus[i]) / (2 * h);
                double expected = derivative * derivative, actual = s.Covariance[(i * 9) + i];
                Assert.True(Math.Abs(expected - actual) <= 1e-5 * Math.Max(1, expected), $"component {i}, column {c}: {actual} vs {expected}");
            }
        }
    }

    private static double[] Move(CoordinatedTurnModel model, double[] x0, int c, double h, double t)
    {
        var s = default(ModelState);
        for (int i = 0; i < 7; i++)
        {
            s.Mean[i] = x0[i] + (i == c ? h : 0);
        }

        model.Predict(ref s, t);
        var result = new double[7];
        for (int i = 0; i < 7; i++)
        {
            result[i] = s.Mean[i];
        }

        return result;
    }
}
