using Rampart.Core.Geo;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Tests.Tracking.Metrics;

public class GospaTests
{
    // Worked by hand from Rahmathullah, García-Fernández & Svensson (FUSION 2017), Prop. 1, α = 2:
    // d = [min_γ Σ_γ d^p + (c^p/2)(|X| + |Y| − 2|γ|)]^(1/p). c = 10 m, p = 1.
    // Truths (0,0), (100,0), (200,0); estimates (3,4) [5 m from the first], (100,8) [8 m from
    // the second], (500,500) [far from all]. Best γ: the two close pairs → localisation 5 + 8 = 13;
    // one missed truth (200,0): 10/2 = 5; one false estimate: 5. GOSPA = 13 + 5 + 5 = 23.
    [Fact]
    public void Gospa_MatchesHandWorkedExample_WithItsSplit()
    {
        var gospa = new Gospa(cutoffM: 10, order: 1);
        GospaResult r = gospa.Compute(
            [new Vec3(0, 0, 0), new Vec3(100, 0, 0), new Vec3(200, 0, 0)],
            [new Vec3(3, 4, 0), new Vec3(100, 8, 0), new Vec3(500, 500, 0)]);

        Assert.Equal(23.0, r.Distance, 9);
        Assert.Equal(13.0, r.Localisation, 9);
        Assert.Equal(5.0, r.Missed, 9);
        Assert.Equal(5.0, r.False, 9);
        Assert.Equal(1, r.MissedCount);
        Assert.Equal(1, r.FalseCount);
    }

    // Optimal, not greedy: truths a = (0,0), b = (6,0); estimates u = (4,0), v = (−5,0); c = 10.
    // Greedy nearest takes a–u (4) and then b–v is 11 ≥ c: 4 + 5 + 5 = 14. The optimum takes
    // a–v (5) and b–u (2): 7. With p = 2: √(5² + 2²) = √29.
    [Fact]
    public void Gospa_UsesTheOptimalAssignment_NotTheGreedyOne()
    {
        Vec3[] truths = [new(0, 0, 0), new(6, 0, 0)];
        Vec3[] estimates = [new(4, 0, 0), new(-5, 0, 0)];

        Assert.Equal(7.0, new Gospa(10, 1).Compute(truths, estimates).Distance, 9);
        Assert.Equal(Math.Sqrt(29), new Gospa(10, 2).Compute(truths, estimates).Distance, 9);
    }

    // Only cardinality errors: with no estimates, each of 4 truths costs c^p/2, so for c = 500,
    // p = 1 GOSPA = 4·250 = 1000; with nothing at all it is 0.
    [Fact]
    public void Gospa_OfMissedTargetsOnly_IsHalfTheCutoffPerTarget()
    {
        Vec3[] truths = [new(0, 0, 0), new(1e4, 0, 0), new(2e4, 0, 0), new(3e4, 0, 0)];
        GospaResult r = new Gospa(500, 1).Compute(truths, []);
        Assert.Equal(1000.0, r.Distance, 9);
        Assert.Equal(4, r.MissedCount);
        Assert.Equal(0.0, new Gospa().Compute([], []).Distance);
    }

    // OSPA (Schuhmacher, Vo & Vo 2008, eq. 3) on the first example: m = n = 3, the best
    // permutation pairs the two close pairs (5, 8) and the far pair at the cut-off 10:
    // (5 + 8 + 10)/3 = 23/3. With one set empty OSPA is c.
    [Fact]
    public void Ospa_MatchesHandWorkedExample()
    {
        var ospa = new Ospa(cutoffM: 10, order: 1);
        double d = ospa.Compute(
            [new Vec3(0, 0, 0), new Vec3(100, 0, 0), new Vec3(200, 0, 0)],
            [new Vec3(3, 4, 0), new Vec3(100, 8, 0), new Vec3(500, 500, 0)]);
        Assert.Equal(23.0 / 3.0, d, 9);
        Assert.Equal(10.0, ospa.Compute([new Vec3(0, 0, 0)], []), 9);
        Assert.Equal(0.0, ospa.Compute([], []), 9);
    }
}
