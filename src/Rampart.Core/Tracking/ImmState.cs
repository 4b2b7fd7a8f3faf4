namespace Rampart.Core.Tracking;

/// <summary>
/// The per-track state of the two-model IMM filter (<see cref="ImmFilter"/>): each model's
/// Gaussian estimate and the mode probabilities. Stored in an array of structs beside the
/// tracker's records; updating one allocates nothing.
/// </summary>
internal struct ImmState
{
    /// <summary>Estimate conditioned on the quiet (low process noise) constant-velocity model.</summary>
    public GaussianState Quiet;

    /// <summary>Estimate conditioned on the manoeuvre (high process noise) constant-velocity model.</summary>
    public GaussianState Manoeuvre;

    /// <summary>Probability that the target follows the quiet model; the manoeuvre model has 1 − this.</summary>
    public double QuietProbability;

    /// <summary>Probability that the target follows the manoeuvre model.</summary>
    public readonly double ManoeuvreProbability => 1.0 - QuietProbability;
}
