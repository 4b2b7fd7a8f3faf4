using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// The linear algebra the motion models share, on <see cref="ModelState"/> of dimension n ≤ 9:
/// covariance propagation through a transition (Jacobian) matrix, the Kalman update with a
/// converted position measurement (H = [I₃ 0]), the innovation likelihood and Gaussian mixture
/// reduction. Written on fixed-size storage with stack scratch space: nothing allocates.
/// </summary>
internal static class ModelAlgebra
{
    private const int D = ModelState.MaxDimension;

    /// <summary>
    /// P ← F·P·Fᵀ for an n×n matrix F (row-major, stride n). The mean is the caller's business
    /// (for an EKF it moves by the nonlinear function, not by F).
    /// </summary>
    public static void Propagate(ref ModelState s, int n, ReadOnlySpan<double> f)
    {
        Span<double> fp = stackalloc double[D * D];
        ref StateMatrix9 p = ref s.Covariance;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += f[(i * n) + k] * p[(k * D) + j];
                }

                fp[(i * D) + j] = sum;
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double sum = 0;
                for (int k = 0; k < n; k++)
                {
                    sum += fp[(i * D) + k] * f[(j * n) + k];
                }

                p[(i * D) + j] = sum;
                p[(j * D) + i] = sum;
            }
        }
    }

    /// <summary>
    /// Adds the white-noise-acceleration process noise of intensity q (m²/s³) over |dt| to the
    /// position–velocity blocks: per axis q·[|dt|³/3 dt²/2; dt²/2 |dt|] (Bar-Shalom, Li &amp;
    /// Kirubarajan §6.2.2), the same as the plain constant-velocity filter's.
    /// </summary>
    public static void AddWhiteAccelerationNoise(ref ModelState s, double q, double dt)
    {
        double t = Math.Abs(dt);
        double qPp = q * t * t * t / 3.0, qPv = q * t * t / 2.0, qVv = q * t;
        ref StateMatrix9 p = ref s.Covariance;
        for (int a = 0; a < 3; a++)
        {
            p[(a * D) + a] += qPp;
            p[(a * D) + a + 3] += qPv;
            p[((a + 3) * D) + a] += qPv;
            p[((a + 3) * D) + a + 3] += qVv;
        }
    }

    /// <summary>The innovation ν = z − H·x and its covariance S = H·P·Hᵀ + R, H = [I₃ 0].</summary>
    public static void Innovation(in ModelState s, in ConvertedMeasurement z, out Vec3 nu, out SymmetricMatrix3 innovationCovariance)
    {
        nu = z.Position - s.Position;
        innovationCovariance = s.PositionCovariance + z.Covariance;
    }

    /// <summary>ln N(ν; 0, S) + (3/2)·ln 2π: the innovation's log density with the constant dropped.</summary>
    public static double LogLikelihood(in ModelState s, in ConvertedMeasurement z)
    {
        Innovation(s, z, out Vec3 nu, out SymmetricMatrix3 cov);
        return -0.5 * (cov.Inverse().QuadraticForm(nu) + Math.Log(cov.Determinant));
    }

    /// <summary>
    /// The Kalman update in place: K = P·Hᵀ·S⁻¹, x += K·ν, P −= K·H·P, then symmetrised against
    /// round-off (the same equations as <see cref="ConstantVelocityKalmanFilter.Update"/>, any n).
    /// </summary>
    public static void Update(ref ModelState s, int n, in ConvertedMeasurement z)
    {
        Innovation(s, z, out Vec3 nu, out SymmetricMatrix3 cov);
        SymmetricMatrix3 sInv = cov.Inverse();
        ref StateMatrix9 p = ref s.Covariance;

        // H·P is the first three rows of P; keep a copy before P changes.
        Span<double> hp = stackalloc double[3 * D];
        for (int r = 0; r < 3; r++)
        {
            for (int j = 0; j < n; j++)
            {
                hp[(r * D) + j] = p[(r * D) + j];
            }
        }

        Span<double> gain = stackalloc double[3 * D];
        for (int i = 0; i < n; i++)
        {
            Vec3 k = sInv.Multiply(new Vec3(p[i * D], p[(i * D) + 1], p[(i * D) + 2]));
            gain[i * 3] = k.X;
            gain[(i * 3) + 1] = k.Y;
            gain[(i * 3) + 2] = k.Z;
            s.Mean[i] += Vec3.Dot(k, nu);
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                p[(i * D) + j] -= (gain[i * 3] * hp[j]) + (gain[(i * 3) + 1] * hp[D + j]) + (gain[(i * 3) + 2] * hp[(2 * D) + j]);
            }
        }

        Symmetrise(ref s, n);
    }

    /// <summary>
    /// The probabilistic-data-association update (Bar-Shalom &amp; Tse 1975) written as the exact
    /// moment match of the Gaussian mixture "no measurement is the target's" (weight
    /// <paramref name="missWeight"/>, the prediction unchanged) and "measurement k is" (weight
    /// <paramref name="weights"/>[k], the Kalman update with it). With one common R this is the
    /// textbook PDA (combined innovation plus the spread term); written as a mixture it also holds
    /// when each converted measurement has its own R. The weights must sum to 1.
    /// </summary>
    public static void UpdatePda(ref ModelState s, int n, ReadOnlySpan<ConvertedMeasurement> measurements, ReadOnlySpan<double> weights, double missWeight)
    {
        ModelState prior = s;
        Span<double> meanShift = stackalloc double[D];
        Span<double> second = stackalloc double[D * D];
        Span<double> cov = stackalloc double[D * D];
        Span<double> d = stackalloc double[D];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                cov[(i * D) + j] = missWeight * prior.Covariance[(i * D) + j];
            }
        }

        for (int k = 0; k < measurements.Length; k++)
        {
            double w = weights[k];
            if (w <= 0)
            {
                continue;
            }

            ModelState updated = prior;
            Update(ref updated, n, measurements[k]);
            for (int i = 0; i < n; i++)
            {
                d[i] = updated.Mean[i] - prior.Mean[i];
                meanShift[i] += w * d[i];
            }

            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    cov[(i * D) + j] += w * updated.Covariance[(i * D) + j];
                    second[(i * D) + j] += w * d[i] * d[j];
                }
            }
        }

        // P = Σ w_k·(P_k + d_k·d_kᵀ) − d̄·d̄ᵀ, deviations d measured from the prediction (the miss
        // hypothesis has d = 0), which keeps the subtraction well conditioned.
        for (int i = 0; i < n; i++)
        {
            s.Mean[i] = prior.Mean[i] + meanShift[i];
            for (int j = 0; j < n; j++)
            {
                s.Covariance[(i * D) + j] = cov[(i * D) + j] + second[(i * D) + j] - (meanShift[i] * meanShift[j]);
            }
        }

        Symmetrise(ref s, n);
    }

    /// <summary>
    /// Moment matching of the two-component mixture w·a + (1 − w)·b:
    /// x = Σ w_i·x_i, P = Σ w_i·(P_i + (x_i − x)(x_i − x)ᵀ).
    /// </summary>
    public static void Combine(in ModelState a, in ModelState b, double w, int n, out ModelState result)
    {
        result = default;
        double v = 1.0 - w;
        Span<double> da = stackalloc double[D];
        Span<double> db = stackalloc double[D];
        for (int i = 0; i < n; i++)
        {
            result.Mean[i] = (w * a.Mean[i]) + (v * b.Mean[i]);
            da[i] = a.Mean[i] - result.Mean[i];
            db[i] = b.Mean[i] - result.Mean[i];
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int k = (i * D) + j;
                result.Covariance[k] = (w * (a.Covariance[k] + (da[i] * da[j]))) + (v * (b.Covariance[k] + (db[i] * db[j])));
            }
        }
    }

    private static void Symmetrise(ref ModelState s, int n)
    {
        ref StateMatrix9 p = ref s.Covariance;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double m = 0.5 * (p[(i * D) + j] + p[(j * D) + i]);
                p[(i * D) + j] = m;
                p[(j * D) + i] = m;
            }
        }
    }
}
