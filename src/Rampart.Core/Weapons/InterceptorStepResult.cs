using Rampart.Core.Kernel;

namespace Rampart.Core.Weapons;

/// <summary>Flight phase of an interceptor.</summary>
public enum InterceptorPhase
{
    /// <summary>Cold launch: ejected from the canister, motor not yet lit.</summary>
    Ejection,

    /// <summary>Motor burning (including the turnover right after ignition).</summary>
    Boost,

    /// <summary>Motor burnt out; gliding on its kinetic energy.</summary>
    Coast,
}

/// <summary>What happened to an interceptor during one step.</summary>
public enum InterceptorStepKind
{
    /// <summary>Still flying at the end of the step.</summary>
    Flying,

    /// <summary>The fuze fired at the closest approach to the target (the warhead detonated).</summary>
    Fuzed,

    /// <summary>The missile was lost or self-destructed without fuzing; see <see cref="InterceptorDestructReason"/>.</summary>
    Destroyed,
}

/// <summary>Why an interceptor was destroyed without fuzing.</summary>
public enum InterceptorDestructReason
{
    None,

    /// <summary>It hit the ground (altitude below the launcher's ground level or the ellipsoid).</summary>
    Ground,

    /// <summary>After burn-out its speed fell below <c>MissileSpec.MinSpeedMps</c>.</summary>
    Energy,

    /// <summary>Its flight time exceeded <c>MissileSpec.MaxFlightTimeS</c>.</summary>
    Timeout,

    /// <summary>It passed the target with the closest approach outside the fuze range.</summary>
    PassedTarget,
}

/// <summary>
/// The outcome of one <see cref="Interceptor.Step"/>.
/// </summary>
/// <param name="Kind">Flying, fuzed or destroyed.</param>
/// <param name="Reason">Why it was destroyed (<see cref="InterceptorDestructReason.None"/> unless <paramref name="Kind"/> is Destroyed).</param>
/// <param name="Time">Time of the event: for a fuzing or a pass, the instant of closest approach inside the step;
/// for the other destructions and for Flying, the end of the step.</param>
/// <param name="MissDistanceM">Distance to the target at the closest approach, m (fuzed or passed; NaN otherwise).</param>
/// <param name="SpeedMps">Interceptor speed at <paramref name="Time"/>, m/s.</param>
public readonly record struct InterceptorStepResult(
    InterceptorStepKind Kind,
    InterceptorDestructReason Reason,
    SimTime Time,
    double MissDistanceM,
    double SpeedMps);
