namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// Nearly-constant-velocity model on <see cref="ModelState"/>, for the IMM: the same
/// equations as <see cref="ConstantVelocityKalmanFilter"/> (F = [I dt·I; 0 I], white-noise
/// acceleration of intensity q per axis), on a state that may carry extra components which this
/// model does not move. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Model assumption (IMM with the coordinated-turn model, state dimension 7): the turn rate ω
/// is carried through the CV model as an inert component — transition 1, no process noise, no
/// effect on the motion — so the two models share one state and the IMM can mix them without
/// augmentation rules. Under CV the ω estimate only changes through its correlation with the
/// kinematic components that mixing gives it.
/// </remarks>
internal sealed class ConstantVelocityModel : IMotionModel
{
    /// <param name="processNoise">Intensity q of the continuous white-noise acceleration, m²/s³.</param>
    /// <param name="dimension">6, or 7 to carry an inert turn rate beside a coordinated-turn model.</param>
    public ConstantVelocityModel(double processNoise, int dimension = 6)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(processNoise);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimension, ModelState.MaxDimension);
        ProcessNoise = processNoise;
        Dimension = dimension;
    }

    /// <summary>Intensity q of the continuous white-noise acceleration, m²/s³.</summary>
    public double ProcessNoise { get; }

    /// <inheritdoc />
    public int Dimension { get; }

    /// <inheritdoc />
    public void Predict(ref ModelState state, double dt)
    {
        if (dt == 0)
        {
            return;
        }

        int n = Dimension;
        Span<double> f = stackalloc double[n * n];
        for (int i = 0; i < n; i++)
        {
            f[(i * n) + i] = 1;
        }

        for (int a = 0; a < 3; a++)
        {
            f[(a * n) + a + 3] = dt;
            state.Mean[a] += dt * state.Mean[a + 3];
        }

        ModelAlgebra.Propagate(ref state, n, f);
        ModelAlgebra.AddWhiteAccelerationNoise(ref state, ProcessNoise, dt);
    }
}
