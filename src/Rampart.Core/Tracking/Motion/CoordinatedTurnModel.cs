namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// Coordinated-turn model with the turn rate in the state (an extended Kalman filter): state
/// [x y z vx vy vz ω], a horizontal turn at rate ω (rad/s, positive anticlockwise seen from above,
/// i.e. a left turn, in the tracker's east–north plane) with constant speed, and constant vertical
/// velocity. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model (Bar-Shalom, Li &amp; Kirubarajan §11.7; Li &amp; Jilkov 2003, "Survey of maneuvering target
/// tracking, part I", eq. 52), with s = sin ωT, c = cos ωT:
/// <code>
/// x' = x + (s/ω)·vx − ((1 − c)/ω)·vy      vx' = c·vx − s·vy
/// y' = y + ((1 − c)/ω)·vx + (s/ω)·vy      vy' = s·vx + c·vy
/// z' = z + T·vz,  vz' = vz,  ω' = ω
/// </code>
/// The mean moves by these exact equations; the covariance by their Jacobian at the prior mean
/// (first-order EKF). Near ω = 0 the quotients are replaced by their Taylor series (|ωT| &lt; 1e-4),
/// so the model becomes constant velocity smoothly. Process noise: white-noise acceleration of
/// intensity q (m²/s³) on each Cartesian axis, as the CV model, plus a random walk of the turn
/// rate of intensity q_ω (rad²/s³), Q_ωω = q_ω·|T|. The turn is horizontal in the tracker's
/// ENU frame (the command post's local level), which tilts from a target's own local level by
/// the earth-central angle between them — under 3° at 300 km.
/// </remarks>
internal sealed class CoordinatedTurnModel : IMotionModel
{
    private const int N = 7;

    /// <param name="processNoise">Intensity q of the white-noise acceleration on each axis, m²/s³.</param>
    /// <param name="turnRateNoise">Intensity q_ω of the white-noise turn-rate change, rad²/s³.</param>
    public CoordinatedTurnModel(double processNoise, double turnRateNoise)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(processNoise);
        ArgumentOutOfRangeException.ThrowIfNegative(turnRateNoise);
        ProcessNoise = processNoise;
        TurnRateNoise = turnRateNoise;
    }

    /// <summary>Intensity q of the white-noise acceleration on each axis, m²/s³.</summary>
    public double ProcessNoise { get; }

    /// <summary>Intensity q_ω of the white-noise turn-rate change, rad²/s³.</summary>
    public double TurnRateNoise { get; }

    /// <inheritdoc />
    public int Dimension => N;

    /// <summary>Index of the turn rate ω in the state.</summary>
    public const int TurnRateIndex = 6;

    /// <inheritdoc />
    public void Predict(ref ModelState state, double dt)
    {
        if (dt == 0)
        {
            return;
        }

        double vx = state.Mean[3], vy = state.Mean[4], w = state.Mean[TurnRateIndex];
        Coefficients(w, dt, out double a, out double b, out double da, out double db);
        double s = Math.Sin(w * dt), c = Math.Cos(w * dt);

        Span<double> f = stackalloc double[N * N];
        for (int i = 0; i < N; i++)
        {
            f[(i * N) + i] = 1;
        }

        // Rows x, y, vx, vy: ∂/∂(vx, vy, ω); z and vz as CV.
        f[(0 * N) + 3] = a;
        f[(0 * N) + 4] = -b;
        f[(0 * N) + 6] = (da * vx) - (db * vy);
        f[(1 * N) + 3] = b;
        f[(1 * N) + 4] = a;
        f[(1 * N) + 6] = (db * vx) + (da * vy);
        f[(2 * N) + 5] = dt;
        f[(3 * N) + 3] = c;
        f[(3 * N) + 4] = -s;
        f[(3 * N) + 6] = -dt * ((s * vx) + (c * vy));
        f[(4 * N) + 3] = s;
        f[(4 * N) + 4] = c;
        f[(4 * N) + 6] = dt * ((c * vx) - (s * vy));

        state.Mean[0] += (a * vx) - (b * vy);
        state.Mean[1] += (b * vx) + (a * vy);
        state.Mean[2] += dt * state.Mean[5];
        state.Mean[3] = (c * vx) - (s * vy);
        state.Mean[4] = (s * vx) + (c * vy);

        ModelAlgebra.Propagate(ref state, N, f);
        ModelAlgebra.AddWhiteAccelerationNoise(ref state, ProcessNoise, dt);
        state.Covariance[(TurnRateIndex * ModelState.MaxDimension) + TurnRateIndex] += TurnRateNoise * Math.Abs(dt);
    }

    /// <summary>
    /// a = sin(ωT)/ω, b = (1 − cos ωT)/ω and their derivatives with respect to ω,
    /// da = (ωT·cos ωT − sin ωT)/ω², db = (ωT·sin ωT − (1 − cos ωT))/ω²; Taylor series near ω = 0.
    /// </summary>
    internal static void Coefficients(double w, double t, out double a, out double b, out double da, out double db)
    {
        double wt = w * t;
        if (Math.Abs(wt) < 1e-4)
        {
            double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
            a = t - (w * w * t3 / 6);
            b = (w * t2 / 2) - (w * w * w * t4 / 24);
            da = -w * t3 / 3;
            db = (t2 / 2) - (w * w * t4 / 8);
            return;
        }

        double s = Math.Sin(wt), c = Math.Cos(wt);
        a = s / w;
        b = (1 - c) / w;
        da = ((wt * c) - s) / (w * w);
        db = ((wt * s) - (1 - c)) / (w * w);
    }
}
