using Rampart.Core.Geo;

namespace Rampart.Core.Threats;

/// <summary>
/// The true motion of one threat: its state at any requested time, computed analytically or
/// interpolated from a table prepared when the mover was built, so nothing steps while nothing
/// happens. Read only by sensors (radars, an interceptor's seeker and fuze) and by the truth
/// bookkeeping of the simulation, never by the tracker or the battle manager.
/// </summary>
/// <remarks>
/// Implementations are immutable after construction and safe to query from several threads.
/// Queries outside [<see cref="StartS"/>, <see cref="EndS"/>] are clamped to that interval:
/// before its start the threat is reported at its start point, after its end at its final point,
/// with the velocity it has at that end; whether it exists then is the caller's business.
/// </remarks>
public interface IThreatMover
{
    /// <summary>Simulated time the threat starts moving (launch or route start), seconds.</summary>
    double StartS { get; }

    /// <summary>Simulated time the threat reaches its final point (last waypoint or impact), seconds.</summary>
    double EndS { get; }

    /// <summary>Where the motion ends: the last waypoint or the impact point.</summary>
    GeodeticPosition FinalPoint { get; }

    /// <summary>True position (ECEF, m) and velocity (ECEF, m/s) at <paramref name="timeS"/>, clamped to [StartS, EndS]. Does not allocate.</summary>
    void StateAt(double timeS, out Vec3 positionEcef, out Vec3 velocityEcef);

    /// <summary>Altitude above the WGS-84 ellipsoid (taken as sea level) at <paramref name="timeS"/>, clamped to [StartS, EndS], metres.</summary>
    double AltitudeAt(double timeS);
}
