namespace Rampart.Core.Tracking.Motion;

/// <summary>
/// The per-track state of a <see cref="MotionFilter"/>: the estimate under each model and the
/// mode probabilities (a single-model filter uses <see cref="First"/> only, with probability 1).
/// Stored in an array of structs beside the tracker's records; updating one allocates nothing.
/// </summary>
internal struct MotionState
{
    /// <summary>Estimate conditioned on the first model (CV in the CV + CT IMM).</summary>
    public ModelState First;

    /// <summary>Estimate conditioned on the second model (CT in the CV + CT IMM); unused by a single model.</summary>
    public ModelState Second;

    /// <summary>Probability of the first model; the second has 1 − this.</summary>
    public double FirstProbability;

    /// <summary>Probability of the second model.</summary>
    public readonly double SecondProbability => 1.0 - FirstProbability;
}
