namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// Kalman predictor and updater for the 2-D nearly-constant-velocity model with a position
/// measurement of per-axis standard deviation σ (Stone Soup's <c>ConstantVelocity</c> transition
/// model with <c>KalmanPredictor</c>/<c>KalmanUpdater</c> and a linear-Gaussian position
/// measurement model). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model: x = [px py vx vy], F = [I dt·I; 0 I], continuous white-noise acceleration of intensity
/// q (m²/s³) on each axis independently, per axis Q = q·[dt³/3 dt²/2; dt²/2 dt] (Bar-Shalom, Li
/// &amp; Kirubarajan §6.2.2, the same model as the 3-D <see cref="ConstantVelocityKalmanFilter"/>);
/// z = H·x + w, H = [I 0], w ~ N(0, σ²·I). Written out on fixed-size storage, no allocation.
/// </remarks>
/// <param name="processNoise">Intensity q of the continuous white-noise acceleration, m²/s³.</param>
/// <param name="measurementVariance">σ², the per-axis measurement variance, m².</param>
internal sealed class PlanarKalmanFilter(double processNoise, double measurementVariance)
{
    /// <summary>Intensity q, m²/s³.</summary>
    public double ProcessNoise { get; } = processNoise;

    /// <summary>Per-axis measurement variance σ², m².</summary>
    public double MeasurementVariance { get; } = measurementVariance;

    /// <summary>Extrapolates <paramref name="state"/> by <paramref name="dt"/> seconds in place (P ← F·P·Fᵀ + Q).</summary>
    public void Predict(ref PlanarGaussianState state, double dt)
    {
        if (dt == 0)
        {
            return;
        }

        ref StateMatrix4 p = ref state.Covariance;
        double dt2 = dt * dt;
        for (int a = 0; a < 2; a++)
        {
            state.Mean[a] += dt * state.Mean[a + 2];
            for (int b = 0; b < 2; b++)
            {
                double pp = p[(a * 4) + b], pv = p[(a * 4) + b + 2], vp = p[((a + 2) * 4) + b], vv = p[((a + 2) * 4) + b + 2];
                p[(a * 4) + b] = pp + (dt * (pv + vp)) + (dt2 * vv);
                p[(a * 4) + b + 2] = pv + (dt * vv);
                p[((a + 2) * 4) + b] = vp + (dt * vv);
            }
        }

        double t = Math.Abs(dt);
        double qPp = ProcessNoise * t * t * t / 3.0, qPv = ProcessNoise * t * t / 2.0, qVv = ProcessNoise * t;
        for (int a = 0; a < 2; a++)
        {
            p[(a * 4) + a] += qPp;
            p[(a * 4) + a + 2] += qPv;
            p[((a + 2) * 4) + a] += qPv;
            p[((a + 2) * 4) + a + 2] += qVv;
        }
    }

    /// <summary>Innovation ν = z − H·x and its covariance S = H·P·Hᵀ + R (symmetric: Sxx, Sxy, Syy).</summary>
    public void Innovation(in PlanarGaussianState state, PlanarDetection z, out double nuX, out double nuY, out double sXx, out double sXy, out double sYy)
    {
        nuX = z.XM - state.Mean[0];
        nuY = z.YM - state.Mean[1];
        sXx = state.Covariance[0] + MeasurementVariance;
        sXy = 0.5 * (state.Covariance[1] + state.Covariance[4]);
        sYy = state.Covariance[5] + MeasurementVariance;
    }

    /// <summary>
    /// The Kalman update in place: K = P·Hᵀ·S⁻¹, x += K·ν, P −= K·H·P (then symmetrised).
    /// </summary>
    public void Update(ref PlanarGaussianState state, PlanarDetection z)
    {
        Innovation(state, z, out double nuX, out double nuY, out double sXx, out double sXy, out double sYy);
        double det = (sXx * sYy) - (sXy * sXy);
        double iXx = sYy / det, iXy = -sXy / det, iYy = sXx / det;
        ref StateMatrix4 p = ref state.Covariance;

        // H·P is the first two rows of P; keep them before P changes.
        Span<double> hp = stackalloc double[8];
        for (int k = 0; k < 8; k++)
        {
            hp[k] = p[k];
        }

        Span<double> gain = stackalloc double[8];
        for (int i = 0; i < 4; i++)
        {
            // Row i of K = (P[i,0], P[i,1])·S⁻¹.
            double a = p[i * 4], b = p[(i * 4) + 1];
            double kx = (a * iXx) + (b * iXy), ky = (a * iXy) + (b * iYy);
            gain[i * 2] = kx;
            gain[(i * 2) + 1] = ky;
            state.Mean[i] += (kx * nuX) + (ky * nuY);
        }

        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                p[(i * 4) + j] -= (gain[i * 2] * hp[j]) + (gain[(i * 2) + 1] * hp[4 + j]);
            }
        }

        for (int i = 0; i < 4; i++)
        {
            for (int j = i + 1; j < 4; j++)
            {
                double m = 0.5 * (p[(i * 4) + j] + p[(j * 4) + i]);
                p[(i * 4) + j] = m;
                p[(j * 4) + i] = m;
            }
        }
    }

    /// <summary>
    /// The PDA update in place: the moment match of "no detection is the target's" (weight
    /// <paramref name="missWeight"/>, the prediction) and "detection k is" (weight
    /// <paramref name="weights"/>[k], the Kalman update with it) — with one common R, the textbook
    /// PDA with its spread-of-innovations term. The weights must sum to 1.
    /// </summary>
    public void UpdatePda(ref PlanarGaussianState state, ReadOnlySpan<PlanarDetection> detections, ReadOnlySpan<double> weights, double missWeight)
    {
        PlanarGaussianState prior = state;
        Span<double> shift = stackalloc double[4];
        Span<double> cov = stackalloc double[16];
        Span<double> d = stackalloc double[4];
        for (int k = 0; k < 16; k++)
        {
            cov[k] = missWeight * prior.Covariance[k];
        }

        for (int m = 0; m < detections.Length; m++)
        {
            double w = weights[m];
            if (w <= 0)
            {
                continue;
            }

            PlanarGaussianState updated = prior;
            Update(ref updated, detections[m]);
            for (int i = 0; i < 4; i++)
            {
                d[i] = updated.Mean[i] - prior.Mean[i];
                shift[i] += w * d[i];
            }

            for (int i = 0; i < 4; i++)
            {
                for (int j = 0; j < 4; j++)
                {
                    cov[(i * 4) + j] += w * (updated.Covariance[(i * 4) + j] + (d[i] * d[j]));
                }
            }
        }

        // P = Σ w·(P_k + d_k·d_kᵀ) − d̄·d̄ᵀ, deviations from the prediction.
        for (int i = 0; i < 4; i++)
        {
            state.Mean[i] = prior.Mean[i] + shift[i];
            for (int j = 0; j < 4; j++)
            {
                state.Covariance[(i * 4) + j] = cov[(i * 4) + j] - (shift[i] * shift[j]);
            }
        }
    }
}
