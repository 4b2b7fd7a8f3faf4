using System.Runtime.CompilerServices;

namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// A Gaussian estimate of a 2-D kinematic state [x y vx vy] (m, m/s) with its 4×4 covariance
/// (row-major; m², m²/s, m²/s²). Fixed-size storage inside the struct, so an array of these is
/// one block of memory and updating one allocates nothing.
/// </summary>
internal struct PlanarGaussianState
{
    /// <summary>Mean [x y vx vy].</summary>
    public StateVector4 Mean;

    /// <summary>Covariance, row-major: element (i, j) is at i·4 + j.</summary>
    public StateMatrix4 Covariance;

    /// <summary>Root of the trace of the position covariance, m.</summary>
    public readonly double PositionSigmaM => Math.Sqrt(Covariance[0] + Covariance[5]);

    /// <summary>
    /// A state at (x, y) with velocity (vx, vy), and a covariance that is per axis
    /// [pp pv; pv vv], the same on both axes, no coupling between them.
    /// </summary>
    public static PlanarGaussianState Create(double x, double y, double vx, double vy, double pp, double pv, double vv)
    {
        var s = default(PlanarGaussianState);
        s.Mean[0] = x;
        s.Mean[1] = y;
        s.Mean[2] = vx;
        s.Mean[3] = vy;
        s.Covariance[0] = s.Covariance[5] = pp;
        s.Covariance[2] = s.Covariance[8] = pv;
        s.Covariance[7] = s.Covariance[13] = pv;
        s.Covariance[10] = s.Covariance[15] = vv;
        return s;
    }
}

/// <summary>Four doubles stored inline (a state vector).</summary>
[InlineArray(4)]
internal struct StateVector4
{
    private double _element0;
}

/// <summary>Sixteen doubles stored inline (a 4×4 matrix, row-major).</summary>
[InlineArray(16)]
internal struct StateMatrix4
{
    private double _element0;
}
