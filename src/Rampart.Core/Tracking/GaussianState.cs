using System.Runtime.CompilerServices;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// A Gaussian estimate of a target's kinematic state [x y z vx vy vz] (tracker ENU, m and m/s)
/// with its 6×6 covariance (row-major, m², m²/s, m²/s²). Fixed-size storage inside the struct,
/// so an array of these is one block of memory and updating one allocates nothing.
/// </summary>
internal struct GaussianState
{
    /// <summary>Mean [x y z vx vy vz].</summary>
    public StateVector6 Mean;

    /// <summary>Covariance, row-major: element (i, j) is at i·6 + j.</summary>
    public StateMatrix6 Covariance;

    /// <summary>Estimated position, ENU metres.</summary>
    public readonly Vec3 Position => new(Mean[0], Mean[1], Mean[2]);

    /// <summary>Estimated velocity, ENU m/s.</summary>
    public readonly Vec3 Velocity => new(Mean[3], Mean[4], Mean[5]);

    /// <summary>The position block of the covariance, m².</summary>
    public readonly SymmetricMatrix3 PositionCovariance =>
        new(Covariance[0], Covariance[1], Covariance[2], Covariance[7], Covariance[8], Covariance[14]);

    /// <summary>Root of the trace of the position covariance, m.</summary>
    public readonly double PositionSigmaM => Math.Sqrt(Covariance[0] + Covariance[7] + Covariance[14]);

    /// <summary>
    /// A state at <paramref name="position"/> and <paramref name="velocity"/> with a diagonal
    /// covariance: <paramref name="positionCovariance"/> for the position block and
    /// <paramref name="velocityVariance"/> on each velocity axis.
    /// </summary>
    public static GaussianState Create(Vec3 position, Vec3 velocity, SymmetricMatrix3 positionCovariance, double velocityVariance)
    {
        var s = default(GaussianState);
        s.Mean[0] = position.X;
        s.Mean[1] = position.Y;
        s.Mean[2] = position.Z;
        s.Mean[3] = velocity.X;
        s.Mean[4] = velocity.Y;
        s.Mean[5] = velocity.Z;
        s.Covariance[0] = positionCovariance.Xx;
        s.Covariance[1] = s.Covariance[6] = positionCovariance.Xy;
        s.Covariance[2] = s.Covariance[12] = positionCovariance.Xz;
        s.Covariance[7] = positionCovariance.Yy;
        s.Covariance[8] = s.Covariance[13] = positionCovariance.Yz;
        s.Covariance[14] = positionCovariance.Zz;
        s.Covariance[21] = s.Covariance[28] = s.Covariance[35] = velocityVariance;
        return s;
    }
}

/// <summary>Six doubles stored inline (a state vector).</summary>
[InlineArray(6)]
internal struct StateVector6
{
    private double _element0;
}

/// <summary>Thirty-six doubles stored inline (a 6×6 matrix, row-major).</summary>
[InlineArray(36)]
internal struct StateMatrix6
{
    private double _element0;
}
