using MathNet.Numerics.Distributions;

namespace Rampart.Analysis.Statistics;

/// <summary>The mean of paired differences b − a with its 95 % confidence interval.</summary>
/// <param name="MeanA">Mean of the first sample.</param>
/// <param name="MeanB">Mean of the second sample.</param>
/// <param name="Difference">Mean of b − a.</param>
/// <param name="Ci95Low">Lower end of the 95 % interval of the mean difference.</param>
/// <param name="Ci95High">Upper end.</param>
public readonly record struct PairedInterval(double MeanA, double MeanB, double Difference, double Ci95Low, double Ci95High);

/// <summary>
/// Paired comparison on common random numbers: replication r of both scenarios runs on the same
/// seed, so the difference d_r = b_r − a_r removes the noise the two share. The interval is the
/// Student-t interval of the mean difference, d̄ ± t(0.975, n − 1) · s_d / √n (any textbook, e.g.
/// Law, Simulation Modeling and Analysis, §10.2.1, the paired-t confidence interval). With
/// n = 1, or when every difference is equal, the interval has zero width.
/// </summary>
public static class PairedDifference
{
    public static PairedInterval Of(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count || a.Count == 0)
        {
            throw new ArgumentException("Paired samples must have the same, non-zero length.");
        }

        int n = a.Count;
        double meanA = a.Average(), meanB = b.Average();
        double meanD = 0;
        for (int i = 0; i < n; i++)
        {
            meanD += b[i] - a[i];
        }

        meanD /= n;
        if (n == 1)
        {
            return new PairedInterval(meanA, meanB, meanD, meanD, meanD);
        }

        double ss = 0;
        for (int i = 0; i < n; i++)
        {
            double e = b[i] - a[i] - meanD;
            ss += e * e;
        }

        double half = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(ss / (n - 1) / n);
        return new PairedInterval(meanA, meanB, meanD, meanD - half, meanD + half);
    }
}
