using MathNet.Numerics;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

public class DetectionProbabilityTests
{
    [Fact]
    public void RequiredSnr_Swerling1_Pd09_Pfa1e6_Is21Point14Db()
    {
        // Closed form worked by hand: P_d = P_fa^(1/(1+SNR)) ⇒ SNR = ln P_fa / ln P_d − 1
        // = (−13.81551)/(−0.1053605) − 1 = 131.1261 − 1 = 130.1261 = 21.1436 dB.
        // (Richards and Skolnik quote ≈ 21.1 dB for this case.)
        double snr = DetectionProbability.RequiredSnr(0.9, 1e-6, 1);
        Assert.Equal(21.1436, DetectionProbability.RatioToDb(snr), 0.001);
    }

    [Fact]
    public void RequiredSnr_Swerling0_Pd09_Pfa1e6_AgreesWithAlbersheim()
    {
        // Albersheim's approximation (Richards, Fundamentals of Radar Signal Processing, §6.2), one
        // pulse: A = ln(0.62/P_fa) = 13.3375, B = ln(P_d/(1−P_d)) = 2.19722,
        // SNR_dB = (6.2 + 4.54/sqrt(1.44))·log10(A + 0.12·A·B + 1.7·B)
        //        = 9.98333·log10(20.5894) = 13.11 dB.
        // Albersheim's stated accuracy is 0.2 dB for 1e-7 ≤ P_fa ≤ 1e-3, 0.1 ≤ P_d ≤ 0.9; the exact
        // (Marcum Q) value usually quoted is 13.2 dB, so we allow 0.2 dB around 13.11 dB.
        double snrDb = DetectionProbability.RatioToDb(DetectionProbability.RequiredSnr(0.9, 1e-6, 0));
        Assert.InRange(snrDb, 13.11 - 0.2, 13.11 + 0.2);
    }

    [Theory]
    [InlineData(0.5, 1e-4)]
    [InlineData(0.9, 1e-6)]
    [InlineData(0.7, 1e-3)]
    public void RequiredSnr_Swerling0_IsWithinAlbersheimAccuracy(double pd, double pfa)
    {
        // Albersheim single pulse, formula as above, evaluated per case.
        double a = Math.Log(0.62 / pfa), b = Math.Log(pd / (1 - pd));
        double albersheimDb = (6.2 + (4.54 / Math.Sqrt(1.44))) * Math.Log10(a + (0.12 * a * b) + (1.7 * b));
        double snrDb = DetectionProbability.RatioToDb(DetectionProbability.RequiredSnr(pd, pfa, 0));
        Assert.Equal(albersheimDb, snrDb, 0.2);
    }

    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(1.0, 1.0)]
    [InlineData(2.0, 3.0)]
    [InlineData(5.0, 4.0)]
    [InlineData(0.5, 4.0)]
    [InlineData(10.0, 8.0)]
    [InlineData(3.0, 6.5)]
    [InlineData(30.0, 25.0)]
    [InlineData(40.0, 38.0)]  // means above 600: the log-space path
    [InlineData(36.0, 30.0)]
    public void MarcumQ1_MatchesNumericalIntegralOfTheRicianDensity(double a, double b)
    {
        // Independent reference: Q1(a,b) = ∫_b^∞ x·exp(−(x−a)²/2)·[e^(−ax) I0(ax)] dx by composite
        // Simpson's rule over [b, b + 40] (the integrand is below 1e-300 beyond), with MathNet's
        // exponentially scaled Bessel function.
        const int n = 40_000;
        double h = 40.0 / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double x = b + (i * h);
            double f = x * Math.Exp(-0.5 * (x - a) * (x - a)) * SpecialFunctions.BesselIScaled(0, a * x);
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }

        double reference = sum * h / 3.0;
        Assert.Equal(reference, DetectionProbability.MarcumQ1(a, b), 1e-9);
    }

    [Fact]
    public void MarcumQ1_KnownClosedForms()
    {
        // Q1(0, b) = exp(−b²/2) (Rayleigh tail); Q1(a, 0) = 1.
        Assert.Equal(Math.Exp(-4.5), DetectionProbability.MarcumQ1(0.0, 3.0), 1e-15);
        Assert.Equal(1.0, DetectionProbability.MarcumQ1(2.5, 0.0), 1e-15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void SinglePulse_NoSignal_GivesFalseAlarmProbability(int swerling)
    {
        // With SNR = 0 every case reduces to the noise-only tail exp(−T) = P_fa.
        Assert.Equal(1e-5, DetectionProbability.SinglePulse(0.0, 1e-5, swerling), 1e-15);
    }

    [Fact]
    public void SinglePulse_Swerling3_At20Db_MatchesHandValue()
    {
        // Worked by hand from P_d = exp(−T/(1+S/2))·(1 + 2TS/(2+S)²), S = 100, T = 13.815511:
        // exp(−13.815511/51) = exp(−0.2708924) = 0.762699; 1 + 2·13.815511·100/102² = 1.265581;
        // P_d = 0.965257.
        Assert.Equal(0.965257, DetectionProbability.SinglePulse(100.0, 1e-6, 3), 1e-6);
    }

    [Theory]
    [InlineData(0, 10.0, 1e-3)]
    [InlineData(1, 20.0, 1e-3)]
    [InlineData(3, 15.0, 1e-3)]
    [InlineData(0, 25.0, 1e-6)]
    public void SinglePulse_MatchesMonteCarloOfTheSquareLawDetector(int swerling, double snr, double pfa)
    {
        // Independent simulation of the physics: complex noise with unit mean power, signal
        // power s drawn from the Swerling distribution with mean SNR (0: fixed; 1: exponential;
        // 3: chi-square with 4 degrees of freedom, i.e. Gamma(2, SNR/2)), detect when
        // |√s + noise|² > T = −ln P_fa. 200,000 trials: the standard error is at most 0.0011, we
        // allow 4.5 standard errors.
        const int trials = 200_000;
        var rng = new Random(12345);
        double t = -Math.Log(pfa);
        int hits = 0;
        for (int i = 0; i < trials; i++)
        {
            double s = swerling switch
            {
                0 => snr,
                1 => -snr * Math.Log(1.0 - rng.NextDouble()),
                _ => -0.5 * snr * (Math.Log(1.0 - rng.NextDouble()) + Math.Log(1.0 - rng.NextDouble())),
            };
            double nI = Gaussian(rng) * Math.Sqrt(0.5), nQ = Gaussian(rng) * Math.Sqrt(0.5);
            double re = Math.Sqrt(s) + nI;
            if ((re * re) + (nQ * nQ) > t)
            {
                hits++;
            }
        }

        double empirical = (double)hits / trials;
        double pd = DetectionProbability.SinglePulse(snr, pfa, swerling);
        double se = Math.Sqrt(pd * (1 - pd) / trials);
        Assert.InRange(empirical, pd - (4.5 * se) - 1e-4, pd + (4.5 * se) + 1e-4);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(3, 4)]
    public void SinglePulse_ScanToScanAndPulseToPulseCasesAgreeForOnePulse(int scanCase, int pulseCase)
    {
        Assert.Equal(
            DetectionProbability.SinglePulse(40.0, 1e-6, scanCase),
            DetectionProbability.SinglePulse(40.0, 1e-6, pulseCase),
            1e-15);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void RequiredSnr_GivesBackThePd(int swerling)
    {
        double snr = DetectionProbability.RequiredSnr(0.75, 1e-6, swerling);
        Assert.Equal(0.75, DetectionProbability.SinglePulse(snr, 1e-6, swerling), 1e-8);
    }

    [Fact]
    public void SinglePulse_RejectsUnknownSwerlingCase()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DetectionProbability.SinglePulse(10.0, 1e-6, 5));
    }

    private static double Gaussian(Random rng)
    {
        // Box–Muller, written out so the reference does not share code with the model.
        double u1 = 1.0 - rng.NextDouble(), u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
