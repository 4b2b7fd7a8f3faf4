using Rampart.Core.Geo;

namespace Rampart.Core.Weapons;

/// <summary>Why an intercept is not possible (or <see cref="None"/> when it is).</summary>
public enum InterceptReason
{
    /// <summary>The intercept is feasible.</summary>
    None,

    /// <summary>The intercept point is beyond the missile's reach or published maximum range.</summary>
    OutOfRange,

    /// <summary>The intercept point is inside the minimum range.</summary>
    TooClose,

    /// <summary>The intercept point is below the lowest or above the highest altitude the missile engages.</summary>
    AltitudeBand,

    /// <summary>The target is faster than the missile can engage.</summary>
    TooFast,

    /// <summary>The time-to-go iteration found no consistent intercept time.</summary>
    NoConvergence,
}

/// <summary>A predicted intercept for a launch after a given delay.</summary>
/// <param name="Feasible">True when the shot is possible.</param>
/// <param name="Reason">Why it is not (<see cref="InterceptReason.None"/> when feasible).</param>
/// <param name="InterceptPointEcef">Predicted intercept point, ECEF m (the last predicted point tried when infeasible; may be NaN).</param>
/// <param name="TimeToInterceptS">From now to the intercept, s, including the launch delay (NaN when infeasible).</param>
/// <param name="TimeOfFlightS">Missile flight time from launch to the intercept, s (NaN when infeasible).</param>
/// <param name="SpeedAtInterceptMps">Missile speed at the intercept, m/s (NaN when infeasible).</param>
public readonly record struct InterceptSolution(
    bool Feasible,
    InterceptReason Reason,
    Vec3 InterceptPointEcef,
    double TimeToInterceptS,
    double TimeOfFlightS,
    double SpeedAtInterceptMps);
