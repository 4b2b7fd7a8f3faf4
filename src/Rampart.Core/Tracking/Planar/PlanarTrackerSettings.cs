using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// Settings of the standalone 2-D tracker (<see cref="PlanarTracker"/>). Immutable. The defaults
/// are those of the Stone Soup comparison data family (issue 4): q = 1 m²/s³, σ = 50 m,
/// P_D = 0.9, 20 false alarms per scan over a 200 km square, confirmation on the second
/// associated detection within 3 scans, deletion after 3 scans without an update.
/// </summary>
public sealed record PlanarTrackerSettings
{
    /// <summary>Continuous white-noise acceleration intensity q, m²/s³ (per axis).</summary>
    public double ProcessNoise { get; init; } = 1.0;

    /// <summary>Measurement standard deviation per axis, m.</summary>
    public double MeasurementSigmaM { get; init; } = 50.0;

    /// <summary>Probability P_D that a target gives a detection in a scan, in (0, 1].</summary>
    public double DetectionProbability { get; init; } = 0.9;

    /// <summary>Clutter (false-alarm) density λ, false detections per m² per scan, &gt; 0.</summary>
    public double ClutterDensity { get; init; } = 20.0 / (200_000.0 * 200_000.0);

    /// <summary>Probability mass P_G of the chi-square gate (2 degrees of freedom), in (0, 1).</summary>
    public double GateProbability { get; init; } = 0.999;

    /// <summary>M of the M-of-N confirmation rule (2: confirm on the second associated detection).</summary>
    public int ConfirmM { get; init; } = 2;

    /// <summary>N of the M-of-N confirmation rule: scans, the initiating one included.</summary>
    public int ConfirmN { get; init; } = 3;

    /// <summary>A confirmed track is deleted after this many consecutive scans without an update.</summary>
    public int DeleteAfterMisses { get; init; } = 3;

    /// <summary>
    /// Standard deviation of the velocity prior of a one-detection tentative track, per axis, m/s
    /// (the velocity is 0 ± this until a second detection gives it by differencing). Its gate
    /// after one scan period T spans about ±3.7·T·this at P_G = 0.999.
    /// </summary>
    public double InitialVelocitySigmaMps { get; init; } = 200.0;

    /// <summary>Data association: GNN (default) or JPDA (with <see cref="DetectionProbability"/> and <see cref="ClutterDensity"/> as its P_D and λ).</summary>
    public TrackerAssociation Association { get; init; } = TrackerAssociation.Gnn;

    /// <summary>A JPDA cluster with more joint events than this uses the cheap JPDA approximation (default 1,000).</summary>
    public int MaxJointEvents { get; init; } = 1_000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of its range.</summary>
    public void Validate()
    {
        static void Check(bool ok, string name, string expected, double value)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be {expected}.");
            }
        }

        Check(ProcessNoise >= 0 && double.IsFinite(ProcessNoise), nameof(ProcessNoise), "a finite number ≥ 0", ProcessNoise);
        Check(MeasurementSigmaM > 0 && double.IsFinite(MeasurementSigmaM), nameof(MeasurementSigmaM), "a finite number > 0", MeasurementSigmaM);
        Check(DetectionProbability > 0 && DetectionProbability <= 1, nameof(DetectionProbability), "in (0, 1]", DetectionProbability);
        Check(ClutterDensity > 0 && double.IsFinite(ClutterDensity), nameof(ClutterDensity), "a finite number > 0", ClutterDensity);
        Check(GateProbability > 0 && GateProbability < 1, nameof(GateProbability), "in (0, 1)", GateProbability);
        Check(ConfirmM >= 1, nameof(ConfirmM), "at least 1", ConfirmM);
        Check(ConfirmN >= ConfirmM, nameof(ConfirmN), "at least ConfirmM", ConfirmN);
        Check(DeleteAfterMisses >= 1, nameof(DeleteAfterMisses), "at least 1", DeleteAfterMisses);
        Check(MaxJointEvents >= 1, nameof(MaxJointEvents), "at least 1", MaxJointEvents);
        Check(InitialVelocitySigmaMps > 0 && double.IsFinite(InitialVelocitySigmaMps), nameof(InitialVelocitySigmaMps), "a finite number > 0", InitialVelocitySigmaMps);
    }
}
