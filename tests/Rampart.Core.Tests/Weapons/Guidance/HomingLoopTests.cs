using Rampart.Core.Weapons.Guidance;

namespace Rampart.Core.Tests.Weapons.Guidance;

/// <summary>
/// The linearised single-lag homing loop, forward (RK4 per flight time) and adjoint (one backward
/// run), against the hand-worked closed forms of <see cref="HomingLoopClosedForms"/> and against
/// each other.
/// </summary>
public class HomingLoopTests
{
    private const double Vm = 3000.0;          // m/s
    private const double He = -20.0 * Math.PI / 180.0; // rad (Zarchan's usual −20°)
    private const double G = 9.80665;

    private static HomingLoop Pn(double n, double t) => new(HomingLaw.ProportionalNavigation, n, t);

    private static HomingLoop Apn(double n, double t) => new(HomingLaw.AugmentedProportionalNavigation, n, t);

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Adjoint_HeadingErrorMiss_MatchesClosedForm(int n)
    {
        const double T = 1.0;
        var adjoint = HomingLoopAdjoint.Run(Pn(n, T), 10.0);
        var he = HomingDisturbance.HeadingError(Vm, He);
        foreach (double tf in new[] { 0.1, 0.5, 1.0, 2.0, 3.0, 3.4, 5.0, 8.0, 10.0 })
        {
            // miss = −V_m·HE·T·g₁(t_F/T); −V_m·HE = +1047.2 m/s, so a unit of g₁ is 1047 m.
            double expected = -Vm * He * T * HomingLoopClosedForms.HeadingErrorG1(n, tf / T);
            Assert.Equal(expected, adjoint.Miss(he, tf), 1e-6 * Vm * Math.Abs(He) * T);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Adjoint_StepManoeuvreMiss_MatchesClosedForm(int n)
    {
        const double T = 0.5;
        const double Nt = 3 * G;
        var adjoint = HomingLoopAdjoint.Run(Pn(n, T), 10.0);
        foreach (double tf in new[] { 0.1, 0.5, 1.0, 2.0, 4.0, 10.0 })
        {
            double expected = Nt * T * T * HomingLoopClosedForms.StepG2(n, tf / T);
            Assert.Equal(expected, adjoint.Miss(HomingDisturbance.TargetStep(Nt), tf), 1e-6 * Nt * T * T);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Adjoint_ApnStepManoeuvreMiss_MatchesClosedForm(int n)
    {
        const double T = 1.0;
        const double Nt = 5 * G;
        var adjoint = HomingLoopAdjoint.Run(Apn(n, T), 10.0);
        foreach (double tf in new[] { 0.2, 1.0, 2.0, 3.0, 6.0, 10.0 })
        {
            double expected = Nt * T * T * HomingLoopClosedForms.ApnStepG3(n, tf / T);
            Assert.Equal(expected, adjoint.Miss(HomingDisturbance.TargetStep(Nt), tf), 1e-6 * Nt * T * T);
        }
    }

    [Fact]
    public void Adjoint_N3StepManoeuvre_PeaksAtTwoTimeConstants_AtTwoOverESquared()
    {
        // g₂ = x²e^(−x)/2 has g₂′ = x·e^(−x)(1 − x/2) = 0 at x = 2: peak 2e⁻² = 0.27067 (by hand).
        const double T = 1.0;
        var adjoint = HomingLoopAdjoint.Run(Pn(3, T), 10.0);
        var unit = HomingDisturbance.TargetStep(1.0);
        int best = Enumerable.Range(0, adjoint.FlightTimesS.Count).MaxBy(i => adjoint.MissAt(unit, i));
        Assert.Equal(2.0, adjoint.FlightTimesS[best], 0.01);
        Assert.Equal(0.27067, adjoint.MissAt(unit, best), 1e-4);
    }

    [Theory]
    [InlineData(3, 0.1, 1.0)]
    [InlineData(3, 1.0, 1.0)]
    [InlineData(3, 2.5, 0.5)]
    [InlineData(4, 7.0, 1.0)]
    [InlineData(5, 4.0, 0.3)]
    public void Forward_AgreesWithAdjoint_ForHeadingError(int n, double tf, double t)
    {
        var loop = Pn(n, t);
        var he = HomingDisturbance.HeadingError(Vm, He);
        double forward = HomingLoopSimulation.Miss(loop, he, tf);
        double adjoint = HomingLoopAdjoint.Run(loop, tf).Miss(he, tf);
        AssertRelative(adjoint, forward, 1e-3);
    }

    [Theory]
    [InlineData(HomingLaw.ProportionalNavigation, 3, 0.5, 1.0)]
    [InlineData(HomingLaw.ProportionalNavigation, 3, 3.0, 1.0)]
    [InlineData(HomingLaw.ProportionalNavigation, 4, 10.0, 1.0)]
    [InlineData(HomingLaw.AugmentedProportionalNavigation, 3, 5.0, 1.0)]
    [InlineData(HomingLaw.AugmentedProportionalNavigation, 4, 2.0, 0.5)]
    public void Forward_AgreesWithAdjoint_ForStepManoeuvre(HomingLaw law, int n, double tf, double t)
    {
        var loop = new HomingLoop(law, n, t);
        var step = HomingDisturbance.TargetStep(3 * G);
        double forward = HomingLoopSimulation.Miss(loop, step, tf);
        double adjoint = HomingLoopAdjoint.Run(loop, tf).Miss(step, tf);
        AssertRelative(adjoint, forward, 1e-3);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ZeroLag_HeadingErrorMiss_IsZero(int n)
    {
        // With T = 0 the loop is y_ττ − (N′/τ)·y_τ + (N′/τ²)·y = 0 in τ = t_go (an Euler equation):
        // y = c₁τ + c₂τ^N′, which vanishes at τ = 0 whatever c₁, c₂ (Zarchan: no heading-error miss
        // without lag). The open-loop drift over 10 s would be 1047 m/s·10 s ≈ 10 km.
        var run = HomingLoopSimulation.Run(Pn(n, 0.0), HomingDisturbance.HeadingError(Vm, He), 10.0, 1e-3, recordEvery: 0);
        Assert.True(Math.Abs(run.MissM) < 1e-3, $"miss {run.MissM:R} m");
        var adjoint = HomingLoopAdjoint.Run(Pn(n, 0.0), 10.0);
        Assert.Equal(0.0, adjoint.Miss(HomingDisturbance.HeadingError(Vm, He), 7.0));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ZeroLag_StepManoeuvre_CommandTendsTo_NOverNMinus2_TimesTarget(int n)
    {
        // Zero lag, step n_t: the particular solution y = −n_t·τ²/(N′ − 2) plus c₁τ + c₂τ^N′ with
        // y(t_F) = y′(t_F) = 0 gives c₂ = n_t·t_F^(2−N′)/((N′ − 2)(N′ − 1)), and n_c = n_t − y_ττ =
        // n_t·N′/(N′ − 2)·(1 − (1 − t/t_F)^(N′−2)) (Zarchan ch. 2), → N′/(N′ − 2)·n_t at intercept.
        // The command is read from y/t_go², which magnifies the integration error near intercept, so
        // it is compared up to t_go = 100 steps (0.01 s); there the formula is within 0.1 % of N′/(N′ − 2).
        const double Tf = 10.0, Nt = 3 * G;
        var run = HomingLoopSimulation.Run(Pn(n, 0.0), HomingDisturbance.TargetStep(Nt), Tf, 1e-4, recordEvery: 100);
        var samples = run.Samples.Where(s => s.TimeS <= Tf - 0.0099).ToList();
        foreach (var s in samples)
        {
            double expected = n / (n - 2.0) * (1 - Math.Pow(1 - (s.TimeS / Tf), n - 2));
            Assert.Equal(expected, s.CommandMps2 / Nt, 1e-4);
        }

        Assert.Equal(Tf - 0.01, samples[^1].TimeS, 1e-9);
        Assert.Equal(n / (n - 2.0), samples[^1].CommandMps2 / Nt, 3.5e-3);
        Assert.True(Math.Abs(run.MissM) < 1e-6, $"miss {run.MissM:R} m");
    }

    [Fact]
    public void ZeroLag_Apn_DemandsLessThanPn_AgainstAStepManoeuvre()
    {
        // APN, zero lag: the particular solution is y = n_t·τ²/2, and the same end conditions give
        // n_c = ½N′·n_t·(1 − t/t_F)^(N′−2): ½N′·n_t at the start (1.5 n_t for N′ = 3), falling to 0,
        // where PN's demand rises to N′/(N′ − 2)·n_t = 3 n_t (hand-worked as above).
        const double Tf = 10.0, Nt = 3 * G;
        // (Compared up to t_go = 0.01 s, as above.)
        var apn = HomingLoopSimulation.Run(Apn(3, 0.0), HomingDisturbance.TargetStep(Nt), Tf, 1e-4, recordEvery: 100).Samples.Where(s => s.TimeS <= Tf - 0.0099).ToList();
        var pn = HomingLoopSimulation.Run(Pn(3, 0.0), HomingDisturbance.TargetStep(Nt), Tf, 1e-4, recordEvery: 100).Samples.Where(s => s.TimeS <= Tf - 0.0099).ToList();
        foreach (var s in apn)
        {
            Assert.Equal(1.5 * (1 - (s.TimeS / Tf)), s.CommandMps2 / Nt, 1e-4);
        }

        Assert.Equal(1.5, apn.Max(s => Math.Abs(s.CommandMps2)) / Nt, 1e-6);
        Assert.Equal(3.0, pn.Max(s => Math.Abs(s.CommandMps2)) / Nt, 3.5e-3);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Adjoint_HeadingErrorMiss_DiesOut_ForLongFlightTimes(int n)
    {
        // g₁ is e^(−x) times a polynomial: at x = 25, |g₁| < 25⁴·e^(−25) < 6e-6, against a peak of
        // 0.23 (N′ = 3, by hand); the miss per unit y′(0) is then below 1e-5·T.
        const double T = 0.4;
        var adjoint = HomingLoopAdjoint.Run(Pn(n, T), 25 * T);
        var unit = new HomingDisturbance(0.0, 1.0);
        double peak = Enumerable.Range(0, adjoint.FlightTimesS.Count).Max(i => Math.Abs(adjoint.MissAt(unit, i)));
        Assert.True(peak > 0.1 * T);
        Assert.True(Math.Abs(adjoint.Miss(unit, 25 * T)) < 1e-5 * T);
    }

    [Fact]
    public void Forward_StepManoeuvreMiss_GrowsWithTargetAcceleration_AndWithLag()
    {
        // N′ = 3: miss = n_t·T²·x²e^(−x)/2 = n_t·t_F²·e^(−t_F/T)/2, proportional to n_t and rising
        // with T at a fixed flight time (hand-worked from the closed form).
        const double Tf = 3.0;
        double[] lags = [0.5, 1.0, 2.0, 4.0];
        double[] accelerations = [1 * G, 3 * G, 6 * G];
        var misses = lags.Select(t => accelerations.Select(a => HomingLoopSimulation.Miss(Pn(3, t), HomingDisturbance.TargetStep(a), Tf)).ToArray()).ToArray();
        for (int i = 0; i < lags.Length; i++)
        {
            for (int j = 1; j < accelerations.Length; j++)
            {
                Assert.True(misses[i][j] > misses[i][j - 1]);
                AssertRelative(misses[i][0] * accelerations[j] / accelerations[0], misses[i][j], 1e-6);
            }

            if (i > 0)
            {
                Assert.True(misses[i][0] > misses[i - 1][0]);
            }
        }

        AssertRelative(G * Tf * Tf * Math.Exp(-Tf / 4.0) / 2, misses[3][0], 1e-3);
    }

    [Fact]
    public void Loop_RejectsANonPositiveNavigationRatio_AndANegativeLag()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HomingLoopAdjoint.Run(Pn(0, 1), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => HomingLoopSimulation.Miss(Pn(3, -1), HomingDisturbance.TargetStep(1), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => HomingLoopAdjoint.Run(Pn(3, 1), 5).Miss(HomingDisturbance.TargetStep(1), 6));
    }

    private static void AssertRelative(double expected, double actual, double relative)
    {
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, found {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):G3})");
    }
}
