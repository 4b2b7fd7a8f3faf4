using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>A true target at one scoring time: its identity and position (metres, the scoring frame).</summary>
public readonly record struct TruthState(int TruthId, Vec3 Position);

/// <summary>
/// A track at one scoring time: its number, its position estimate at that time (metres, the
/// scoring frame) and, when known, the estimate's position covariance in the same frame (for NEES).
/// </summary>
public readonly record struct TrackEstimate(int TrackId, Vec3 Position, PositionCovariance? Covariance = null);

/// <summary>The scores of one time step.</summary>
/// <param name="TimeS">Scoring time, s.</param>
/// <param name="Gospa">GOSPA with its split.</param>
/// <param name="Ospa">OSPA, m.</param>
/// <param name="Truths">J(t): true targets present.</param>
/// <param name="TruthsTracked">JT(t): true targets with at least one associated track.</param>
/// <param name="Tracks">N(t): tracks present.</param>
/// <param name="TracksAssociated">NA(t): tracks associated with some true target.</param>
public readonly record struct TrackScoreStep(double TimeS, GospaResult Gospa, double Ospa, int Truths, int TruthsTracked, int Tracks, int TracksAssociated);

/// <summary>Settings of <see cref="TrackScoring"/>.</summary>
/// <param name="GospaCutoffM">GOSPA and OSPA cut-off c, m (&gt; 0).</param>
/// <param name="GospaOrder">GOSPA and OSPA order p (≥ 1).</param>
/// <param name="AssociationGateM">Largest track-to-truth distance at which a track is associated with a true target, m (&gt; 0).</param>
public sealed record TrackScoringSettings(double GospaCutoffM, double GospaOrder, double AssociationGateM);

/// <summary>The scores of a whole run (see <see cref="TrackScoring"/> for the definitions).</summary>
/// <param name="Steps">Time steps scored.</param>
/// <param name="GospaMean">Mean GOSPA over steps, m (for p = 1).</param>
/// <param name="GospaLocalisationMean">Mean localisation part, m^p.</param>
/// <param name="GospaMissedMean">Mean missed-target part, m^p.</param>
/// <param name="GospaFalseMean">Mean false-track part, m^p.</param>
/// <param name="OspaMean">Mean OSPA over steps, m.</param>
/// <param name="Completeness">Fraction of target-steps held by at least one track (0–1; ideal 1).</param>
/// <param name="Ambiguity">Associated tracks per tracked target-step (≥ 1; ideal 1).</param>
/// <param name="Spuriousness">Fraction of track-steps associated with no target (0–1; ideal 0).</param>
/// <param name="PositionErrorMeanM">Mean distance of associated (track, target) pairs, m; null with none.</param>
/// <param name="TrackBreaks">Track-number changes summed over targets (ideal 0).</param>
/// <param name="TrackNumberChangeRatePerS">Track breaks per second of tracked target time.</param>
/// <param name="LongestTrackSegment">Longest single-track segment over target lifetime, summed over targets (0–1; ideal 1).</param>
/// <param name="NeesMean">Mean position NEES of associated pairs with a covariance; null with none.</param>
/// <param name="NeesSamples">Number of pairs in <paramref name="NeesMean"/>.</param>
public sealed record TrackScore(
    int Steps,
    double GospaMean,
    double GospaLocalisationMean,
    double GospaMissedMean,
    double GospaFalseMean,
    double OspaMean,
    double Completeness,
    double Ambiguity,
    double Spuriousness,
    double? PositionErrorMeanM,
    int TrackBreaks,
    double TrackNumberChangeRatePerS,
    double LongestTrackSegment,
    double? NeesMean,
    long NeesSamples);
