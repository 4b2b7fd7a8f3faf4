using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking;
using Xunit.Abstractions;

namespace Rampart.Core.Tests.Tracking;

/// <summary>
/// The standard and the debiased (Mo et al. 1998) converted measurements against Monte Carlo
/// samples of a radar with coarse angles: σ_az = 3°, σ_el = 1°, σ_r = 20 m, target at 100 km.
/// </summary>
public class DebiasedConversionTests(ITestOutputHelper output)
{
    private const double RangeM = 100_000;
    private const double SigmaRangeM = 20;
    private static readonly double Azimuth = 30 * Math.PI / 180;
    private static readonly double Elevation = 5 * Math.PI / 180;
    private static readonly double SigmaAzimuth = 3 * Math.PI / 180;
    private static readonly double SigmaElevation = 1 * Math.PI / 180;
    private static readonly EnuFrame Frame = new(new GeodeticPosition(55, 37, 150));
    private static readonly SensorSite Site = new("s", 0, Frame, 1, _ => true);

    // The true point in the sensor's (= tracker's) ENU: r·(cos e·sin a, cos e·cos a, sin e).
    private static Vec3 Truth(double r, double az, double el) =>
        new(r * Math.Cos(el) * Math.Sin(az), r * Math.Cos(el) * Math.Cos(az), r * Math.Sin(el));

    private static Detection Measure(Random random, double r, double az, double el) => new(
        default, 0,
        r + Normal.Sample(random, 0, SigmaRangeM),
        az + Normal.Sample(random, 0, SigmaAzimuth),
        el + Normal.Sample(random, 0, SigmaElevation),
        SigmaRangeM, SigmaAzimuth, SigmaElevation, 20);

    // Hand-worked: σ_a = 0.0523599 rad, σ_a² = 0.00274156, λ_a = e^{-σ_a²/2} = 0.9986302;
    // σ_e = 0.0174533 rad, σ_e² = 0.00030462, λ_e = 0.9998477. For a ~ N(a₀, σ²),
    // E[sin a] = λ·sin a₀ and E[cos a] = λ·cos a₀ (the characteristic function of the Gaussian),
    // so E[r cos e sin a] = r·λ_e·cos e₀·λ_a·sin a₀: the mean standard point is the true one
    // times λ_a·λ_e = 0.9984781 horizontally and λ_e = 0.9998477 vertically. Along the horizontal
    // line of sight (true horizontal range r·cos 5° = 99 619.5 m) that is a pull towards the
    // radar of 99 619.5 × (1 − 0.9984781) = 151.6 m.
    [Fact]
    public void StandardConversion_IsPulledTowardsTheRadarByLambda_DebiasedIsUnbiased()
    {
        const int n = 200_000;
        var random = new Random(20250601);
        Vec3 x = Truth(RangeM, Azimuth, Elevation);
        var sumStd = new double[3];
        var sumDeb = new double[3];
        var sumSqDeb = new double[3];
        for (int i = 0; i < n; i++)
        {
            Detection d = Measure(random, RangeM, Azimuth, Elevation);
            Vec3 s = ConvertedMeasurement.FromDetection(d, Site, Frame, MeasurementConversion.Standard).Position;
            Vec3 u = ConvertedMeasurement.FromDetection(d, Site, Frame, MeasurementConversion.Debiased).Position;
            for (int k = 0; k < 3; k++)
            {
                sumStd[k] += C(s, k) - C(x, k);
                sumDeb[k] += C(u, k) - C(x, k);
                sumSqDeb[k] += (C(u, k) - C(x, k)) * (C(u, k) - C(x, k));
            }
        }

        const double lambdaH = 0.9984781, lambdaU = 0.9998477;
        var lambda = new[] { lambdaH, lambdaH, lambdaU };
        for (int k = 0; k < 3; k++)
        {
            // Standard error of a mean of n samples; 4.5 of them: a false failure has odds < 1e-5 per axis.
            double se = Math.Sqrt(sumSqDeb[k] / n) / Math.Sqrt(n);
            double biasStd = sumStd[k] / n, biasDeb = sumDeb[k] / n;
            output.WriteLine($"axis {k}: standard bias {biasStd:F1} m (λ predicts {(lambda[k] - 1) * C(x, k):F1}), debiased {biasDeb:F1} m, SE {se:F1} m");
            Assert.InRange(biasStd, ((lambda[k] - 1) * C(x, k)) - (4.5 * se), ((lambda[k] - 1) * C(x, k)) + (4.5 * se));
            Assert.InRange(biasDeb, -4.5 * se, 4.5 * se);
        }

        // Along the horizontal line of sight: −151.6 m for the standard conversion (hand-worked above).
        var los = new Vec3(Math.Sin(Azimuth), Math.Cos(Azimuth), 0);
        double alongStd = ((sumStd[0] * los.X) + (sumStd[1] * los.Y)) / n;
        Assert.InRange(alongStd, -151.6 - 15, -151.6 + 15);
    }

    // The debiased covariance against the sample covariance of the debiased points about the
    // truth (an independent reference: nothing from the converter's R enters it). With n = 200 000
    // a sample variance has a relative standard error √(2/n) = 0.3 %; the tolerance is 3 % of
    // √(R_ii·R_jj) for every element. Second, the single-measurement NEES eᵀ·R⁻¹·e, χ²(3) for a
    // consistent R: its mean must be within 5 % of 3 (its Monte Carlo standard error is
    // √(6/n) ≈ 0.005; the rest is room for the measurement-conditioned R being an approximation).
    // The standard conversion's NEES is checked to be far above 3: its first-order R ignores the
    // bias and the second-order along-range error ≈ r²·σ_a⁴/2.
    [Fact]
    public void DebiasedCovariance_MatchesTheSampleCovariance()
    {
        const int n = 200_000;
        var random = new Random(7);
        Vec3 x = Truth(RangeM, Azimuth, Elevation);
        var sample = new double[3, 3];
        var model = new double[3, 3];
        double neesDebiased = 0, neesStandard = 0;
        for (int i = 0; i < n; i++)
        {
            Detection d = Measure(random, RangeM, Azimuth, Elevation);
            ConvertedMeasurement u = ConvertedMeasurement.FromDetection(d, Site, Frame, MeasurementConversion.Debiased);
            ConvertedMeasurement s = ConvertedMeasurement.FromDetection(d, Site, Frame, MeasurementConversion.Standard);
            Vec3 e = u.Position - x;
            double[,] r = ToArray(u.Covariance);
            for (int a = 0; a < 3; a++)
            {
                for (int b = 0; b < 3; b++)
                {
                    sample[a, b] += C(e, a) * C(e, b);
                    model[a, b] += r[a, b];
                }
            }

            neesDebiased += u.Covariance.Inverse().QuadraticForm(e);
            neesStandard += s.Covariance.Inverse().QuadraticForm(s.Position - x);
        }

        for (int a = 0; a < 3; a++)
        {
            for (int b = 0; b < 3; b++)
            {
                double sm = sample[a, b] / n, m = model[a, b] / n;
                double scale = Math.Sqrt(model[a, a] / n * model[b, b] / n);
                output.WriteLine($"[{a},{b}] sample {sm:E4} model {m:E4}");
                Assert.InRange(sm - m, -0.03 * scale, 0.03 * scale);
            }
        }

        output.WriteLine($"single-measurement NEES: debiased {neesDebiased / n:F3}, standard {neesStandard / n:F3} (χ²(3) mean 3)");
        Assert.InRange(neesDebiased / n, 2.85, 3.15);
        Assert.True(neesStandard / n > 4, $"standard NEES {neesStandard / n:F2}");
    }

    // A target flying at constant velocity 100 km out, tracked for 30 scans 2 s apart by a CV
    // filter (q = 0.01 m²/s³: nearly no process noise, the truth has none). Position NEES at the
    // last scan, averaged over M = 200 runs; for a consistent filter M·NEES ~ χ²(3M), 95 % band
    // [2.60, 3.42] (χ² quantiles of 600 degrees of freedom, Wilson–Hilferty: 600·(1 − 2/5400 ∓
    // 1.96·√(2/5400))³ / 200). The standard conversion, biased by ≈ 150 m along a line of sight
    // where it claims σ ≈ 20 m, is far outside; the debiased one must be closer (in ratio) to 3.
    // It is not inside the band (measured 8.4 with this seed): R computed at the measured angles is
    // correlated with the measurement error, so the filter's R⁻¹-weighted average is pulled
    // outwards by ≈ r·σ_a² along the line of sight (Bordonaro, Willett & Bar-Shalom 2014, the
    // "decorrelated" UCM, which evaluates R at the prediction instead; not implemented). The upper
    // bound 20 guards that residual against regressions.
    [Fact]
    public void TrackedTargetNees_IsCloserToItsChiSquareBand_WithDebiasing()
    {
        double neesStandard = MeanFinalNees(MeasurementConversion.Standard);
        double neesDebiased = MeanFinalNees(MeasurementConversion.Debiased);
        output.WriteLine($"mean position NEES after 30 scans: standard {neesStandard:F2}, debiased {neesDebiased:F2}; band [2.60, 3.42]");

        Assert.True(neesStandard > 3.42, $"standard NEES {neesStandard:F2} should be above the band");
        Assert.True(neesDebiased < 20, $"debiased NEES {neesDebiased:F2}");
        Assert.True(Math.Abs(Math.Log(neesDebiased / 3)) < Math.Abs(Math.Log(neesStandard / 3)), $"debiased {neesDebiased:F2} not closer to 3 than standard {neesStandard:F2}");
    }

    private static double MeanFinalNees(MeasurementConversion conversion)
    {
        const int runs = 200, scans = 30;
        const double dt = 2;
        var random = new Random(11); // same truth and noise for both conversions
        var filter = new ConstantVelocityKalmanFilter(processNoise: 0.01);
        var velocity = new Vec3(-200, 50, 0);
        Vec3 start = Truth(RangeM, Azimuth, Elevation);
        double sum = 0;
        for (int run = 0; run < runs; run++)
        {
            // Initialised at the first converted point, velocity 0 ± 300 m/s per axis.
            Vec3 x = start;
            ConvertedMeasurement z0 = ConvertedMeasurement.FromDetection(MeasureAt(random, x), Site, Frame, conversion);
            GaussianState state = GaussianState.Create(z0.Position, Vec3.Zero, z0.Covariance, velocityVariance: 300 * 300);
            for (int k = 1; k < scans; k++)
            {
                x += velocity * dt;
                filter.Predict(ref state, dt);
                ConstantVelocityKalmanFilter.Update(ref state, ConvertedMeasurement.FromDetection(MeasureAt(random, x), Site, Frame, conversion));
            }

            sum += state.PositionCovariance.Inverse().QuadraticForm(x - state.Position);
        }

        return sum / runs;
    }

    private static Detection MeasureAt(Random random, Vec3 x)
    {
        double r = x.Length;
        double az = Math.Atan2(x.X, x.Y);
        double el = Math.Asin(x.Z / r);
        return Measure(random, r, az, el);
    }

    private static double C(Vec3 v, int k) => k switch { 0 => v.X, 1 => v.Y, _ => v.Z };

    private static double[,] ToArray(SymmetricMatrix3 m) => new[,]
    {
        { m.Xx, m.Xy, m.Xz },
        { m.Xy, m.Yy, m.Yz },
        { m.Xz, m.Yz, m.Zz },
    };
}
