using Rampart.Analysis.Statistics;

namespace Rampart.Analysis.Tests.Statistics;

/// <summary>
/// Reference values worked by hand from Wilson's formula at z = 1.959964 (z² = 3.841459):
/// centre = (p̂ + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p̂(1−p̂)/n + z²/4n²). For n = 10,
/// 1 + z²/n = 1.3841459. The 0/10 upper bound 0.2775 and the 5/10 interval 0.2366–0.7634 are
/// also the values tabulated in Newcombe (1998), "Two-sided confidence intervals for the single
/// proportion", Statistics in Medicine 17, 857–872.
/// </summary>
public sealed class WilsonIntervalTests
{
    private const double Z = 1.959964;

    [Fact]
    public void Wilson_0Of10_Is0To0p2775()
    {
        // p̂ = 0: centre = (0.1920729)/1.3841459 = 0.1387664; half = 1.4160059·√(0.0096036) = 0.1387664.
        var ci = WilsonInterval.Of(0, 10, Z);
        Assert.Equal(0.0, ci.Mean);
        Assert.Equal(0.0, ci.Low, 6);
        Assert.Equal(0.2775328, ci.High, 6);
    }

    [Fact]
    public void Wilson_5Of10_Is0p2366To0p7634()
    {
        // p̂ = 0.5: centre = 0.6920729/1.3841459 = 0.5; half = 1.4160059·√(0.025 + 0.0096036) = 0.2634069.
        var ci = WilsonInterval.Of(5, 10, Z);
        Assert.Equal(0.5, ci.Mean);
        Assert.Equal(0.2365931, ci.Low, 6);
        Assert.Equal(0.7634069, ci.High, 6);
    }

    [Fact]
    public void Wilson_10Of10_Is0p7225To1()
    {
        // p̂ = 1: centre = 1.1920729/1.3841459 = 0.8612336; half = 0.1387664 (as for 0/10, by symmetry).
        var ci = WilsonInterval.Of(10, 10, Z);
        Assert.Equal(1.0, ci.Mean);
        Assert.Equal(0.7224672, ci.Low, 6);
        Assert.Equal(1.0, ci.High, 6);
    }

    [Fact]
    public void Wilson_1Of20_IsAsymmetricAroundTheFraction()
    {
        // p̂ = 0.05, n = 20: 1 + z²/n = 1.1920729; centre = (0.05 + 0.0960365)/1.1920729 = 0.1225063;
        // half = (1.959964/1.1920729)·√(0.002375 + 0.0024009) = 1.6441594·0.0691082 = 0.1136249.
        var ci = WilsonInterval.Of(1, 20, Z);
        Assert.Equal(0.0088814, ci.Low, 6);
        Assert.Equal(0.2361312, ci.High, 6);
    }

    [Fact]
    public void Wilson_DefaultZ_IsTheNormal97p5Quantile()
    {
        // Φ⁻¹(0.975) = 1.959963985 (any normal table).
        Assert.Equal(1.959963985, WilsonInterval.Z95, 9);
    }
}
