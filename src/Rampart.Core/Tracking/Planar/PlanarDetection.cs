using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// A 2-D Cartesian position measurement (a detection of a target or a false alarm; the tracker
/// cannot tell which), metres in the user's plane frame. Immutable.
/// </summary>
/// <param name="XM">x coordinate, m.</param>
/// <param name="YM">y coordinate, m.</param>
public readonly record struct PlanarDetection(double XM, double YM) : IPositioned
{
    /// <inheritdoc />
    Vec3 IPositioned.Position => new(XM, YM, 0);
}
