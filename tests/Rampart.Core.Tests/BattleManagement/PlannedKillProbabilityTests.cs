using Rampart.Core.BattleManagement;
using Rampart.Core.Tests.Weapons;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.BattleManagement;

public sealed class PlannedKillProbabilityTests
{
    [Fact]
    public void TrackFactor_WithoutASeeker_CookieCutter_IsTheRayleighProbabilityOfTheLethalCircle()
    {
        // Circular normal miss, σ = 5 m per axis, lethal radius 5 m: P(ρ ≤ R) = 1 − e^(−R²/2σ²)
        // = 1 − e^(−1/2) = 0.393469 (Rayleigh CDF, by hand); the Carleton mean for the same
        // σ and R is 1/(1 + 2·ln 2) = 1/2.386294 = 0.419060.
        Assert.Equal(0.393469, PlannedKillProbability.TrackFactor(0, 5, 5, DamageFunction.CookieCutter), 6);
        Assert.Equal(0.419060, PlannedKillProbability.TrackFactor(0, 5, 5, DamageFunction.Gaussian), 6);
    }

    [Fact]
    public void TrackFactor_WithASeeker_IsTheRayleighProbabilityOfTheBasket()
    {
        // Basket radius equal to σ: 1 − exp(−1/2) = 0.3934693 (worked by hand).
        Assert.Equal(0.3934693, PlannedKillProbability.TrackFactor(100, 100, 20), 6);

        // Basket 3σ: 1 − exp(−4.5) = 0.9888910.
        Assert.Equal(0.9888910, PlannedKillProbability.TrackFactor(300, 100, 20), 6);
    }

    [Fact]
    public void TrackFactor_WithoutASeeker_IsTheMeanCarletonDamage()
    {
        // σ = R_L: E[2^(−d²/R²)] over a circular Gaussian miss = 1/(1 + 2·ln 2) = 0.4190598 (Driels' closed form).
        Assert.Equal(0.4190598, PlannedKillProbability.TrackFactor(0, 20, 20), 6);
    }

    [Fact]
    public void EndGameFactor_IsFullAtThreeTimesTheTargetsAcceleration_AndLinearBelow()
    {
        Assert.Equal(1.0, PlannedKillProbability.EndGameFactor(27 * 9.80665, 9 * 9.80665), 12);
        Assert.Equal(20.0 / 27.0, PlannedKillProbability.EndGameFactor(20 * 9.80665, 9 * 9.80665), 12);
    }

    [Fact]
    public void AvailableAcceleration_IsTheStructuralLimitAtSeaLevelMach2_AndScalesWithDynamicPressure()
    {
        var missile = TestMissiles.Spec48N6 with { MaxLateralG = 20 };

        // The test airframe has no CN_max of its own, so the interceptor model sets it to reach the
        // 20 g limit burnt out at sea level, Mach 2 (docs/model.md): there a = 196.133 m/s²; no divert.
        Assert.Equal(196.133, PlannedKillProbability.AvailableAccelerationMps2(missile, 2 * 340.294, 0), 2);

        // 11 km, 1,000 m/s: ρ = 0.36392 kg/m³ (US Standard Atmosphere 1976 table), q = 181,960 Pa,
        // q_ref = 0.6125 × 680.588² = 283,710 Pa, so 196.133 × 0.64136 = 125.79 m/s².
        Assert.Equal(125.79, PlannedKillProbability.AvailableAccelerationMps2(missile, 1000, 11_000), 0);
    }

    [Fact]
    public void Basket_IsLimitedByTheSeekersFieldOfView_OrByTheDivertInTheHomingTime()
    {
        // 25 km acquisition, 20 g, closing 2,000 m/s: divert ½ × 196.133 × 12.5² = 15,323 m, field
        // of view 25 km × tan 30° = 14,434 m: the smaller counts.
        Assert.Equal(14_434, PlannedKillProbability.BasketRadiusM(25_000, 196.133, 1500, 500), 0);

        // 10 km acquisition, 5 g, closing 2,000 m/s: ½ × 49.033 × 5² = 612.9 m (field of view 5,774 m).
        Assert.Equal(612.9, PlannedKillProbability.BasketRadiusM(10_000, 49.033, 1500, 500), 1);
    }

    [Fact]
    public void Planned_IsReliabilityTimesSspk_ForAPreciseTrackOfANonManoeuvringTargetLowDown()
    {
        // 20 g at sea level and Mach 2.5 against a believed cruise missile (3 g: 20 ≥ 9), σ = 10 m
        // against a 14 km basket: both factors are 1 to 12 digits.
        var missile = TestMissiles.Spec48N6 with { MaxLateralG = 20, Reliability = 0.95, SingleShotPk = 0.9, SeekerAcquisitionRangeM = 25_000 };
        var intercept = new InterceptSolution(true, InterceptReason.None, default, 30, 29, 2.5 * 340.294);

        double pk = PlannedKillProbability.Of(missile, intercept, 20, 250, BelievedClass.CruiseMissile, 10);

        Assert.Equal(0.95 * 0.9, pk, 12);
    }

    [Fact]
    public void Planned_FallsForAManoeuvringAircraftHighUp()
    {
        // 20 km, 1,000 m/s: ρ = 0.088910 kg/m³ (1976 table), q = 44,455 Pa, a_m = 196.133 × 0.15669
        // = 30.73 m/s²; a believed aircraft pulls 9 g = 88.26 m/s², so the end-game factor is
        // 30.73 / 264.78 = 0.1161 and the planned P_k 0.855 × 0.1161 = 0.0992 (σ = 10 m: track factor 1).
        var missile = TestMissiles.Spec48N6 with { MaxLateralG = 20, Reliability = 0.95, SingleShotPk = 0.9, SeekerAcquisitionRangeM = 25_000 };
        var intercept = new InterceptSolution(true, InterceptReason.None, default, 60, 58, 1000);

        double pk = PlannedKillProbability.Of(missile, intercept, 20_000, 250, BelievedClass.Aircraft, 10);

        Assert.Equal(0.0992, pk, 3);
    }
}
