using Rampart.Core.Geo;
using Rampart.Core.Kernel;

namespace Rampart.Core.Sensors;

/// <summary>
/// The true state of a target at one instant, as handed to sensors (and only to sensors: radars,
/// an interceptor's seeker and fuze). Nothing downstream of a sensor may hold one.
/// </summary>
/// <param name="PositionEcef">True position, ECEF metres.</param>
/// <param name="VelocityEcef">True velocity, ECEF m/s.</param>
/// <param name="AltitudeM">Altitude above the ellipsoid, m.</param>
/// <param name="RcsM2">Mean radar cross-section, m².</param>
/// <param name="Swerling">Swerling case 0–4 of its fluctuation.</param>
/// <param name="RcsTable">Mean RCS over aspect and band, or null when <paramref name="RcsM2"/> holds at every aspect.
/// A radar finds the aspect from its own position and the target's velocity (the echo's physics).</param>
public readonly record struct TargetTruth(EntityId Id, Vec3 PositionEcef, Vec3 VelocityEcef, double AltitudeM, double RcsM2, int Swerling, Threats.RcsTable? RcsTable = null);
