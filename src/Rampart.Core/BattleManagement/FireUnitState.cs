using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// A fire unit as the command post manages it: its engagement radar's channels (targets
/// engaged and missiles guided at once) and its launchers.
/// </summary>
public sealed class FireUnitState
{
    public FireUnitState(FireUnit unit, int index, SensorSite engagementRadar, IReadOnlyList<LauncherState> launchers)
    {
        ArgumentNullException.ThrowIfNull(unit);
        Unit = unit;
        Index = index;
        EngagementRadar = engagementRadar;
        Launchers = launchers;
        AntennaAltitudeM = unit.EngagementRadar.Position.AltitudeM + unit.EngagementRadar.MastHeightM;
    }

    public FireUnit Unit { get; }

    public int Index { get; }

    /// <summary>
    /// Index of the command post the unit belongs to, in <see cref="FireControl.CommandPosts"/>
    /// (0 unless several batteries share one plan).
    /// </summary>
    public int CommandPostIndex { get; init; }

    public string Name => Unit.Name;

    /// <summary>The engagement radar's site (its field of regard bounds where this unit can guide).</summary>
    public SensorSite EngagementRadar { get; }

    /// <summary>Altitude of the engagement radar's antenna, m.</summary>
    public double AntennaAltitudeM { get; }

    public IReadOnlyList<LauncherState> Launchers { get; }

    /// <summary>Targets under engagement by this unit now (target channels in use).</summary>
    public int TargetsEngaged { get; set; }

    /// <summary>Missiles reserved or in flight under this unit's guidance (missile channels in use).</summary>
    public int MissilesGuided { get; set; }

    public int FreeTargetChannels => Unit.MaxTargets - TargetsEngaged;

    public int FreeMissileChannels => Unit.MaxMissiles - MissilesGuided;

    /// <summary>Whether the engagement radar can hold a target at this point (field of regard and 4/3-earth horizon).</summary>
    public bool CanGuideAt(Vec3 pointEcef, double pointAltitudeM) =>
        EngagementRadar.FieldOfRegard(pointEcef)
        && RadarHorizon.IsAboveHorizon(EngagementRadar.Frame.OriginEcef, AntennaAltitudeM, pointEcef, pointAltitudeM);
}
