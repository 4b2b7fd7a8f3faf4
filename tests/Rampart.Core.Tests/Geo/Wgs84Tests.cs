using Rampart.Core.Geo;

namespace Rampart.Core.Tests.Geo;

public class Wgs84Tests
{
    [Fact]
    public void ToEcef_EpsgGuidanceNote7_2Example()
    {
        // IOGP/EPSG Guidance Note 7-2, worked example for the geographic/geocentric conversion
        // (EPSG method 9602), WGS 84: φ = 53°48'33.820"N, λ = 2°07'46.380"E, h = 73.0 m
        // ⇒ X = 3771793.968 m, Y = 140253.342 m, Z = 5124304.349 m.
        double lat = 53 + (48 / 60.0) + (33.820 / 3600.0), lon = 2 + (7 / 60.0) + (46.380 / 3600.0);
        var ecef = Wgs84.ToEcef(new GeodeticPosition(lat, lon, 73.0));
        Assert.Equal(3771793.968, ecef.X, 0.001);
        Assert.Equal(140253.342, ecef.Y, 0.001);
        Assert.Equal(5124304.349, ecef.Z, 0.001);
    }

    [Fact]
    public void ToEcef_ProjCartExample()
    {
        // PROJ documentation, cct with +proj=cart: (λ 12°, φ 55°, h 0) ⇒ 3586469.6568,
        // 762327.6588, 5201383.5232 m. PROJ's example uses GRS80, whose flattening differs from
        // WGS-84's by 1.6e-11: below 0.1 mm here, so the same figures hold to 1 mm.
        var ecef = Wgs84.ToEcef(new GeodeticPosition(55.0, 12.0, 0.0));
        Assert.Equal(3586469.6568, ecef.X, 0.001);
        Assert.Equal(762327.6588, ecef.Y, 0.001);
        Assert.Equal(5201383.5232, ecef.Z, 0.001);
    }

    [Fact]
    public void ToEcef_AxesOfTheEllipsoid()
    {
        // NIMA TR8350.2: a = 6378137 m, b = 6356752.3142 m. On the equator X = a + h; at the
        // north pole Z = b + h; at 90°E the point lies on +Y.
        var equator = Wgs84.ToEcef(new GeodeticPosition(0.0, 0.0, 0.0));
        Assert.Equal(6378137.0, equator.X, 1e-6);
        Assert.Equal(0.0, equator.Y, 1e-6);
        Assert.Equal(0.0, equator.Z, 1e-6);

        var pole = Wgs84.ToEcef(new GeodeticPosition(90.0, 0.0, 100.0));
        Assert.Equal(0.0, pole.X, 1e-6);
        Assert.Equal(6356852.3142, pole.Z, 1e-4);

        var east = Wgs84.ToEcef(new GeodeticPosition(0.0, 90.0, 1000.0));
        Assert.Equal(0.0, east.X, 1e-6);
        Assert.Equal(6379137.0, east.Y, 1e-6);
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(53.80939, 2.12955, 73.0)]
    [InlineData(-33.9, 151.2, -50.0)]
    [InlineData(45.0, -120.0, 30_000.0)]
    [InlineData(89.9999, 10.0, 500.0)]
    [InlineData(-89.5, -170.0, 1_000_000.0)]
    [InlineData(60.0, 179.9999, 36_000_000.0)]
    [InlineData(12.3456, -45.6789, -5_000.0)]
    public void ToGeodetic_RoundTripsWithinOneMillimetre(double lat, double lon, double h)
    {
        var p = new GeodeticPosition(lat, lon, h);
        var ecef = Wgs84.ToEcef(p);
        var back = Wgs84.ToGeodetic(ecef);
        // Compare positions, not angles: the returned point must map to the same ECEF point and
        // its height must be the one we started with.
        Assert.True(Vec3.Distance(ecef, Wgs84.ToEcef(back)) < 1e-3, $"{back}");
        Assert.Equal(h, back.AltitudeM, 1e-3);
        Assert.Equal(lat, back.LatitudeDeg, 1e-9);
    }

    [Fact]
    public void ToGeodetic_EpsgGuidanceNote7_2InverseExample()
    {
        // Same example read backwards: X, Y, Z above ⇒ 53°48'33.820"N, 2°07'46.380"E, 73.0 m.
        var p = Wgs84.ToGeodetic(new Vec3(3771793.968, 140253.342, 5124304.349));
        Assert.Equal(53 + (48 / 60.0) + (33.820 / 3600.0), p.LatitudeDeg, 1e-7);
        Assert.Equal(2 + (7 / 60.0) + (46.380 / 3600.0), p.LongitudeDeg, 1e-7);
        Assert.Equal(73.0, p.AltitudeM, 0.001);
    }

    [Fact]
    public void Up_IsTheEllipsoidNormal()
    {
        // At latitude φ, longitude λ the normal is (cos φ cos λ, cos φ sin λ, sin φ): at 30°N, 0°E
        // that is (√3/2, 0, 1/2).
        var up = Wgs84.Up(new GeodeticPosition(30.0, 0.0, 0.0));
        Assert.Equal(Math.Sqrt(3) / 2, up.X, 1e-12);
        Assert.Equal(0.0, up.Y, 1e-12);
        Assert.Equal(0.5, up.Z, 1e-12);
    }
}
