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
/// steeply than 30° (no air-breathing threat modelled flies so);</item>
/// <item>cruise missile: below 300 m at 150–400 m/s (sea-skimming or terrain-following);</item>
/// <item>drone: slower than 90 m/s;</item>
/// <item>aircraft: everything else.</item>
/// </list>
/// No IFF is modelled: every track is taken as hostile.
/// </summary>
public static class KinematicClassifier
{
    public static BelievedClass Classify(Vec3 positionEcef, Vec3 velocityEcef, double altitudeM)
    {
        double speed = velocityEcef.Length;
        double climbRate = speed > 0 ? Vec3.Dot(velocityEcef, positionEcef.Normalized()) : 0.0;
        if (speed > 1200 || (speed > 700 && climbRate < -0.5 * speed))
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
