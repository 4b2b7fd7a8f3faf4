using Rampart.Core.BattleManagement;
using Rampart.Core.Geo;

namespace Rampart.Core.Tests.BattleManagement;

public class ProximityThreatEvaluatorTests
{
    [Fact]
    public void ClosestApproach_OfACrossingTrack_IsItsPerpendicularOffset()
    {
        // Worked by hand: a target 10 km west and 3 km north of the asset flying east at 250 m/s
        // passes 3 km north of it after 10000/250 = 40 s.
        var (d, t) = ProximityThreatEvaluator.ClosestApproach(new Vec3(-10_000, 3_000, 0), new Vec3(250, 0, 0));
        Assert.Equal(3_000, d, 6);
        Assert.Equal(40, t, 9);
    }

    [Fact]
    public void ClosestApproach_OfARecedingTrack_IsNow()
    {
        var (d, t) = ProximityThreatEvaluator.ClosestApproach(new Vec3(5_000, 0, 0), new Vec3(100, 0, 0));
        Assert.Equal(5_000, d, 6);
        Assert.Equal(0, t);
    }

    [Fact]
    public void Evaluator_RanksTheInboundThreat_AboveTheOneFlyingPast()
    {
        var origin = new GeodeticPosition(54.0, 12.0, 0);
        var frame = new EnuFrame(origin);
        var assets = new[] { new Rampart.Core.Scenario.Model.DefendedAsset("City", origin, 10, 5_000) };
        var evaluator = new ProximityThreatEvaluator(frame, assets);
        var tracks = new List<Rampart.Core.Tracking.Track>
        {
            // Track 1: 60 km north, heading away east-west 50 km north of the city.
            new(1, new Core.Kernel.SimTime(0), new Vec3(0, 50_000, 5_000), new Vec3(250, 0, 0), 50, true, new Core.Kernel.SimTime(0), 5),
            // Track 2: 60 km west, inbound straight at the city.
            new(2, new Core.Kernel.SimTime(0), new Vec3(-60_000, 0, 100), new Vec3(250, 0, 0), 50, true, new Core.Kernel.SimTime(0), 5),
        };
        var output = new List<Rampart.Core.BattleManagement.ThreatAssessment>();

        evaluator.Evaluate(new Core.Kernel.SimTime(0), tracks, output);

        Assert.Equal(2, output[0].TrackId);
        Assert.True(output[0].Threatening);
        Assert.False(output[1].Threatening);
        // 60 km at 250 m/s: 240 s to the closest approach (flat-earth hand value; the ENU plane
        // and the earth's curvature differ by metres here).
        Assert.Equal(240, output[0].TimeToClosestApproachS, 0);
    }
}
