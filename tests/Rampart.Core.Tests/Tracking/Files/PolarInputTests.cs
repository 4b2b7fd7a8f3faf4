using Rampart.Core.Input;
using Rampart.Core.Tracking.Files;

namespace Rampart.Core.Tests.Tracking.Files;

public class PolarInputTests
{
    private static readonly Dictionary<string, int> TwoSensors = new() { ["a"] = 0, ["b"] = 1 };

    [Fact]
    public void PolarDetections_AreGroupedByTimeThenSensor_WithAnglesInRadians()
    {
        var scans = PolarCsv.ReadDetections(
            new StringReader("time_s,sensor,range_m,azimuth_deg,elevation_deg\n1,b,1000,-90,0\n1,a,2000,450,30\n0,b,500,0,-5\n"), "p.csv", TwoSensors);

        Assert.Equal([(0.0, 1), (1.0, 0), (1.0, 1)], scans.Select(s => (s.TimeS, s.SensorIndex)));
        // −90° is 270° clockwise from north: 3π/2; 450° is 90°: π/2; 30° elevation: π/6.
        Assert.Equal(3 * Math.PI / 2, scans[2].Detections[0].AzimuthRad, 12);
        Assert.Equal(Math.PI / 2, scans[1].Detections[0].AzimuthRad, 12);
        Assert.Equal(Math.PI / 6, scans[1].Detections[0].ElevationRad, 12);
    }

    [Fact]
    public void PolarDetections_BadElevation_IsLocated()
    {
        var e = Assert.Throws<TrackFileException>(() => PolarCsv.ReadDetections(
            new StringReader("time_s,sensor,range_m,azimuth_deg,elevation_deg\n0,a,1000,10,95\n"), "p.csv", TwoSensors));

        Assert.Equal("p.csv:2:13: error: expected an elevation from -90 to 90 degrees (elevation_deg), found '95'", e.Message);
    }

    [Fact]
    public void PolarHeader_IsRecognisedByItsSensorColumn()
    {
        Assert.True(PolarCsv.IsPolarHeader("time_s,sensor,range_m,azimuth_deg,elevation_deg"));
        Assert.False(PolarCsv.IsPolarHeader("time_s,x_m,y_m"));
        Assert.False(PolarCsv.IsPolarHeader(null));
    }

    [Fact]
    public void Truth_AcceptsAnOptionalZColumn()
    {
        var with = PlanarCsv.ReadTruth(new StringReader("time_s,truth_id,x_m,y_m,z_m\n0,a,1,2,3\n"), "t.csv");
        var without = PlanarCsv.ReadTruth(new StringReader("time_s,truth_id,x_m,y_m\n0,a,1,2\n"), "t.csv");

        Assert.Equal(3.0, with[0].Targets[0].ZM);
        Assert.Equal(0.0, without[0].Targets[0].ZM);
    }

    /// <summary>
    /// A local position 10 km east of an origin on the equator at the prime meridian, altitude 0:
    /// ECEF (a, 10 000, 0) with a = 6 378 137 m, so longitude = atan(10 000 / a) = 0.089831°,
    /// latitude 0, and altitude √(a² + 10 000²) − a ≈ 10 000² / (2a) = 7.8393 m.
    /// </summary>
    [Fact]
    public void SensorsFile_LocalPosition_IsPlacedFromTheOrigin()
    {
        var sensors = TrackingSensorsFile.Parse(
            "origin: {lat: 0, lon: 0}\nsensors:\n  - name: east\n    local: {x: 10 km, y: 0 m}\n    sigma_range: 50 m\n    sigma_azimuth: 0.2 deg\n    sigma_elevation: 0.3 deg\n",
            "s.yaml");

        var p = sensors.Sensors[0].Position;
        Assert.Equal(Math.Atan(10_000 / 6_378_137.0) * 180 / Math.PI, p.LongitudeDeg, 9);
        Assert.Equal(0.0, p.LatitudeDeg, 9);
        Assert.Equal(7.8393, p.AltitudeM, 3);
        Assert.Equal(50.0, sensors.Sensors[0].SigmaRangeM);
        Assert.Equal(0.2 * Math.PI / 180, sensors.Sensors[0].SigmaAzimuthRad, 12);
        Assert.Null(sensors.Sensors[0].MaxRangeM);
    }

    [Theory]
    [InlineData("sensors:\n  - name: a\n    position: [55, 37]\n    sigma_range: 50 m\n    sigma_azimuth: 0.2 deg\n    sigma_elevation: 0.3 deg\n    range: 3 km\n", 7, 5, "'range'")]
    [InlineData("sensors:\n  - name: a\n    sigma_range: 50 m\n    sigma_azimuth: 0.2 deg\n    sigma_elevation: 0.3 deg\n", 2, 5, "a sensor without a position")]
    [InlineData("sensors:\n  - name: a\n    position: [55, 37]\n    sigma_range: 50 m\n    sigma_azimuth: -1 deg\n    sigma_elevation: 0.3 deg\n", 5, 20, "'-1 deg'")]
    [InlineData("sensors: []\n", 1, 10, "an empty list")]
    public void SensorsFile_Errors_AreLocated(string text, int line, int column, string found)
    {
        var e = Assert.ThrowsAny<InputFileException>(() => TrackingSensorsFile.Parse(text, "s.yaml"));

        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains("found " + found, e.Message, StringComparison.Ordinal);
    }
}
