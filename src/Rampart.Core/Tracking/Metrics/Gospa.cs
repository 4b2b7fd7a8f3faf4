using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// One GOSPA value with its split. The parts are in the p-th power, as in Stone Soup's
/// <c>GOSPAMetric</c>: <see cref="Distance"/> = (<see cref="Localisation"/> + <see cref="Missed"/>
/// + <see cref="False"/>)^(1/p).
/// </summary>
/// <param name="Distance">GOSPA distance, m.</param>
/// <param name="Localisation">Σ d^p over assigned (truth, estimate) pairs, m^p.</param>
/// <param name="Missed">c^p/2 per missed truth, m^p.</param>
/// <param name="False">c^p/2 per false estimate, m^p.</param>
/// <param name="MissedCount">Truths left unassigned.</param>
/// <param name="FalseCount">Estimates left unassigned.</param>
public readonly record struct GospaResult(double Distance, double Localisation, double Missed, double False, int MissedCount, int FalseCount);

/// <summary>
/// The generalised optimal sub-pattern assignment metric with α = 2 (Rahmathullah,
/// García-Fernández &amp; Svensson, "Generalized optimal sub-pattern assignment metric", FUSION
/// 2017, Proposition 1):
/// d_p^(c,2)(X, Y) = [ min_γ Σ_{(i,j)∈γ} d(x_i, y_j)^p + (c^p/2)(|X| + |Y| − 2|γ|) ]^(1/p),
/// the minimum over assignments γ of pairs with d &lt; c. Exact (optimal assignment, not greedy).
/// Reuses buffers: not thread-safe.
/// </summary>
/// <param name="cutoffM">c, the cut-off distance, m (&gt; 0).</param>
/// <param name="order">p ≥ 1.</param>
public sealed class Gospa(double cutoffM = 500, double order = 1)
{
    private readonly OptimalSubpatternAssignment _solver = new();

    /// <summary>c, m.</summary>
    public double CutoffM { get; } = cutoffM > 0 ? cutoffM : throw new ArgumentOutOfRangeException(nameof(cutoffM), cutoffM, "c must be > 0.");

    /// <summary>p.</summary>
    public double Order { get; } = order >= 1 ? order : throw new ArgumentOutOfRangeException(nameof(order), order, "p must be ≥ 1.");

    /// <summary>GOSPA between true positions <paramref name="truths"/> and estimates <paramref name="estimates"/> (metres; use Z = 0 in 2-D).</summary>
    public GospaResult Compute(ReadOnlySpan<Vec3> truths, ReadOnlySpan<Vec3> estimates)
    {
        (double loc, int assigned) = _solver.Solve(truths, estimates, CutoffM, Order);
        double half = Math.Pow(CutoffM, Order) / 2;
        int missed = truths.Length - assigned, falseCount = estimates.Length - assigned;
        double missedPart = half * missed, falsePart = half * falseCount;
        return new GospaResult(Math.Pow(loc + missedPart + falsePart, 1 / Order), loc, missedPart, falsePart, missed, falseCount);
    }
}
