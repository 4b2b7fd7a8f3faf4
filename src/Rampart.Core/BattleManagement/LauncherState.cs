using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>A launcher's inventory and readiness as the command post keeps them.</summary>
public sealed class LauncherState
{
    public LauncherState(LauncherSite site, int index)
    {
        ArgumentNullException.ThrowIfNull(site);
        Site = site;
        Index = index;
        Remaining = site.Missiles;
        PositionEcef = Wgs84.ToEcef(site.Position);
        Flyout = FlyoutTable.Build(site.Missile);
    }

    public LauncherSite Site { get; }

    /// <summary>Index of the launcher within the run (stable, in scenario order).</summary>
    public int Index { get; }

    public MissileSpec Missile => Site.Missile;

    public Vec3 PositionEcef { get; }

    /// <summary>The missile type's flyout table (built once per type and cached).</summary>
    public FlyoutTable Flyout { get; }

    /// <summary>Missiles on the launcher not yet reserved for an engagement.</summary>
    public int Remaining { get; set; }

    /// <summary>Missiles launched from it so far.</summary>
    public int Launched { get; set; }

    /// <summary>Earliest time of its next launch, s (launchers fire at most once per launch interval).</summary>
    public double NextReadyS { get; set; }
}
