using Rampart.Core.Geo;
using Rampart.Core.Tracking;
using Rampart.Core.Tracking.Motion;

namespace Rampart.Core.Tests.Tracking.Motion;

public class ConstantAccelerationModelTests
{
    [Fact]
    public void PredictAndUpdate_MatchHandWorkedOneStepExample()
    {
        // Each axis alike: p = 0 m, v = 10 m/s, a = 2 m/s², P = I; q = 0.6 m²/s⁵, T = 1 s.
        // Predict: p = 0 + 10 + ½·2 = 11, v = 12, a = 2.
        // F·Fᵀ with F = [1 1 ½; 0 1 1; 0 0 1]: [2.25 1.5 0.5; 1.5 2 1; 0.5 1 1].
        // Q = q·[1/20 1/8 1/6; 1/8 1/3 1/2; 1/6 1/2 1] = [0.03 0.075 0.1; 0.075 0.2 0.3; 0.1 0.3 0.6].
        // P⁻ = [2.28 1.575 0.6; 1.575 2.2 1.3; 0.6 1.3 1.6].
        // Update with z = 12 per axis, R = 0.72: S = 3, ν = 1, K = [0.76 0.525 0.2];
        // x⁺ = [11.76 12.525 2.2]; P⁺ = P⁻ − K·(first row of P⁻):
        // pp 0.5472, pv 0.378, pa 0.144, vv 1.373125, va 0.985, aa 1.48.
        var model = new ConstantAccelerationModel(0.6);
        var s = default(ModelState);
        for (int axis = 0; axis < 3; axis++)
        {
            s.Mean[axis + 3] = 10;
            s.Mean[axis + 6] = 2;
        }

        for (int i = 0; i < 9; i++)
        {
            s.Covariance[(i * 9) + i] = 1;
        }

        model.Predict(ref s, 1.0);
        for (int axis = 0; axis < 3; axis++)
        {
            int p = axis, v = axis + 3, a = axis + 6;
            Assert.Equal(11, s.Mean[p], 12);
            Assert.Equal(12, s.Mean[v], 12);
            Assert.Equal(2, s.Mean[a], 12);
            Assert.Equal(2.28, s.Covariance[(p * 9) + p], 12);
            Assert.Equal(1.575, s.Covariance[(p * 9) + v], 12);
            Assert.Equal(0.6, s.Covariance[(p * 9) + a], 12);
            Assert.Equal(2.2, s.Covariance[(v * 9) + v], 12);
            Assert.Equal(1.3, s.Covariance[(v * 9) + a], 12);
            Assert.Equal(1.6, s.Covariance[(a * 9) + a], 12);
        }

        Assert.Equal(0, s.Covariance[(0 * 9) + 1]); // axes stay independent

        ModelAlgebra.Update(ref s, 9, new ConvertedMeasurement(new Vec3(12, 12, 12), SymmetricMatrix3.Diagonal(0.72, 0.72, 0.72)));
        for (int axis = 0; axis < 3; axis++)
        {
            int p = axis, v = axis + 3, a = axis + 6;
            Assert.Equal(11.76, s.Mean[p], 12);
            Assert.Equal(12.525, s.Mean[v], 12);
            Assert.Equal(2.2, s.Mean[a], 12);
            Assert.Equal(0.5472, s.Covariance[(p * 9) + p], 12);
            Assert.Equal(0.378, s.Covariance[(p * 9) + v], 12);
            Assert.Equal(0.144, s.Covariance[(p * 9) + a], 12);
            Assert.Equal(1.373125, s.Covariance[(v * 9) + v], 12);
            Assert.Equal(0.985, s.Covariance[(v * 9) + a], 12);
            Assert.Equal(1.48, s.Covariance[(a * 9) + a], 12);
            Assert.Equal(s.Covariance[(a * 9) + v], s.Covariance[(v * 9) + a]);
        }
    }

    [Fact]
    public void PdaUpdate_MatchesTheTextbookFormula_WorkedByHand()
    {
        // As the 2-D case: x = 0, position variance 100 m² per axis, R = 100 m²·I; measurement
        // (10, 0, 0) with β = 0.5, β₀ = 0.5. PDA: x = 2.5, P_xx = 81.25, P_yy = P_zz = 75.
        var s = default(ModelState);
        for (int i = 0; i < 9; i++)
        {
            s.Covariance[(i * 9) + i] = i < 3 ? 100 : 1;
        }

        ModelAlgebra.UpdatePda(ref s, 9, [new ConvertedMeasurement(new Vec3(10, 0, 0), SymmetricMatrix3.Diagonal(100, 100, 100))], [0.5], 0.5);

        Assert.Equal(2.5, s.Mean[0], 12);
        Assert.Equal(81.25, s.Covariance[0], 9);
        Assert.Equal(75, s.Covariance[10], 9);
        Assert.Equal(75, s.Covariance[20], 9);
        Assert.Equal(1, s.Covariance[30], 9);
    }
}
