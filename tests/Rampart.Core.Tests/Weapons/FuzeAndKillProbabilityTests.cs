using Rampart.Core.Geo;
using Rampart.Core.Weapons;

namespace Rampart.Core.Tests.Weapons;

public class FuzeAndKillProbabilityTests
{
    [Fact]
    public void ClosestApproach_StraightPass_GivesPerpendicularDistanceAndInstant()
    {
        // Relative position runs from (−30, 7, 0) to (170, 7, 0): by hand the closest point is
        // (0, 7, 0), 7 m away, reached 30/200 = 0.15 of the way through the step.
        double miss = Fuze.ClosestApproach(new Vec3(-30, 7, 0), new Vec3(170, 7, 0), out double f);
        Assert.Equal(7.0, miss, 12);
        Assert.Equal(0.15, f, 12);
    }

    [Fact]
    public void ClosestApproach_StillClosingAtStepEnd_IsTheEndPoint()
    {
        // (−300, 4, 0) → (−100, 4, 0): still approaching; closest at the end, √(100² + 4²).
        double miss = Fuze.ClosestApproach(new Vec3(-300, 4, 0), new Vec3(-100, 4, 0), out double f);
        Assert.Equal(1.0, f);
        Assert.Equal(Math.Sqrt(10016.0), miss, 12);
    }

    [Theory]
    // Lethal radius 20 m, single-shot Pk 0.9; P = 0.9 · 2^(−d²/20²) worked by hand:
    [InlineData(0.0, 0.9)]          // 2^0 = 1
    [InlineData(20.0, 0.45)]        // 2^−1 = 1/2
    [InlineData(40.0, 0.05625)]     // 2^−4 = 1/16
    [InlineData(10.0, 0.75681)]     // 2^−0.25 = 0.840896 → 0.756807
    public void KillProbability_FollowsCarletonCurve_HalfAtLethalRadius(double miss, double expected)
    {
        Assert.Equal(expected, KillProbability.Of(TestMissiles.Spec48N6, miss), 5);
    }

    [Theory]
    // Cookie cutter, lethal radius 20 m, single-shot Pk 0.9: 0.9 inside (radius included), 0 beyond.
    [InlineData(0.0, 0.9)]
    [InlineData(19.99, 0.9)]
    [InlineData(20.0, 0.9)]
    [InlineData(20.01, 0.0)]
    [InlineData(40.0, 0.0)]
    public void KillProbability_CookieCutter_IsAllInsideTheLethalRadiusAndNothingBeyond(double miss, double expected)
    {
        var hitToKill = TestMissiles.Spec48N6 with { DamageFunction = DamageFunction.CookieCutter };
        Assert.Equal(expected, KillProbability.Of(hitToKill, miss), 12);
    }

    [Fact]
    public void KillProbability_OfNoMissDistance_IsZero()
    {
        Assert.Equal(0.0, KillProbability.Of(TestMissiles.Spec48N6, double.NaN));
    }
}
