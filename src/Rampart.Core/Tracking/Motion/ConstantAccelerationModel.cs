namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// Nearly-constant-acceleration ("white-noise jerk", Wiener-process acceleration) model:
/// state [x y z vx vy vz ax ay az], per axis F = [1 dt dt²/2; 0 1 dt; 0 0 1] and
/// Q = q·[dt⁵/20 dt⁴/8 dt³/6; dt⁴/8 dt³/3 dt²/2; dt³/6 dt²/2 dt] with q the intensity of the
/// continuous white-noise jerk, m²/s⁵ (Bar-Shalom, Li &amp; Kirubarajan §6.2.3 and §6.3.3).
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions: the three axes are independent with the same q; the acceleration changes
/// as a random walk, so the model follows a sustained acceleration without lag but is noisier
/// than CV in straight flight. Bar-Shalom's rule of thumb for q: (Δa)²/T for acceleration
/// changes Δa over a scan period T.
/// </remarks>
internal sealed class ConstantAccelerationModel : IMotionModel
{
    /// <param name="jerkNoise">Intensity q of the continuous white-noise jerk, m²/s⁵.</param>
    public ConstantAccelerationModel(double jerkNoise)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(jerkNoise);
        JerkNoise = jerkNoise;
    }

    /// <summary>Intensity q of the continuous white-noise jerk, m²/s⁵.</summary>
    public double JerkNoise { get; }

    /// <inheritdoc />
    public int Dimension => 9;

    /// <inheritdoc />
    public void Predict(ref ModelState state, double dt)
    {
        if (dt == 0)
        {
            return;
        }

        const int n = 9;
        double half = 0.5 * dt * dt;
        Span<double> f = stackalloc double[n * n];
        for (int i = 0; i < n; i++)
        {
            f[(i * n) + i] = 1;
        }

        for (int a = 0; a < 3; a++)
        {
            f[(a * n) + a + 3] = dt;
            f[(a * n) + a + 6] = half;
            f[((a + 3) * n) + a + 6] = dt;
            state.Mean[a] += (dt * state.Mean[a + 3]) + (half * state.Mean[a + 6]);
            state.Mean[a + 3] += dt * state.Mean[a + 6];
        }

        ModelAlgebra.Propagate(ref state, n, f);

        double t = Math.Abs(dt), q = JerkNoise;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t, t5 = t4 * t;
        ref StateMatrix9 p = ref state.Covariance;
        for (int a = 0; a < 3; a++)
        {
            int x = a, v = a + 3, c = a + 6;
            p[(x * ModelState.MaxDimension) + x] += q * t5 / 20;
            p[(x * ModelState.MaxDimension) + v] += q * t4 / 8;
            p[(v * ModelState.MaxDimension) + x] += q * t4 / 8;
            p[(x * ModelState.MaxDimension) + c] += q * t3 / 6;
            p[(c * ModelState.MaxDimension) + x] += q * t3 / 6;
            p[(v * ModelState.MaxDimension) + v] += q * t3 / 3;
            p[(v * ModelState.MaxDimension) + c] += q * t2 / 2;
            p[(c * ModelState.MaxDimension) + v] += q * t2 / 2;
            p[(c * ModelState.MaxDimension) + c] += q * t;
        }
    }
}
