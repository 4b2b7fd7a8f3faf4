using Rampart.Core.Tracking.Planar;

namespace Rampart.Core.Tests.Tracking.Planar;

public class PlanarKalmanFilterTests
{
    // Hand-worked one-step example, per axis (independent: every covariance is diagonal per axis).
    // Both axes: P = diag(100 m², 10 m²/s²), q = 3 m²/s³, dt = 1 s, σ² = 39 m².
    //   Predict: F·P·Fᵀ = [110, 10; 10, 10]; Q = 3·[1/3, 1/2; 1/2, 1] = [1, 1.5; 1.5, 3]
    //            → P⁻ = [111, 11.5; 11.5, 13].
    //   Update:  S = 111 + 39 = 150; K = [111/150, 11.5/150] = [0.74, 0.0766667].
    //            P_pp = 111 − 111²/150 = 28.86; P_pv = 11.5 − 111·11.5/150 = 2.99;
    //            P_vv = 13 − 11.5²/150 = 12.1183333.
    // x axis: x = 0, v = 100 → x⁻ = 100; z = 130, ν = 30 → x = 100 + 0.74·30 = 122.2, v = 100 + 0.0766667·30 = 102.3.
    // y axis: y = 0, v = 0 → y⁻ = 0; z = −30, ν = −30 → y = −22.2, v = −2.3.
    [Fact]
    public void PredictAndUpdate_MatchHandWorkedOneStepExample()
    {
        var filter = new PlanarKalmanFilter(processNoise: 3.0, measurementVariance: 39.0);
        PlanarGaussianState state = PlanarGaussianState.Create(0, 0, 100, 0, pp: 100, pv: 0, vv: 10);

        filter.Predict(ref state, 1.0);
        Assert.Equal(100.0, state.Mean[0], 9);
        Assert.Equal(111.0, state.Covariance[0], 9);
        Assert.Equal(11.5, state.Covariance[2], 9);
        Assert.Equal(11.5, state.Covariance[8], 9);
        Assert.Equal(13.0, state.Covariance[10], 9);

        filter.Update(ref state, new PlanarDetection(130, -30));

        Assert.Equal(122.2, state.Mean[0], 9);
        Assert.Equal(-22.2, state.Mean[1], 9);
        Assert.Equal(102.3, state.Mean[2], 9);
        Assert.Equal(-2.3, state.Mean[3], 9);
        for (int axis = 0; axis < 2; axis++)
        {
            Assert.Equal(28.86, state.Covariance[(axis * 4) + axis], 9);
            Assert.Equal(2.99, state.Covariance[(axis * 4) + axis + 2], 9);
            Assert.Equal(2.99, state.Covariance[((axis + 2) * 4) + axis], 9);
            Assert.Equal(12.118333333333, state.Covariance[((axis + 2) * 4) + axis + 2], 9);
        }

        Assert.Equal(0.0, state.Covariance[1], 12);
        Assert.Equal(0.0, state.Covariance[(2 * 4) + 3], 12);
    }

    // Two-point differencing (Bar-Shalom, Li & Kirubarajan §5.5.3): z₁ = (1000, 2000) at t = 0,
    // z₂ = (1300, 1600) at t = 2 s, σ² = 2500 m² → v = (150, −200) m/s,
    // P per axis = [2500, 2500/2; 2500/2, 2·2500/4] = [2500, 1250; 1250, 1250].
    [Fact]
    public void TwoPointInitiator_DifferencesPositions_AndGivesTheTextbookCovariance()
    {
        PlanarGaussianState s = TwoPointInitiator.TwoPoint(1000, 2000, new PlanarDetection(1300, 1600), 2.0, 2500);

        Assert.Equal(1300, s.Mean[0], 9);
        Assert.Equal(1600, s.Mean[1], 9);
        Assert.Equal(150, s.Mean[2], 9);
        Assert.Equal(-200, s.Mean[3], 9);
        Assert.Equal(2500, s.Covariance[0], 9);
        Assert.Equal(1250, s.Covariance[2], 9);
        Assert.Equal(1250, s.Covariance[10], 9);
        Assert.Equal(1250, s.Covariance[15], 9);
        Assert.Equal(0, s.Covariance[1], 12);
    }

    [Fact]
    public void PdaUpdate_MatchesTheTextbookFormula_WorkedByHand()
    {
        // x = 0, P = diag(100, 100, 1, 1), R = 100 m² per axis; detection (10, 0) with β = 0.5, β₀ = 0.5.
        // Kalman update with it: S = 200, K_x = 0.5 → x = 5, P_xx = P_yy = 50.
        // PDA (Bar-Shalom & Tse): x = 0.5·5 = 2.5; P_xx = β₀·P⁻ + (1 − β₀)·P_c + K(Σβνν' − ν̄ν̄')K'
        // = 50 + 25 + 0.25·(0.5·100 − 25) = 81.25; P_yy = 50 + 25 = 75 (zero residual in y).
        var filter = new PlanarKalmanFilter(0, 100);
        var state = PlanarGaussianState.Create(0, 0, 0, 0, 100, 0, 1);

        filter.UpdatePda(ref state, [new PlanarDetection(10, 0)], [0.5], 0.5);

        Assert.Equal(2.5, state.Mean[0], 12);
        Assert.Equal(0.0, state.Mean[1], 12);
        Assert.Equal(81.25, state.Covariance[0], 9);
        Assert.Equal(75, state.Covariance[5], 9);
    }
}
