namespace Rampart.Core.Scenario.Model;

/// <summary>
/// How the command post's 3-D tracker turns a polar detection into a Cartesian measurement
/// (scenario key <c>tracker.measurement_conversion</c>; docs/model.md, "Tracker").
/// </summary>
public enum MeasurementConversion
{
    /// <summary>
    /// <c>standard</c>: the plain conversion r·(cos e·sin a, cos e·cos a, sin e) with the
    /// first-order (Jacobian) covariance. Biased towards the radar by the factor e^{-σ²/2} per angle.
    /// </summary>
    Standard,

    /// <summary>
    /// <c>debiased</c>: the unbiased (multiplicative) conversion of Mo et al. (1998): the plain one
    /// divided by λ_a·λ_e horizontally and λ_e vertically, λ = e^{-σ²/2}, with the
    /// measurement-conditioned covariance of that conversion.
    /// </summary>
    Debiased,
}
