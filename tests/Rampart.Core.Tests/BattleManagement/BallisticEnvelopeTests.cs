using Rampart.Core.BattleManagement;
using Rampart.Core.Geo;
using Rampart.Core.Tests.Scenario;

namespace Rampart.Core.Tests.BattleManagement;

public class BallisticEnvelopeTests
{
    private static readonly GeodeticPosition Launcher = new(54.0, 12.0, 0);

    // Points due north of the launcher at a great-circle distance d and altitude h.
    private static (Vec3 Ecef, double Altitude) Point(double d, double h) =>
        (Wgs84.ToEcef(GreatCircle.Destination(Launcher, 0, d).WithAltitude(h)), h);

    [Theory]
    [InlineData(50_000, 20_000, true)]   // inside 60 km / 25 km (REFERENCE.md, S-400 vs ballistic targets)
    [InlineData(59_000, 24_000, true)]
    [InlineData(61_000, 10_000, false)]  // beyond 60 km
    [InlineData(30_000, 26_000, false)]  // above 25 km
    public void S400Missile_KeepsToThePublishedBallisticEnvelope(double range, double altitude, bool inside)
    {
        var missile = ScenarioText.Library.Value.Missile("48N6E2");
        var (p, h) = Point(range, altitude);
        Assert.Equal(inside, FireControl.InsideBallisticEnvelope(missile, Wgs84.ToEcef(Launcher), p, h));
    }

    [Fact]
    public void MissileWithoutABallisticEnvelope_IsNotLimited()
    {
        var missile = ScenarioText.Library.Value.Missile("77N6-N");
        var (p, h) = Point(300_000, 120_000);
        Assert.True(FireControl.InsideBallisticEnvelope(missile, Wgs84.ToEcef(Launcher), p, h));
    }

    [Theory]
    [InlineData(BelievedClass.BallisticMissile, 700, false)]  // climbing at 700 m/s: may still be boosting
    [InlineData(BelievedClass.BallisticMissile, -700, true)]  // past apogee
    [InlineData(BelievedClass.Aircraft, 300, true)]           // the rule is for ballistic beliefs only
    public void FireIsHeld_AtABallisticTrackStillClimbing(BelievedClass believed, double climbRate, bool engageable)
    {
        // A track 100 km north at 40 km, 1,500 m/s horizontally towards the launcher, climbing or
        // descending at the rate given (up = the geocentric radial).
        var (p, _) = Point(100_000, 40_000);
        Vec3 up = p.Normalized();
        Vec3 north = Vec3.Cross(up, Vec3.Cross(new Vec3(0, 0, 1), up)).Normalized();
        Vec3 v = (north * -1_500) + (up * climbRate);
        Assert.Equal(engageable, !FireControl.HoldsFireWhileClimbing(believed, p, v));
    }
}
