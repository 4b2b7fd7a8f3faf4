using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// Kalman predictor and updater for the 3-D nearly-constant-velocity model with a position
/// measurement (a converted-measurement Kalman filter). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model: x = [p; v] in tracker ENU, F = [I dt·I; 0 I], and continuous white-noise acceleration
/// with intensity q (m²/s³) on each axis independently, giving per axis
/// Q = q·[dt³/3 dt²/2; dt²/2 dt] (Bar-Shalom, Li &amp; Kirubarajan §6.2.2). Measurement
/// z = H·x + w with H = [I 0] and w ~ N(0, R) from <see cref="ConvertedMeasurement"/>.
/// Implementation note: the block structure of F and H is written out by hand on fixed-size
/// storage instead of general matrix products, so nothing here allocates.
/// </remarks>
/// <param name="processNoise">Intensity q of the continuous white-noise acceleration, m²/s³.</param>
internal sealed class ConstantVelocityKalmanFilter(double processNoise)
{
    /// <summary>Intensity q of the continuous white-noise acceleration, m²/s³.</summary>
    public double ProcessNoise { get; } = processNoise;

    /// <summary>
    /// Extrapolates <paramref name="state"/> by <paramref name="dt"/> seconds in place. A negative
    /// dt (retrodiction) moves the mean back and still adds the process noise of |dt|.
    /// </summary>
    public void Predict(ref GaussianState state, double dt)
    {
        if (dt == 0)
        {
            return;
        }

        ref StateMatrix6 p = ref state.Covariance;
        double dt2 = dt * dt;
        for (int a = 0; a < 3; a++)
        {
            state.Mean[a] += dt * state.Mean[a + 3];
            for (int b = 0; b < 3; b++)
            {
                double pp = p[(a * 6) + b], pv = p[(a * 6) + b + 3], vp = p[((a + 3) * 6) + b], vv = p[((a + 3) * 6) + b + 3];
                p[(a * 6) + b] = pp + (dt * (pv + vp)) + (dt2 * vv);
                p[(a * 6) + b + 3] = pv + (dt * vv);
                p[((a + 3) * 6) + b] = vp + (dt * vv);
            }
        }

        double t = Math.Abs(dt);
        double qPp = ProcessNoise * t * t * t / 3.0, qPv = ProcessNoise * t * t / 2.0, qVv = ProcessNoise * t;
        for (int a = 0; a < 3; a++)
        {
            p[(a * 6) + a] += qPp;
            p[(a * 6) + a + 3] += qPv;
            p[((a + 3) * 6) + a] += qPv;
            p[((a + 3) * 6) + a + 3] += qVv;
        }
    }

    /// <summary>The innovation ν = z − H·x and its covariance S = H·P·Hᵀ + R.</summary>
    public static void Innovation(in GaussianState state, in ConvertedMeasurement measurement, out Vec3 innovation, out SymmetricMatrix3 innovationCovariance)
    {
        innovation = measurement.Position - state.Position;
        innovationCovariance = state.PositionCovariance + measurement.Covariance;
    }

    /// <summary>
    /// The Kalman update of <paramref name="state"/> with <paramref name="measurement"/>, in place:
    /// K = P·Hᵀ·S⁻¹, x += K·ν, P −= K·H·P (then symmetrised against round-off).
    /// </summary>
    public static void Update(ref GaussianState state, in ConvertedMeasurement measurement)
    {
        Innovation(state, measurement, out Vec3 nu, out SymmetricMatrix3 s);
        SymmetricMatrix3 sInv = s.Inverse();
        ref StateMatrix6 p = ref state.Covariance;

        // H·P is the first three rows of P; keep a copy before P changes.
        Span<double> hp = stackalloc double[18];
        for (int k = 0; k < 18; k++)
        {
            hp[k] = p[k];
        }

        Span<double> gain = stackalloc double[18];
        for (int i = 0; i < 6; i++)
        {
            // Row i of K = (row i of P·Hᵀ)·S⁻¹ = S⁻¹·(P[i,0..2]) since S⁻¹ is symmetric.
            Vec3 k = sInv.Multiply(new Vec3(p[i * 6], p[(i * 6) + 1], p[(i * 6) + 2]));
            gain[i * 3] = k.X;
            gain[(i * 3) + 1] = k.Y;
            gain[(i * 3) + 2] = k.Z;
            state.Mean[i] += Vec3.Dot(k, nu);
        }

        for (int i = 0; i < 6; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                p[(i * 6) + j] -= (gain[i * 3] * hp[j]) + (gain[(i * 3) + 1] * hp[6 + j]) + (gain[(i * 3) + 2] * hp[12 + j]);
            }
        }

        for (int i = 0; i < 6; i++)
        {
            for (int j = i + 1; j < 6; j++)
            {
                double m = 0.5 * (p[(i * 6) + j] + p[(j * 6) + i]);
                p[(i * 6) + j] = m;
                p[(j * 6) + i] = m;
            }
        }
    }
}
