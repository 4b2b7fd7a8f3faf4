using Rampart.Core.BattleManagement;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;

namespace Rampart.Core.Simulation;

/// <summary>One battery's parts in a run: its radars, its command post's tracker and battle manager.</summary>
internal sealed class BatteryRuntime
{
    public BatteryRuntime(Battery battery, IReadOnlyList<ISensor> sensors, ITracker tracker, BattleManager battleManager)
    {
        Battery = battery;
        Sensors = sensors;
        Tracker = tracker;
        BattleManager = battleManager;
    }

    public Battery Battery { get; }

    /// <summary>Search radars first, then the fire units' engagement radars, in scenario order.</summary>
    public IReadOnlyList<ISensor> Sensors { get; }

    public ITracker Tracker { get; }

    public BattleManager BattleManager { get; }
}
