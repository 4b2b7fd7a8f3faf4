using Rampart.Core.Tracking;

namespace Rampart.Core.Tests.Tracking;

public class ClusteredJpdaTests
{
    // Two tracks, two measurements: track 0 gates a (l = 4) and b (l = 1), track 1 gates a (l = 2);
    // miss weight B = 0.1 for both. Joint events worked by hand (weight = product):
    //   (miss, miss) 0.01; (a, miss) 0.4; (b, miss) 0.1; (miss, a) 0.2; (b, a) 2; total 2.71.
    // β0a = 0.4/2.71 = 0.147601, β0b = (0.1 + 2)/2.71 = 0.774908, β00 = 0.21/2.71 = 0.077491,
    // β1a = 2.2/2.71 = 0.811808, β10 = 0.51/2.71 = 0.188192; Σ_i β_ia = 0.959410.
    private static ClusteredJpda TwoByTwo(int cap)
    {
        var jpda = new ClusteredJpda(cap);
        jpda.Reset(trackCount: 2, measurementCount: 2);
        jpda.MissWeight.Fill(0.1);
        jpda.Add(0, 0, 4);
        jpda.Add(0, 1, 1);
        jpda.Add(1, 0, 2);
        jpda.Solve();
        return jpda;
    }

    [Fact]
    public void Exact_MatchesHandWorkedJointEvents()
    {
        ClusteredJpda jpda = TwoByTwo(cap: 100);

        Assert.Equal(0, jpda.ApproximatedClusters);
        jpda.Associations(0, out var pairs0, out var beta0);
        Assert.Equal([0, 1], pairs0.ToArray().Select(p => p.Measurement));
        Assert.Equal(0.147601, beta0[0], 6);
        Assert.Equal(0.774908, beta0[1], 6);
        Assert.Equal(0.077491, jpda.MissProbability(0), 6);
        jpda.Associations(1, out _, out var beta1);
        Assert.Equal(0.811808, beta1[0], 6);
        Assert.Equal(0.188192, jpda.MissProbability(1), 6);
        Assert.Equal(0.959410, jpda.MeasurementProbability(0), 6);
    }

    [Fact]
    public void AboveTheCap_UsesCheapJpda_WorkedByHand()
    {
        // Five joint events > cap 4. Fitzgerald: S_0 = 5, S_1 = 2, T_a = 6, T_b = 1, B = 0.1.
        // Track 0: r_a = 4/(5+6−4+0.1) = 0.563380, r_b = 1/(5+1−1+0.1) = 0.196078, r_0 = 0.1/5.1 = 0.019608,
        // normalised: 0.723148, 0.251684, 0.025168. Track 1: r_a = 2/6.1 = 0.327869, r_0 = 0.1/2.1 = 0.047619,
        // normalised: 0.873181, 0.126819.
        ClusteredJpda jpda = TwoByTwo(cap: 4);

        Assert.Equal(1, jpda.ApproximatedClusters);
        jpda.Associations(0, out _, out var beta0);
        Assert.Equal(0.723148, beta0[0], 5);
        Assert.Equal(0.251684, beta0[1], 5);
        Assert.Equal(0.025168, jpda.MissProbability(0), 5);
        jpda.Associations(1, out _, out var beta1);
        Assert.Equal(0.873181, beta1[0], 5);
        Assert.Equal(0.126819, jpda.MissProbability(1), 5);
    }

    [Fact]
    public void SeparateClusters_AreIndependent_AndATrackWithoutPairsIsMissed()
    {
        // Track 0 alone with one measurement: β = l/(l + B) = 9/(9 + 1) = 0.9. Track 1 gates nothing.
        var jpda = new ClusteredJpda(100);
        jpda.Reset(trackCount: 3, measurementCount: 2);
        jpda.MissWeight.Fill(1.0);
        jpda.Add(0, 1, 9);
        jpda.Add(2, 0, 3);
        jpda.Solve();

        jpda.Associations(0, out _, out var beta0);
        Assert.Equal(0.9, beta0[0], 12);
        Assert.Equal(1.0, jpda.MissProbability(1));
        jpda.Associations(2, out _, out var beta2);
        Assert.Equal(0.75, beta2[0], 12);
    }
}
