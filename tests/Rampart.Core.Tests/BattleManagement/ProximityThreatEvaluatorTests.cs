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

public class KinematicClassifierTests
{
    private static readonly Vec3 Up = Wgs84.ToEcef(new GeodeticPosition(54, 12, 0)).Normalized();
    private static readonly Vec3 East = Vec3.Cross(new Vec3(0, 0, 1), Up).Normalized();

    private static BelievedClass Classify(double speed, double diveDeg, double altitude)
    {
        double dive = diveDeg * Math.PI / 180;
        var position = Wgs84.ToEcef(new GeodeticPosition(54, 12, altitude));
        var velocity = (East * (speed * Math.Cos(dive))) - (Up * (speed * Math.Sin(dive)));
        return KinematicClassifier.Classify(position, velocity, altitude);
    }

    [Theory]
    [InlineData(250, 0, 20, BelievedClass.CruiseMissile)]     // sea-skimmer, Mach 0.75
    [InlineData(250, 0, 9000, BelievedClass.Aircraft)]        // fighter at 9 km
    [InlineData(1600, 40, 30000, BelievedClass.BallisticMissile)] // re-entering TBM
    [InlineData(900, 60, 15000, BelievedClass.BallisticMissile)]  // slowed RV, steep dive
    [InlineData(900, 0, 15000, BelievedClass.Aircraft)]       // fast but level: an aircraft
    [InlineData(50, 0, 500, BelievedClass.Drone)]
    // Climbing rule (> 700 m/s, climb > 300 m/s, above 3 km); negative dive = climb.
    [InlineData(1000, -45, 20000, BelievedClass.BallisticMissile)] // boosting TBM: climb 1000·sin 45° = 707 m/s
    [InlineData(750, -25, 10000, BelievedClass.BallisticMissile)]  // 750·sin 25° = 317 m/s > 300
    [InlineData(750, -20, 10000, BelievedClass.Aircraft)]          // 750·sin 20° = 257 m/s < 300
    [InlineData(1000, -45, 2000, BelievedClass.Aircraft)]          // below the 3 km floor
    [InlineData(600, -60, 10000, BelievedClass.Aircraft)]          // fighter-4th-gen's top speed, steep zoom: 600 ≤ 700
    public void Classifier_FollowsItsStatedRules(double speed, double diveDeg, double altitude, BelievedClass expected)
    {
        Assert.Equal(expected, Classify(speed, diveDeg, altitude));
    }
}
