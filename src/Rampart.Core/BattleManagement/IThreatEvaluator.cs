using Rampart.Core.Kernel;
using Rampart.Core.Tracking;

namespace Rampart.Core.BattleManagement;

/// <summary>Ranks tracks by threat. Sees tracks only, never truth.</summary>
public interface IThreatEvaluator
{
    /// <summary>
    /// Assesses every track in <paramref name="tracks"/> (confirmed ones; the caller filters)
    /// at <paramref name="now"/> and writes the assessments to <paramref name="output"/>, most
    /// urgent first (ties broken by track id).
    /// </summary>
    void Evaluate(SimTime now, IReadOnlyList<Track> tracks, List<ThreatAssessment> output);
}
