using Rampart.Core.Geo;

namespace Rampart.Core.Tests.Geo;

public class GreatCircleTests
{
    private const double R = Wgs84.MeanRadius; // 6,371,008.77 m = (2a + b) / 3
    private const double Arcsecond = 1.0 / 3600.0;

    // Ed Williams, Aviation Formulary V1.46, worked example: LAX (33°57'N, 118°24'W) to JFK (40°38'N, 73°47'W).
    private static readonly GeodeticPosition Lax = new(33 + (57 / 60.0), -(118 + (24 / 60.0)), 0);
    private static readonly GeodeticPosition Jfk = new(40 + (38 / 60.0), -(73 + (47 / 60.0)), 0);

    // Chris Veness, "Calculate distance, bearing and more between latitude/longitude points"
    // (movable-type.co.uk/scripts/latlong.html), worked example: Land's End to John o' Groats.
    private static readonly GeodeticPosition LandsEnd = new(Dms(50, 3, 59), -Dms(5, 42, 53), 0);
    private static readonly GeodeticPosition JohnOGroats = new(Dms(58, 38, 38), -Dms(3, 4, 12), 0);

    [Fact]
    public void Distance_OneDegreeAlongEquator_IsRTimesPiOver180()
    {
        // Hand-worked: an arc of 1° on a sphere of radius R is R·π/180 = 111,195.08 m.
        double d = GreatCircle.DistanceM(new GeodeticPosition(0, 10, 0), new GeodeticPosition(0, 11, 0));
        Assert.Equal(R * Math.PI / 180.0, d, 1e-6);
        Assert.Equal(111_195.08, d, 0.01);
    }

    [Fact]
    public void Distance_EquatorToPole_IsQuarterMeridian()
    {
        // Hand-worked: a quarter of a great circle, R·π/2 = 10,007,557 m.
        double d = GreatCircle.DistanceM(new GeodeticPosition(0, 37, 0), new GeodeticPosition(90, 0, 0));
        Assert.Equal(R * Math.PI / 2.0, d, 1e-6);
    }

    [Fact]
    public void Distance_IgnoresAltitude()
    {
        double d = GreatCircle.DistanceM(new GeodeticPosition(0, 10, 0), new GeodeticPosition(0, 11, 12_000));
        Assert.Equal(R * Math.PI / 180.0, d, 1e-6);
    }

    [Fact]
    public void CentralAngle_LaxToJfk_MatchesAviationFormulary()
    {
        // Formulary: d = 0.623585 rad (= 2144 nm).
        Assert.Equal(0.623585, GreatCircle.CentralAngleRad(Lax, Jfk), 1e-6);
        Assert.Equal(0.623585 * R, GreatCircle.DistanceM(Lax, Jfk), 10.0);
    }

    [Fact]
    public void InitialBearing_LaxToJfk_MatchesAviationFormulary()
    {
        // Formulary: tc1 = 1.150035 rad (66°).
        Assert.Equal(1.150035, GreatCircle.InitialBearingRad(Lax, Jfk), 1e-6);
    }

    [Fact]
    public void Destination_100NmFromLaxOnRadial066_MatchesAviationFormulary()
    {
        // Formulary: 100 nm (d = 100/(180·60/π) rad) from LAX on course 1.15 rad reaches
        // lat 0.604180 rad (34°37'N), lon 2.034206 rad (116°33'W). Tolerance 2e-6 rad: the
        // formulary's six decimals.
        double distance = 100.0 / (180.0 * 60.0 / Math.PI) * R;
        GeodeticPosition p = GreatCircle.Destination(Lax, 1.15, distance);
        Assert.Equal(0.604180, p.LatitudeRad, 2e-6);
        Assert.Equal(-2.034206, p.LongitudeRad, 2e-6);
        Assert.Equal(0.0, p.AltitudeM);
    }

    [Fact]
    public void DistanceAndBearing_LandsEndToJohnOGroats_MatchVeness()
    {
        // Veness: 968.9 km (R = 6371 km, 4 significant figures; our R differs by 9 m, 1.4 ppm),
        // initial bearing 009°07'11".
        Assert.Equal(968.9, GreatCircle.DistanceM(LandsEnd, JohnOGroats) / 1000.0, 0.05);
        Assert.Equal(Dms(9, 7, 11), GreatCircle.InitialBearingRad(LandsEnd, JohnOGroats) * 180.0 / Math.PI, Arcsecond);
    }

    [Fact]
    public void Interpolate_Halfway_IsVenessMidpoint()
    {
        // Veness: midpoint 54°21'44"N, 004°31'50"W (to the arcsecond).
        GeodeticPosition mid = GreatCircle.Interpolate(LandsEnd, JohnOGroats, 0.5);
        Assert.Equal(Dms(54, 21, 44), mid.LatitudeDeg, Arcsecond);
        Assert.Equal(-Dms(4, 31, 50), mid.LongitudeDeg, Arcsecond);
    }

    [Fact]
    public void Destination_VenessExample_ReachesPublishedPoint()
    {
        // Veness: from 53°19'14"N 001°43'47"W on bearing 096°01'18" for 124.8 km reaches
        // 53°11'18"N 000°08'00"E. The distance is quoted to 0.1 km (±50 m ≈ 0.0008° of
        // longitude at 53°N), hence the 0.001° tolerance.
        var start = new GeodeticPosition(Dms(53, 19, 14), -Dms(1, 43, 47), 0);
        GeodeticPosition p = GreatCircle.Destination(start, Dms(96, 1, 18) * Math.PI / 180.0, 124_800);
        Assert.Equal(Dms(53, 11, 18), p.LatitudeDeg, 0.001);
        Assert.Equal(Dms(0, 8, 0), p.LongitudeDeg, 0.001);
    }

    [Fact]
    public void Interpolate_AlongMeridian_MovesLatitudeLinearlyAndAltitudeLinearly()
    {
        // Hand-worked: on a meridian, a quarter of the way from 0° to 60° is 15°; altitude 1000 → 9000 m gives 3000 m.
        GeodeticPosition p = GreatCircle.Interpolate(new GeodeticPosition(0, 20, 1000), new GeodeticPosition(60, 20, 9000), 0.25);
        Assert.Equal(15.0, p.LatitudeDeg, 1e-9);
        Assert.Equal(20.0, p.LongitudeDeg, 1e-9);
        Assert.Equal(3000.0, p.AltitudeM, 1e-9);
    }

    [Fact]
    public void Interpolate_Endpoints_ReturnTheEndpoints()
    {
        GeodeticPosition a = GreatCircle.Interpolate(Lax, Jfk, 0.0), b = GreatCircle.Interpolate(Lax, Jfk, 1.0);
        Assert.Equal(Lax.LatitudeDeg, a.LatitudeDeg, 1e-9);
        Assert.Equal(Lax.LongitudeDeg, a.LongitudeDeg, 1e-9);
        Assert.Equal(Jfk.LatitudeDeg, b.LatitudeDeg, 1e-9);
        Assert.Equal(Jfk.LongitudeDeg, b.LongitudeDeg, 1e-9);
    }

    [Fact]
    public void Interpolate_LiesOnTheGreatCircle_AtTheFractionOfTheDistance()
    {
        // A point 40 % of the way lies 0.4·d from the start and 0.6·d from the end, on the initial course.
        double d = GreatCircle.DistanceM(Lax, Jfk);
        GeodeticPosition p = GreatCircle.Interpolate(Lax, Jfk, 0.4);
        Assert.Equal(0.4 * d, GreatCircle.DistanceM(Lax, p), 1e-3);
        Assert.Equal(0.6 * d, GreatCircle.DistanceM(p, Jfk), 1e-3);
        Assert.Equal(1.150035, GreatCircle.InitialBearingRad(Lax, p), 1e-6);
    }

    [Fact]
    public void Destination_DueEastOnEquator_AcrossTheDateLine_WrapsLongitude()
    {
        // Hand-worked: 2° east of 179°E on the equator is 179°W.
        GeodeticPosition p = GreatCircle.Destination(new GeodeticPosition(0, 179, 0), Math.PI / 2.0, 2.0 * R * Math.PI / 180.0);
        Assert.Equal(0.0, p.LatitudeDeg, 1e-9);
        Assert.Equal(-179.0, p.LongitudeDeg, 1e-9);
    }

    [Fact]
    public void InitialBearing_DueWest_IsThreeQuartersOfATurn()
    {
        double b = GreatCircle.InitialBearingRad(new GeodeticPosition(0, 10, 0), new GeodeticPosition(0, 9, 0));
        Assert.Equal(1.5 * Math.PI, b, 1e-12);
    }

    private static double Dms(double d, double m, double s) => d + (m / 60.0) + (s / 3600.0);
}
