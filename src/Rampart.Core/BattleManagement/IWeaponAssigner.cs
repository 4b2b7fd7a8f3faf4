using Rampart.Core.Kernel;
using Rampart.Core.Tracking;

namespace Rampart.Core.BattleManagement;

/// <summary>Chooses, for ranked threats, which fire unit fires which missile at which track.</summary>
public interface IWeaponAssigner
{
    /// <summary>
    /// Plans new engagements at <paramref name="now"/> for tracks in <paramref name="ranked"/>
    /// order that <paramref name="eligible"/> allows, within the channel and inventory limits of
    /// <paramref name="fireControl"/>. Returns the chosen solutions in the order they were made.
    /// </summary>
    IReadOnlyList<(ThreatAssessment Threat, FireSolution Solution)> Assign(
        SimTime now,
        IReadOnlyList<ThreatAssessment> ranked,
        IReadOnlyDictionary<int, Track> tracks,
        Func<int, bool> eligible,
        FireControl fireControl);
}
