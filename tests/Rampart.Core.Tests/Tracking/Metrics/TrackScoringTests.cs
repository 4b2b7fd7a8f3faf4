using Rampart.Core.Geo;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Tests.Tracking.Metrics;

public class TrackScoringTests
{
    private static readonly TrackScoringSettings Settings = new(GospaCutoffM: 10, GospaOrder: 1, AssociationGateM: 10);

    private static TruthState Truth(int id, double x, double y = 0) => new(id, new Vec3(x, y, 0));

    private static TrackEstimate Track(int id, double x, double y = 0) => new(id, new Vec3(x, y, 0));

    /// <summary>
    /// Two targets, A (id 1) at (0, 0) and B (id 2) at (100, 0), four steps 1 s apart; gate 10 m,
    /// GOSPA/OSPA c = 10 m, p = 1. Tracks (distances to their nearest target):
    /// <code>
    /// t=0: none                                  J=2 JT=0 N=0 NA=0
    /// t=1: 7 (3,4)→A 5; 8 (100,6)→B 6; 9 (50,0)→none   J=2 JT=2 N=3 NA=2
    /// t=2: 7 (0,2)→A 2; 10 (0,−4)→A 4; 11 (100,3)→B 3  J=2 JT=2 N=3 NA=3
    /// t=3: 7 (1,0)→A 1; 11 (100,1)→B 1           J=2 JT=2 N=2 NA=2
    /// </code>
    /// Sums J=8, JT=6, N=8, NA=7: completeness 6/8 = 0.75; ambiguity 7/6; spuriousness 1/8;
    /// positional accuracy (5+6+2+4+3+1+1)/7 = 22/7.
    /// Segments: A — track 7 on samples 1..3, track 10 on 2..2: one track covers every tracked
    /// sample, NU=1, no break; TT = 2 s (pairs 1–2, 2–3); TL = 2 s; T = 3 s. B — track 8 on 1..1,
    /// track 11 on 2..3: NU = 2, one break; TT = 1 s (pair 2–3 only); TL = 1 s; T = 3 s.
    /// Track breaks 1; rate 1/(2+1) per s; longest segment (2+1)/(3+3) = 0.5.
    /// GOSPA per step: t0 two missed, 2·5 = 10; t1 A–7 5 + B–8 6 + false 9 5 = 16; t2 A–7 2 +
    /// B–11 3 + false 10 5 = 10; t3 1 + 1 = 2; mean 38/4 = 9.5 = localisation (0+11+5+2)/4 = 4.5
    /// + missed 10/4 = 2.5 + false (5+5)/4 = 2.5.
    /// OSPA per step: t0 c = 10; t1 (5+6+10)/3 = 7; t2 (2+3+10)/3 = 5; t3 (1+1)/2 = 1; mean 5.75.
    /// </summary>
    [Fact]
    public void Scoring_MatchesHandWorkedExample()
    {
        var scoring = new TrackScoring(Settings);
        TruthState[] truths = [Truth(1, 0), Truth(2, 100)];

        scoring.AddStep(0, truths, []);
        scoring.AddStep(1, truths, [Track(7, 3, 4), Track(8, 100, 6), Track(9, 50)]);
        scoring.AddStep(2, truths, [Track(7, 0, 2), Track(10, 0, -4), Track(11, 100, 3)]);
        TrackScoreStep last = scoring.AddStep(3, truths, [Track(7, 1), Track(11, 100, 1)]);
        TrackScore r = scoring.Result();

        Assert.Equal(4, r.Steps);
        Assert.Equal(0.75, r.Completeness, 12);
        Assert.Equal(7.0 / 6.0, r.Ambiguity, 12);
        Assert.Equal(0.125, r.Spuriousness, 12);
        Assert.Equal(22.0 / 7.0, r.PositionErrorMeanM!.Value, 12);
        Assert.Equal(1, r.TrackBreaks);
        Assert.Equal(1.0 / 3.0, r.TrackNumberChangeRatePerS, 12);
        Assert.Equal(0.5, r.LongestTrackSegment, 12);
        Assert.Equal(9.5, r.GospaMean, 12);
        Assert.Equal(4.5, r.GospaLocalisationMean, 12);
        Assert.Equal(2.5, r.GospaMissedMean, 12);
        Assert.Equal(2.5, r.GospaFalseMean, 12);
        Assert.Equal(5.75, r.OspaMean, 12);
        Assert.Null(r.NeesMean);
        Assert.Equal(2.0, last.Gospa.Distance, 12);
        Assert.Equal((2, 2, 2, 2), (last.Truths, last.TruthsTracked, last.Tracks, last.TracksAssociated));
    }

    /// <summary>
    /// Crossing targets whose tracks swap: t=0 track 1 holds A, track 2 holds B; t=1 track 1 holds
    /// B and track 2 holds A. Each target needs two track numbers: NU = 2 each, 2 breaks in all;
    /// neither pair of consecutive samples is inside one segment, so TT = 0 and the rate is 0 by
    /// convention; TL = 0 for both (single-sample segments), so longest segment = 0/(1+1) = 0.
    /// </summary>
    [Fact]
    public void Scoring_CountsAnIdSwapAsOneBreakPerTarget()
    {
        var scoring = new TrackScoring(Settings);
        scoring.AddStep(0, [Truth(1, 0), Truth(2, 100)], [Track(1, 1), Track(2, 101)]);
        scoring.AddStep(1, [Truth(1, 0), Truth(2, 100)], [Track(1, 99), Track(2, 2)]);

        TrackScore r = scoring.Result();

        Assert.Equal(2, r.TrackBreaks);
        Assert.Equal(0.0, r.TrackNumberChangeRatePerS);
        Assert.Equal(0.0, r.LongestTrackSegment);
        Assert.Equal(1.0, r.Completeness);
        Assert.Equal(1.0, r.Ambiguity);
    }

    /// <summary>
    /// The same track number after a gap is no break: track 5 holds A at t=0, loses it
    /// at t=1 (11 m away, outside the 10 m gate), holds it again at t=2: two segments of track 5,
    /// no change of number, 0 breaks (Stone Soup's NU − 1 would count 1);
    /// completeness 2/3; TT = 0 (no consecutive pair inside one segment).
    /// A target never tracked contributes no negative count (Stone Soup would add −1).
    /// </summary>
    [Fact]
    public void Scoring_SameTrackAfterAGap_IsNotABreak_AndAnUntrackedTargetIsNotNegative()
    {
        var scoring = new TrackScoring(Settings);
        scoring.AddStep(0, [Truth(1, 0), Truth(2, 1000)], [Track(5, 0)]);
        scoring.AddStep(1, [Truth(1, 0), Truth(2, 1000)], [Track(5, 11)]);
        scoring.AddStep(2, [Truth(1, 0), Truth(2, 1000)], [Track(5, 10)]);

        TrackScore r = scoring.Result();

        Assert.Equal(0, r.TrackBreaks);
        Assert.Equal(2.0 / 6.0, r.Completeness, 12);
        Assert.Equal(1.0 / 3.0, r.Spuriousness, 12);
    }

    /// <summary>
    /// Position NEES: covariance diag(4, 9, 1) m², error (2, 3, 1) m → 4/4 + 9/9 + 1/1 = 3. With
    /// the correlated covariance [[2,1,0],[1,2,0],[0,0,1]] and error (1, 1, 0): the 2×2 block's
    /// inverse is (1/3)[[2,−1],[−1,2]], so εᵀP⁻¹ε = (2 − 1 − 1 + 2)/3 = 2/3. Mean (3 + 2/3)/2 = 11/6.
    /// </summary>
    [Fact]
    public void Scoring_AveragesThePositionNees_OfAssociatedTracks()
    {
        var scoring = new TrackScoring(Settings);
        scoring.AddStep(0, [new TruthState(1, new Vec3(0, 0, 0)), new TruthState(2, new Vec3(100, 0, 0))], [
            new TrackEstimate(1, new Vec3(2, 3, 1), new PositionCovariance(4, 0, 0, 9, 0, 1)),
            new TrackEstimate(2, new Vec3(101, 1, 0), new PositionCovariance(2, 1, 0, 2, 0, 1)),
        ]);

        TrackScore r = scoring.Result();

        Assert.Equal(11.0 / 6.0, r.NeesMean!.Value, 12);
        Assert.Equal(2, r.NeesSamples);
    }

    /// <summary>
    /// Pooling two pictures sums over both: picture 1 holds 1 of its 2 targets (J=2, JT=1, N=1,
    /// NA=1, GOSPA c/2 = 5 for the missed one + localisation 1 = 6); picture 2 holds none of its
    /// 1 target and has 1 false track (J=1, JT=0, N=1, NA=0, GOSPA 5 + 5 = 10). Pooled:
    /// completeness 1/3, spuriousness 1/2, ambiguity 1/1, GOSPA mean (6 + 10)/2 = 8.
    /// </summary>
    [Fact]
    public void Combine_PoolsTheSumsOfSeveralPictures()
    {
        var a = new TrackScoring(Settings);
        var b = new TrackScoring(Settings);
        a.AddStep(0, [Truth(1, 0), Truth(2, 100)], [Track(1, 1)]);
        b.AddStep(0, [Truth(1, 0)], [Track(1, 50)]);

        TrackScore r = TrackScoring.Combine([a, b]);

        Assert.Equal(1.0 / 3.0, r.Completeness, 12);
        Assert.Equal(0.5, r.Spuriousness, 12);
        Assert.Equal(1.0, r.Ambiguity, 12);
        Assert.Equal(8.0, r.GospaMean, 12);
        Assert.Equal(2, r.Steps);
    }

    /// <summary>
    /// A track exactly between two targets (5 m from each, inside the 10 m gate) goes to the lower
    /// truth id whatever the order the targets are given in, so the scores do not depend on it.
    /// </summary>
    [Fact]
    public void Association_TiesGoToTheLowerTruthId()
    {
        var forward = new TrackScoring(Settings);
        var backward = new TrackScoring(Settings);
        forward.AddStep(0, [Truth(1, 0), Truth(2, 10)], [Track(9, 5)]);
        forward.AddStep(1, [Truth(1, 0), Truth(2, 10)], [Track(9, 1)]);
        backward.AddStep(0, [Truth(2, 10), Truth(1, 0)], [Track(9, 5)]);
        backward.AddStep(1, [Truth(2, 10), Truth(1, 0)], [Track(9, 1)]);

        // Track 9 holds target 1 at both steps: one segment of 1 s, no break.
        Assert.Equal(0, forward.Result().TrackBreaks);
        Assert.Equal(forward.Result(), backward.Result());
        Assert.Equal(0.5, forward.Result().LongestTrackSegment, 12); // (1 + 0) / (1 + 1)
    }

    /// <summary>
    /// A 90° turn about z: the old x axis is the new y axis (0,1,0), the old y axis is the new −x
    /// axis (−1,0,0). diag(1, 4, 9) becomes diag(4, 1, 9): the new x variance is the old y one.
    /// The quadratic form is frame-free: error (0, 2, 0) in the old frame is (−2, 0, 0) in the new,
    /// 2²/4 = 1 both ways.
    /// </summary>
    [Fact]
    public void PositionCovariance_Rotated_MovesVariancesWithTheAxes()
    {
        var c = new PositionCovariance(1, 0, 0, 4, 0, 9);

        PositionCovariance r = c.Rotated(new Vec3(0, 1, 0), new Vec3(-1, 0, 0), new Vec3(0, 0, 1));

        Assert.Equal(4.0, r.Xx, 12);
        Assert.Equal(1.0, r.Yy, 12);
        Assert.Equal(9.0, r.Zz, 12);
        Assert.Equal(0.0, r.Xy, 12);
        Assert.Equal(1.0, c.InverseQuadraticForm(new Vec3(0, 2, 0))!.Value, 12);
        Assert.Equal(1.0, r.InverseQuadraticForm(new Vec3(-2, 0, 0))!.Value, 12);
        Assert.Null(new PositionCovariance(1, 0, 0, 0, 0, 1).InverseQuadraticForm(new Vec3(1, 1, 1)));
    }
}
