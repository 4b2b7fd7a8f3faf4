using Rampart.Core.Geo;

namespace Rampart.Core.BattleManagement;

/// <summary>What the command post believes a track is, from its kinematics alone.</summary>
public enum BelievedClass
{
    Aircraft,
    CruiseMissile,
    BallisticMissile,
    Drone,
}

/// <summary>
/// Classifies a track by its speed, altitude and climb rate — the command post never reads a
/// threat's true type. A simple rule set, not a published classifier (see docs/model.md):
/// <list type="bullet">
/// <item>ballistic missile: faster than 1,200 m/s, or faster than 700 m/s and descending more
/// steeply than 30°, or faster than 700 m/s, climbing faster than 300 m/s and above 3 km (a
/// missile boosting or coasting up). No air-breathing threat modelled flies so: the fastest
/// (fighter-4th-gen) tops out at 600 m/s, and a climb of 300 m/s at 700 m/s is 25° above the
/// horizon at over Mach 2, a zoom no aircraft sustains. The 3 km floor keeps a track whose first
/// velocity estimates are still poor near the ground from being called ballistic; a missile
/// launched beyond ~250 km rises above the radars' horizon only higher than that;</item>
/// <item>cruise missile: below 300 m at 150–400 m/s (sea-skimming or terrain-following);</item>
/// <item>drone: slower than 90 m/s;</item>
/// <item>aircraft: everything else.</item>
/// </list>
/// No IFF is modelled: every track is taken as hostile.
/// </summary>
public static class KinematicClassifier
{
    /// <summary>Speed above which a climbing or diving track can only be a ballistic missile, m/s.</summary>
    public const double BallisticMinSpeedMps = 700;

    /// <summary>Climb rate above which a track faster than <see cref="BallisticMinSpeedMps"/> is believed a ballistic missile going up, m/s.</summary>
    public const double BallisticMinClimbRateMps = 300;

    /// <summary>Altitude above which the climbing rule applies, m.</summary>
    public const double BallisticClimbMinAltitudeM = 3000;

    public static BelievedClass Classify(Vec3 positionEcef, Vec3 velocityEcef, double altitudeM)
    {
        double speed = velocityEcef.Length;
        double climbRate = speed > 0 ? Vec3.Dot(velocityEcef, positionEcef.Normalized()) : 0.0;
        bool climbingBallistic = speed > BallisticMinSpeedMps && climbRate > BallisticMinClimbRateMps && altitudeM > BallisticClimbMinAltitudeM;
        if (speed > 1200 || (speed > BallisticMinSpeedMps && climbRate < -0.5 * speed) || climbingBallistic)
        {
            return BelievedClass.BallisticMissile;
        }

        if (altitudeM < 300 && speed is >= 150 and <= 400)
        {
            return BelievedClass.CruiseMissile;
        }

        return speed < 90 ? BelievedClass.Drone : BelievedClass.Aircraft;
    }

    public static string Name(BelievedClass c) => c switch
    {
        BelievedClass.BallisticMissile => "ballistic missile",
        BelievedClass.CruiseMissile => "cruise missile",
        BelievedClass.Drone => "drone",
        _ => "aircraft",
    };
}
