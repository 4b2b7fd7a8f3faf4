using Rampart.Core.Scenario;
using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tests.Scenario;

public class EnvironmentAndJammerLoaderTests
{
    private static ScenarioModel Parse(string extra) =>
        ScenarioLoader.Parse(ScenarioText.Valid + "\n" + extra + "\n", "test.yaml", ScenarioText.Library.Value);

    [Fact]
    public void Environment_DefaultsToLand_AndReadsSea()
    {
        Assert.Equal(RadarEnvironment.Default, Parse("").Environment);
        RadarEnvironment e = Parse("environment: {surface: sea, sea_state: 3, multipath: on}").Environment;
        Assert.Equal(new RadarEnvironment(SurfaceKind.Sea, 3, Multipath: true, DivergenceFactor: true), e);
        Assert.False(Parse("environment: {surface: sea, multipath: on, divergence: off}").Environment.DivergenceFactor);
    }

    [Fact]
    public void Environment_MultipathOverLand_IsALocatedError()
    {
        string text = ScenarioText.Valid + "\nenvironment: {surface: land, multipath: on}\n";
        ScenarioException e = ScenarioText.Fails(text);
        (int line, int column) = ScenarioText.Locate(text, "multipath: on");
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains("surface: sea", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environment_SeaStateAboveSix_IsRefused()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\nenvironment: {surface: sea, sea_state: 7}\n");
        Assert.Contains("sea state", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jammers_StandOffAndSelfScreening_AreRead()
    {
        ScenarioModel s = Parse("""
            jammers:
              - {name: SOJ, kind: stand_off, position: [55.5, 12.0, 9 km], erp: 1 kW, bandwidth: 200 MHz, antenna: {beamwidth: 60 deg, sidelobe_level: -15, pointing: 180 deg}}
              - name: Orbit
                kind: stand_off
                start: 30 s
                erp: 500 W
                bandwidth: 100 MHz
                frequency: 3 GHz
                route:
                  - {position: [55.6, 11.5], altitude: 10 km, speed: 220 m/s}
                  - {position: [55.6, 12.5], altitude: 10 km}
              - {name: Escort, kind: self_screening, carried_by: CM, erp: 20 W, bandwidth: 50 MHz}
            """);
        Assert.Equal(3, s.Jammers.Count);
        Jammer soj = s.Jammers[0];
        Assert.Equal(JammerKind.StandOff, soj.Kind);
        Assert.Equal(1000.0, soj.ErpW);
        Assert.Equal(200e6, soj.BandwidthHz);
        Assert.Equal(9000.0, soj.Position!.Value.AltitudeM);
        Assert.Equal(Math.PI / 3, soj.BeamwidthRad, 12);
        Assert.Equal(Math.PI, soj.PointingAzimuthRad, 12);
        Jammer orbit = s.Jammers[1];
        Assert.Equal(2, orbit.Route!.Count);
        Assert.Equal(200.0, orbit.Route[1].SpeedMps); // the default jammer speed
        Assert.Equal(3e9, orbit.CentreFrequencyHz);
        Assert.Equal(30.0, orbit.StartS);
        Assert.Equal("CM", s.Jammers[2].CarrierGroup);
        Assert.Equal(2.0 * Math.PI, s.Jammers[2].BeamwidthRad); // omnidirectional by default
    }

    [Fact]
    public void Jammer_CarriedByUnknownGroup_SuggestsTheClosest()
    {
        string text = ScenarioText.Valid + "\njammers:\n  - {name: E, kind: self_screening, carried_by: CN, erp: 20 W, bandwidth: 50 MHz}\n";
        ScenarioException e = ScenarioText.Fails(text);
        (int line, int column) = ScenarioText.Locate(text, "CN,");
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains("did you mean 'CM'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Jammer_StandOffWithoutPositionOrRoute_IsRefused()
    {
        ScenarioException e = ScenarioText.Fails(ScenarioText.Valid + "\njammers:\n  - {name: E, kind: stand_off, erp: 20 W, bandwidth: 50 MHz}\n");
        Assert.Contains("exactly one of 'position' or 'route'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreatOverride_RcsTable_IsValidatedLikeTheEquipmentFile()
    {
        string text = ScenarioText.With(
            "type: subsonic-cruise-missile",
            "type: {type: subsonic-cruise-missile, overrides: {rcs_table: {azimuth: [0, 90], elevation: [0], X: [[-20, -10, 0]]}}}");
        ScenarioException e = ScenarioText.Fails(text);
        Assert.Contains("2 values (one per azimuth)", e.Message, StringComparison.Ordinal);

        ScenarioModel ok = ScenarioLoader.Parse(
            ScenarioText.With("type: subsonic-cruise-missile", "type: {type: subsonic-cruise-missile, overrides: {rcs_table: {azimuth: [0, 90], elevation: [0], X: [[-20, -10]]}}}"),
            "test.yaml",
            ScenarioText.Library.Value);
        Assert.Equal(-15.0, ok.Threats[0].Threat.RcsTable!.Dbsm(RadarBand.X, 45, 0), 12);
    }
}
