using Rampart.Core.Kernel;

namespace Rampart.Core.Tests.Kernel;

public class RandomStreamsTests
{
    private static double[] Draw(Random r, int n) => Enumerable.Range(0, n).Select(_ => r.NextDouble()).ToArray();

    [Fact]
    public void Stream_IsTheSame_ForTheSameRootReplicationAndName()
    {
        var a = new RandomStreams(42, 3).For("interceptor:L1:1");
        var b = new RandomStreams(42, 3).For("interceptor:L1:1");
        Assert.Equal(Draw(a, 10), Draw(b, 10));
    }

    [Fact]
    public void Stream_DoesNotDependOn_WhichOtherStreamsWereCreated()
    {
        // Adding a radar (another stream, created first) must not change what a missile draws.
        var plain = new RandomStreams(7, 0);
        var missileAlone = Draw(plain.For("interceptor:L1:1"), 5);

        var withRadar = new RandomStreams(7, 0);
        _ = Draw(withRadar.For("radar:new-radar"), 100);
        var missileAfterRadar = Draw(withRadar.For("interceptor:L1:1"), 5);

        Assert.Equal(missileAlone, missileAfterRadar);
    }

    [Fact]
    public void Streams_Differ_AcrossNamesSeedsAndReplications()
    {
        var baseline = Draw(new RandomStreams(1, 0).For("radar:a"), 4);
        Assert.NotEqual(baseline, Draw(new RandomStreams(1, 0).For("radar:b"), 4));
        Assert.NotEqual(baseline, Draw(new RandomStreams(2, 0).For("radar:a"), 4));
        Assert.NotEqual(baseline, Draw(new RandomStreams(1, 1).For("radar:a"), 4));
    }

    [Fact]
    public void Fnv1a_MatchesThePublishedTestVector()
    {
        // FNV-1a 64-bit of "a" is 0xaf63dc4c8601ec8c (Fowler/Noll/Vo reference test vectors).
        Assert.Equal(0xaf63dc4c8601ec8cUL, RandomStreams.Fnv1a("a"));
    }

    [Fact]
    public void SplitMix64_MatchesTheReferenceImplementation()
    {
        // First output of Vigna's splitmix64.c with state 0: 0xe220a8397b1dcdaf.
        Assert.Equal(0xe220a8397b1dcdafUL, RandomStreams.SplitMix64(0));
    }
}
