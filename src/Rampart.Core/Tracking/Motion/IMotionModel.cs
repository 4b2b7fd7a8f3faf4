namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// One target motion model of the command post's tracker: its state dimension and its
/// (extended) Kalman prediction. All models measure the same way (converted position,
/// H = [I₃ 0], <see cref="ModelAlgebra.Update"/>), so only the prediction differs. Implementations
/// are immutable and thread-safe.
/// </summary>
internal interface IMotionModel
{
    /// <summary>State dimension n (6 to 9); components 0–5 are [x y z vx vy vz].</summary>
    int Dimension { get; }

    /// <summary>
    /// Extrapolates <paramref name="state"/> by <paramref name="dt"/> seconds in place (mean and
    /// covariance, process noise included). A negative dt (retrodiction) moves the mean back and
    /// still adds the process noise of |dt|; dt = 0 changes nothing.
    /// </summary>
    void Predict(ref ModelState state, double dt);
}
