namespace Rampart.Core.BattleManagement;

/// <summary>
/// The command post's view of one track's threat, computed from the track alone.
/// </summary>
/// <param name="TrackId">The track assessed.</param>
/// <param name="Priority">Higher is more urgent (value × proximity ÷ time; see <see cref="ProximityThreatEvaluator"/>).</param>
/// <param name="AssetName">The defended asset this track threatens most.</param>
/// <param name="AssetValue">That asset's value.</param>
/// <param name="ClosestApproachM">Predicted closest approach to that asset on the track's straight-line extrapolation, m.</param>
/// <param name="TimeToClosestApproachS">Time until that closest approach, s.</param>
/// <param name="Threatening">True when the predicted closest approach falls within the asset's radius plus the evaluator's margin.</param>
/// <param name="SpeedMps">Track speed, m/s.</param>
/// <param name="AltitudeM">Track altitude above the ellipsoid, m.</param>
/// <param name="Believed">What the command post believes the track is, from its kinematics (<see cref="KinematicClassifier"/>).</param>
public readonly record struct ThreatAssessment(
    int TrackId,
    double Priority,
    string AssetName,
    double AssetValue,
    double ClosestApproachM,
    double TimeToClosestApproachS,
    bool Threatening,
    double SpeedMps,
    double AltitudeM,
    BelievedClass Believed = BelievedClass.Aircraft);
