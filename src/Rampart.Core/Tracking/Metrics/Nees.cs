using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// Normalised estimation error squared, the filter-consistency test of Bar-Shalom, Li &amp;
/// Kirubarajan §5.4.2: ε = (x − x̂)ᵀ P⁻¹ (x − x̂), which for a consistent filter is chi-square
/// with n (the state dimension) degrees of freedom. Stateless.
/// </summary>
public static class Nees
{
    /// <summary>ε for the error <paramref name="error"/> = x − x̂ and the row-major n×n covariance <paramref name="covariance"/>.</summary>
    public static double Compute(ReadOnlySpan<double> error, ReadOnlySpan<double> covariance)
    {
        int n = error.Length;
        if (covariance.Length != n * n)
        {
            throw new ArgumentException($"Expected a {n}×{n} covariance, found {covariance.Length} elements.", nameof(covariance));
        }

        var p = Matrix<double>.Build.DenseOfRowMajor(n, n, covariance.ToArray());
        var e = Vector<double>.Build.DenseOfArray(error.ToArray());
        return e.DotProduct(p.Cholesky().Solve(e));
    }

    /// <summary>
    /// The two-sided <paramref name="confidence"/> interval for the NEES averaged over
    /// <paramref name="runs"/> independent Monte Carlo runs: M·ε̄ is chi-square with n·M degrees
    /// of freedom, so ε̄ ∈ [χ²_{nM}((1−conf)/2), χ²_{nM}((1+conf)/2)] / M.
    /// </summary>
    public static (double Lower, double Upper) AverageBounds(int dimension, int runs, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        int dof = dimension * runs;
        return (ChiSquared.InvCDF(dof, (1 - confidence) / 2) / runs, ChiSquared.InvCDF(dof, (1 + confidence) / 2) / runs);
    }
}
