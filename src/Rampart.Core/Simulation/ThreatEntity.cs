using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Threats;

namespace Rampart.Core.Simulation;

/// <summary>
/// One threat's truth: its mover and its fate. Only the simulation core and sensors (through
/// <see cref="TargetTruth"/>) read it.
/// </summary>
internal sealed class ThreatEntity
{
    public ThreatEntity(EntityId id, string name, ThreatGroup group, IThreatMover mover, DefendedAsset? target)
    {
        Id = id;
        Name = name;
        Group = group;
        Mover = mover;
        Target = target;
    }

    public EntityId Id { get; }

    /// <summary>
    /// When the threat delivers its weapon if still alive, s: for a missile its impact (the end of
    /// its flight), for an aircraft the route point nearest its target asset (its release point).
    /// Infinity when it has no target.
    /// </summary>
    public double ReleaseTimeS { get; set; } = double.PositiveInfinity;

    /// <summary>Stable name, e.g. <c>cruise-west-3</c>.</summary>
    public string Name { get; }

    public ThreatGroup Group { get; }

    public ThreatSpec Spec => Group.Threat;

    /// <summary>The threat's motion; replaced (from the present on) when it breaks to evade.</summary>
    public IThreatMover Mover { get; set; }

    /// <summary>Index of the route waypoint where an aircraft releases its weapon, or −1 (missiles: the end of the flight).</summary>
    public int ReleaseWaypoint { get; init; } = -1;

    public DefendedAsset? Target { get; }

    public bool Alive { get; private set; } = true;

    public ThreatFate Fate { get; private set; } = ThreatFate.Survived;

    public double? FateTimeS { get; private set; }

    /// <summary>What destroyed it (missile type), or null.</summary>
    public string? DestroyedBy { get; private set; }

    public double? FirstDetectedS { get; set; }

    public bool IsFlying(double t) => Alive && t >= Mover.StartS && t <= Mover.EndS;

    public TargetTruth TruthAt(double t)
    {
        Mover.StateAt(t, out Vec3 p, out Vec3 v);
        return new TargetTruth(Id, p, v, Mover.AltitudeAt(t), Spec.RcsM2, Spec.Swerling, Spec.RcsTable);
    }

    /// <summary>Destroyed by an interceptor. A threat that had already released its weapon keeps its fate "leaked".</summary>
    public void Destroy(double t, string by)
    {
        Alive = false;
        DestroyedBy = by;
        if (Fate != ThreatFate.Leaked)
        {
            Fate = ThreatFate.Destroyed;
            FateTimeS = t;
        }
    }

    /// <summary>The threat delivered its weapon. A missile ends there; an aircraft flies on along its route.</summary>
    public void Leak(double t, bool endsFlight)
    {
        Alive = !endsFlight;
        Fate = ThreatFate.Leaked;
        FateTimeS = t;
    }

    /// <summary>The threat has flown its whole route and leaves the simulation (its fate is unchanged).</summary>
    public void EndRoute()
    {
        Alive = false;
    }
}
