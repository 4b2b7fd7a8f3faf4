using System.Runtime.CompilerServices;
using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// A Gaussian estimate of a target's state under one motion model, of up to
/// <see cref="MaxDimension"/> components, position first: [x y z vx vy vz …] in tracker ENU
/// (m, m/s), followed by the model's own components (turn rate for the coordinated turn,
/// acceleration for constant acceleration). The dimension belongs to the model
/// (<see cref="IMotionModel.Dimension"/>); unused components stay zero. Fixed-size storage inside
/// the struct, so an array of these is one block of memory and updating one allocates nothing.
/// </summary>
internal struct ModelState
{
    /// <summary>Largest state dimension a model may have (constant acceleration: 9).</summary>
    public const int MaxDimension = 9;

    /// <summary>Mean; component i at index i.</summary>
    public StateVector9 Mean;

    /// <summary>Covariance, row-major with stride <see cref="MaxDimension"/>: element (i, j) is at i·9 + j, whatever the dimension.</summary>
    public StateMatrix9 Covariance;

    /// <summary>
    /// The state whose first six components are <paramref name="g"/>'s; the remaining
    /// components get mean 0, variance <paramref name="extraVariance"/> and no correlation.
    /// </summary>
    public static ModelState FromGaussian(in GaussianState g, int dimension, double extraVariance)
    {
        var s = default(ModelState);
        for (int i = 0; i < 6; i++)
        {
            s.Mean[i] = g.Mean[i];
            for (int j = 0; j < 6; j++)
            {
                s.Covariance[(i * MaxDimension) + j] = g.Covariance[(i * 6) + j];
            }
        }

        for (int i = 6; i < dimension; i++)
        {
            s.Covariance[(i * MaxDimension) + i] = extraVariance;
        }

        return s;
    }

    /// <summary>The marginal over [x y z vx vy vz]: what gating, association and the snapshots use.</summary>
    public readonly void ToGaussian(out GaussianState g)
    {
        g = default;
        for (int i = 0; i < 6; i++)
        {
            g.Mean[i] = Mean[i];
            for (int j = 0; j < 6; j++)
            {
                g.Covariance[(i * 6) + j] = Covariance[(i * MaxDimension) + j];
            }
        }
    }

    /// <summary>Estimated position, ENU metres.</summary>
    public readonly Vec3 Position => new(Mean[0], Mean[1], Mean[2]);

    /// <summary>The position block of the covariance, m².</summary>
    public readonly SymmetricMatrix3 PositionCovariance =>
        new(Covariance[0], Covariance[1], Covariance[2], Covariance[10], Covariance[11], Covariance[20]);
}

/// <summary>Nine doubles stored inline (a state vector of up to nine components).</summary>
[InlineArray(ModelState.MaxDimension)]
internal struct StateVector9
{
    private double _element0;
}

/// <summary>Eighty-one doubles stored inline (a 9×9 matrix, row-major).</summary>
[InlineArray(ModelState.MaxDimension * ModelState.MaxDimension)]
internal struct StateMatrix9
{
    private double _element0;
}
