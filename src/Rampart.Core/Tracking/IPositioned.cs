using Rampart.Core.Geo;

namespace Rampart.Core.Tracking;

/// <summary>
/// A measurement with a Cartesian position (metres; a 2-D one has Z = 0), which is all the
/// spatial pre-gate (<see cref="SpatialGrid"/>) needs to index it.
/// </summary>
internal interface IPositioned
{
    /// <summary>Position, metres, in the tracker's frame.</summary>
    Vec3 Position { get; }
}
