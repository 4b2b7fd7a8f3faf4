using Rampart.Core.Geo;
using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Threats;
using static Rampart.Core.Tests.Scenario.ScenarioText;

namespace Rampart.Core.Tests.Scenario;

// The threat-group keys profile, cruise_altitude, pop_up, turn_g and evasive: what they load to,
// and where a mistake is reported (line and column found by searching the test's own text).
public class FlightProfileLoaderTests
{
    private const string CmRoute =
        "    route:\n" +
        "      - {position: [55.00, 12.50], altitude: 20 m, speed: Mach 0.75}\n" +
        "      - {position: City, altitude: 30 m, speed: 250 m/s}\n";

    private static string WithCm(string keys, string? route = null) =>
        With("    spacing: 10 s\n" + CmRoute, "    spacing: 10 s\n" + keys + (route ?? CmRoute));

    private const string SkimRoute =
        "    route:\n" +
        "      - {position: [55.00, 12.50], speed: Mach 0.75}\n" +
        "      - {position: City, speed: 250 m/s}\n";

    private static ThreatGroup Cm(string yaml) => ScenarioLoader.Parse(yaml, "test.yaml", Library.Value).Threats[0];

    private static ScenarioException AssertErrorAt(string yaml, string marker, string expectedFragment, int startAt = 0)
    {
        ScenarioException ex = Fails(yaml);
        (int line, int column) = Locate(yaml, marker, startAt);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.Contains(expectedFragment, ex.Expected, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void Default_IsWaypointsWithTwoGTurns()
    {
        ThreatGroup g = Cm(Valid);
        Assert.Equal(FlightProfile.Waypoints, g.Profile);
        Assert.Equal(2.0, g.TurnLoadFactor);
        Assert.Null(g.Evasive);
        Assert.Null(g.PopUp);
    }

    [Fact]
    public void SeaSkim_FliesEveryWaypointAtTheCruiseAltitude()
    {
        ThreatGroup g = Cm(WithCm("    profile: sea_skim\n    cruise_altitude: 15 m\n", SkimRoute));
        Assert.Equal(FlightProfile.SeaSkim, g.Profile);
        Assert.All(g.Route!, w => Assert.Equal(15.0, w.Position.AltitudeM));
    }

    [Fact]
    public void TerrainFollow_OverSmoothEarth_IsAConstantHeight()
    {
        ThreatGroup g = Cm(WithCm("    profile: terrain_follow\n    cruise_altitude: 50 m\n", SkimRoute));
        Assert.Equal(FlightProfile.TerrainFollow, g.Profile);
        Assert.All(g.Route!, w => Assert.Equal(50.0, w.Position.AltitudeM));
    }

    [Fact]
    public void WaypointAltitude_WithAProfile_IsRejectedAtTheKey()
    {
        string yaml = WithCm("    profile: sea_skim\n    cruise_altitude: 15 m\n");
        AssertErrorAt(yaml, "altitude: 20 m", "no 'altitude' in a waypoint when the group's profile sets it");
    }

    [Fact]
    public void Profile_Misspelt_SuggestsTheClosest()
    {
        ScenarioException ex = AssertErrorAt(WithCm("    profile: sea_skimm\n    cruise_altitude: 15 m\n", SkimRoute), "sea_skimm", "a flight profile: one of waypoints, sea_skim, terrain_follow");
        Assert.Equal("did you mean 'sea_skim'?", ex.Hint);
    }

    [Fact]
    public void CruiseAltitude_WithoutAProfile_IsRejected()
    {
        AssertErrorAt(WithCm("    cruise_altitude: 15 m\n"), "cruise_altitude", "'cruise_altitude' only with 'profile: sea_skim'");
    }

    [Fact]
    public void PopUp_AltitudeIsReachedAtTheStatedDistance_ThenItDives()
    {
        // Sea-skimming at 15 m, pop-up to 300 m reached 10 km before the city; default 15° climb,
        // so the climb starts 10 km + (300 − 15)/tan 15° = 10 km + 1,063.6 m before it (hand-worked).
        string yaml = WithCm("    profile: sea_skim\n    cruise_altitude: 15 m\n    pop_up: {distance: 10 km, altitude: 300 m}\n", SkimRoute);
        ThreatGroup g = Cm(yaml);
        Assert.Equal(4, g.Route!.Count);
        var mover = new RouteMover(g.Route, 0, 0, RouteMover.LevelTurnAcceleration(g.TurnLoadFactor));
        GeodeticPosition city = g.Route[^1].Position;
        double TimeAtDistance(double d)
        {
            double lo = 0, hi = mover.EndS;
            for (int i = 0; i < 100; i++)
            {
                double mid = 0.5 * (lo + hi);
                mover.StateAt(mid, out Vec3 p, out _);
                if (GreatCircle.DistanceM(Wgs84.ToGeodetic(p), city) > d)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        Assert.Equal(300.0, mover.AltitudeAt(TimeAtDistance(10_000)), 0.5);
        Assert.Equal(15.0, mover.AltitudeAt(TimeAtDistance(11_100)), 1e-6);
        Assert.Equal(15.0 + (0.5 * 285.0), mover.AltitudeAt(TimeAtDistance(10_000 + (1063.6 / 2))), 0.5);
        // The dive is straight from 300 m at 10 km to the cruise altitude (15 m) at the last
        // waypoint: halfway, 15 + 285/2 = 157.5 m.
        Assert.Equal(157.5, mover.AltitudeAt(TimeAtDistance(5_000)), 0.5);
    }

    [Fact]
    public void PopUp_LongerThanTheLastLeg_IsRejectedAtThePopUp()
    {
        string yaml = WithCm("    profile: sea_skim\n    cruise_altitude: 15 m\n    pop_up: {distance: 200 km, altitude: 300 m}\n", SkimRoute);
        AssertErrorAt(yaml, "{distance: 200 km", "a pop-up that fits the last leg of the route");
    }

    [Fact]
    public void PopUp_BelowTheCruiseAltitude_IsRejected()
    {
        string yaml = WithCm("    profile: sea_skim\n    cruise_altitude: 15 m\n    pop_up: {distance: 10 km, altitude: 10 m}\n", SkimRoute);
        AssertErrorAt(yaml, "10 m}", "a pop-up altitude above the cruise altitude (15 m)");
    }

    [Fact]
    public void Evasive_LoadsWithDefaults_TurnNinetyDegreesAtTheThreatsLimit()
    {
        Evasion e = Cm(WithCm("    evasive: {warning_range: 8 km}\n")).Evasive!;
        Assert.Equal(8000.0, e.WarningRangeM);
        Assert.Equal(5.0, e.LoadFactor, 1e-9); // subsonic-cruise-missile: max_acceleration 5 g
        Assert.Equal(Math.PI / 2, e.TurnRad, 1e-12);
        Assert.Equal(0.0, e.DiveM);
    }

    [Fact]
    public void Evasive_GAboveTheThreatsLimit_IsRejectedAtTheValue()
    {
        AssertErrorAt(WithCm("    evasive: {warning_range: 8 km, g: 7 g}\n"), "7 g", "above 1 g and at most 5 g");
    }

    [Fact]
    public void Evasive_UnknownKey_IsRejected()
    {
        ScenarioException ex = AssertErrorAt(WithCm("    evasive: {warning_range: 8 km, gee: 4 g}\n"), "gee", "one of the keys of an evasive break (warning_range, g, turn, dive)");
        Assert.Equal("did you mean 'g'?", ex.Hint);
    }

    [Fact]
    public void TurnG_OfOneG_IsRejected_ALevelTurnNeedsMore()
    {
        AssertErrorAt(WithCm("    turn_g: 1 g\n"), "1 g", "above 1 g and at most 5 g");
    }

    [Fact]
    public void RouteKeys_OnABallisticMissile_AreRejected()
    {
        string yaml = With("    ballistic: {launch: [56.0, 12.9], aim: City}", "    profile: sea_skim\n    ballistic: {launch: [56.0, 12.9], aim: City}");
        AssertErrorAt(yaml, "profile: sea_skim", "no 'profile' for tactical-ballistic-missile");
    }

    [Fact]
    public void NextWaypointInsideTheTurnCircle_IsALocatedError()
    {
        // At 250 m/s and 2 g (a_lat = g√3) the turn radius is 3.68 km; a waypoint 1 km past the
        // turn point, off to the side, cannot be reached.
        string route =
            "    route:\n" +
            "      - {position: [55.00, 12.50], altitude: 20 m, speed: 250 m/s}\n" +
            "      - {position: [54.50, 12.50], altitude: 20 m, speed: 250 m/s}\n" +
            "      - {position: [54.50, 12.515], altitude: 20 m, speed: 250 m/s}\n";
        AssertErrorAt(WithCm("", route), "{position: [54.50, 12.515]", "a route subsonic-cruise-missile can fly with turns at 2 g (turn_g)");
    }
}
