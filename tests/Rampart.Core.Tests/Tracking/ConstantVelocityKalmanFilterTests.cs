using Rampart.Core.Geo;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class ConstantVelocityKalmanFilterTests
{
    // Hand-worked one-step example, per axis (the axes are independent here because every
    // covariance is diagonal). East axis: x = 0 m, v = 100 m/s, P = diag(100 m², 10 m²/s²);
    // q = 3 m²/s³, dt = 1 s; measurement z = 130 m with variance 39 m².
    //   Predict: x⁻ = 0 + 1·100 = 100; F·P·Fᵀ = [100+10, 10; 10, 10] = [110, 10; 10, 10];
    //            Q = 3·[1/3, 1/2; 1/2, 1] = [1, 1.5; 1.5, 3]  →  P⁻ = [111, 11.5; 11.5, 13].
    //   Update:  S = 111 + 39 = 150; K = [111/150, 11.5/150] = [0.74, 0.0766667]; ν = 130 − 100 = 30.
    //            x = 100 + 0.74·30 = 122.2; v = 100 + 0.0766667·30 = 102.3.
    //            P_pp = 111 − 111²/150 = 28.86; P_pv = 11.5 − 111·11.5/150 = 2.99;
    //            P_vv = 13 − 11.5²/150 = 12.1183333.
    // North and up axes: x = 0, v = 0 and z = 0, so the means stay 0 and the same covariance
    // numbers apply.
    [Fact]
    public void PredictAndUpdate_MatchHandWorkedOneStepExample()
    {
        var filter = new ConstantVelocityKalmanFilter(processNoise: 3.0);
        GaussianState state = GaussianState.Create(Vec3.Zero, new Vec3(100, 0, 0), SymmetricMatrix3.Diagonal(100, 100, 100), velocityVariance: 10);

        filter.Predict(ref state, 1.0);
        Assert.Equal(100.0, state.Mean[0], 9);
        Assert.Equal(111.0, state.Covariance[0], 9);
        Assert.Equal(11.5, state.Covariance[3], 9);
        Assert.Equal(11.5, state.Covariance[18], 9);
        Assert.Equal(13.0, state.Covariance[21], 9);

        var z = new ConvertedMeasurement(new Vec3(130, 0, 0), SymmetricMatrix3.Diagonal(39, 39, 39));
        ConstantVelocityKalmanFilter.Update(ref state, z);

        Assert.Equal(122.2, state.Mean[0], 9);
        Assert.Equal(102.3, state.Mean[3], 9);
        Assert.Equal(0.0, state.Mean[1], 9);
        Assert.Equal(0.0, state.Mean[4], 9);
        for (int axis = 0; axis < 3; axis++)
        {
            Assert.Equal(28.86, state.Covariance[(axis * 6) + axis], 9);
            Assert.Equal(2.99, state.Covariance[(axis * 6) + axis + 3], 9);
            Assert.Equal(2.99, state.Covariance[((axis + 3) * 6) + axis], 9);
            Assert.Equal(12.118333333333, state.Covariance[((axis + 3) * 6) + axis + 3], 9);
        }

        // No coupling between axes appears.
        Assert.Equal(0.0, state.Covariance[1], 12);
        Assert.Equal(0.0, state.Covariance[(3 * 6) + 4], 12);
    }

    [Fact]
    public void ConvertedMeasurement_DueEastAtSameSite_HasRangeAlongEastAndAngleErrorsAcross()
    {
        // Sensor and tracker share the frame. A detection at azimuth 90° (east), elevation 0,
        // range 10 km: position (10 000, 0, 0). By the Jacobian at that point, the range error lies
        // along east (σr² = 50² = 2500 m²), azimuth across along north ((r·σaz)² = (10 000·0.002)² =
        // 400 m²; azimuth grows clockwise, i.e. towards south, a sign that a variance does not see),
        // elevation along up ((r·σel)² = (10 000·0.003)² = 900 m²).
        var frame = new EnuFrame(new GeodeticPosition(55, 37, 150));
        var site = new SensorSite("s", 0, frame, 1, _ => true);
        var detection = new Detection(default, 0, 10_000, Math.PI / 2, 0, 50, 0.002, 0.003, 20);

        ConvertedMeasurement m = ConvertedMeasurement.FromDetection(detection, site, frame);

        Assert.Equal(10_000, m.Position.X, 6);
        Assert.Equal(0, m.Position.Y, 6);
        Assert.Equal(0, m.Position.Z, 6);
        Assert.Equal(2500, m.Covariance.Xx, 6);
        Assert.Equal(400, m.Covariance.Yy, 6);
        Assert.Equal(900, m.Covariance.Zz, 6);
        Assert.Equal(0, m.Covariance.Xy, 6);
        Assert.Equal(0, m.Covariance.Xz, 6);
        Assert.Equal(0, m.Covariance.Yz, 6);
    }
}
