using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

/// <summary>Specs and geometry shared by the weapons tests.</summary>
internal static class TestMissiles
{
    /// <summary>
    /// A 48N6-class interceptor built from the open figures in REFERENCE.md: launch mass 1,835 kg,
    /// diameter 0.519 m, cold launch with ignition after 1 s, ~12 s burn to about 1,900 m/s, 20 g.
    /// The motor is chosen here: 1,000 kg of propellant at an effective exhaust velocity of
    /// 2,730 m/s (specific impulse ≈ 278 s, usual for a composite solid motor) gives
    /// F = 2730 · 1000 / 12 = 227.5 kN and an ideal Δv = 2730 · ln(1835/835) ≈ 2,149 m/s,
    /// leaving ~250 m/s for drag and gravity losses. Drag: a generic slender-body Cd(M) curve.
    /// Loft: 35° at the 200 km maximum range, none below 10 km (as the 48N6E3 equipment file).
    /// </summary>
    public static MissileSpec Spec48N6 { get; } = new(
        Name: "48N6-class (test)",
        LaunchMassKg: 1835,
        PropellantMassKg: 1000,
        ThrustN: 227_500,
        BurnTimeS: 12,
        EjectionDelayS: 1.0,
        DiameterM: 0.519,
        DragMach: [0.0, 0.8, 1.0, 1.2, 2.0, 3.0, 5.0, 8.0],
        DragCd: [0.25, 0.27, 0.45, 0.48, 0.38, 0.31, 0.24, 0.21],
        MaxLateralG: 20,
        MaxRangeM: 200_000,
        MinRangeM: 3_000,
        MinAltitudeM: 10,
        MaxAltitudeM: 27_000,
        MaxTargetSpeedMps: 2_800,
        MinSpeedMps: 300,
        MaxFlightTimeS: 200,
        NavigationConstant: 4,
        Seeker: SeekerKind.SemiActive,
        SeekerAcquisitionRangeM: 20_000,
        SeekerAngleSigmaRad: 0.001,
        LethalRadiusM: 20,
        Reliability: 0.95,
        SingleShotPk: 0.9,
        CostUnits: 1,
        LoftAngleRad: 35.0 * Math.PI / 180.0,
        LoftMinRangeM: 10_000);

    /// <summary>The launcher site used by the flight tests.</summary>
    public static GeodeticPosition LauncherSite { get; } = new(50.0, 20.0, 200.0);

    public static Vec3 LauncherEcef => Wgs84.ToEcef(LauncherSite);

    public static EnuFrame LauncherFrame { get; } = new(LauncherSite);

    /// <summary>The truth of a target flying a straight line in ECEF at constant velocity.</summary>
    public static TargetTruth StraightLine(Vec3 startEcef, Vec3 velocityEcef, double t) =>
        Truth(startEcef + (velocityEcef * t), velocityEcef);

    public static TargetTruth Truth(Vec3 positionEcef, Vec3 velocityEcef) =>
        new(new EntityId(99), positionEcef, velocityEcef, Wgs84.ToGeodetic(positionEcef).AltitudeM, 5.0, 1);

    /// <summary>
    /// Flies a missile against a straight-line target until it fuzes or is destroyed, giving it
    /// perfect track data every step. Calls <paramref name="observe"/> after each step.
    /// </summary>
    public static InterceptorStepResult Engage(Interceptor missile, Vec3 targetStart, Vec3 targetVelocity, double dt, Action<Interceptor>? observe = null)
    {
        while (true)
        {
            double t = missile.Time.Seconds;
            var start = StraightLine(targetStart, targetVelocity, t);
            missile.UpdateTrackData(start.PositionEcef, start.VelocityEcef, missile.Time);
            var end = StraightLine(targetStart, targetVelocity, t + dt);
            var result = missile.Step(dt, start, end);
            observe?.Invoke(missile);
            if (result.Kind != InterceptorStepKind.Flying)
            {
                return result;
            }
        }
    }
}
