using Rampart.Core.Scenario;
using static Rampart.Core.Tests.Scenario.ScenarioText;

namespace Rampart.Core.Tests.Scenario;

// Each test breaks one thing in a small valid scenario and checks the error's place and wording.
// The expected line and column come from searching the test's own text for the broken value
// (ScenarioText.Locate), not from the loader.
public class ScenarioValidationTests
{
    private static ScenarioException AssertErrorAt(string yaml, string marker, string expectedFragment, string? found = null, int startAt = 0)
    {
        ScenarioException ex = Fails(yaml);
        (int line, int column) = Locate(yaml, marker, startAt);
        Assert.Equal("test.yaml", ex.FilePath);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(expectedFragment, ex.Expected, StringComparison.Ordinal);
        if (found is not null)
        {
            Assert.Equal(found, ex.Found);
        }

        Assert.StartsWith($"test.yaml:{line}:{column}: error: expected ", ex.Message, StringComparison.Ordinal);
        return ex;
    }

    [Fact]
    public void ValidScenario_Loads()
    {
        var model = ScenarioLoader.Parse(Valid, "test.yaml", Library.Value);
        Assert.Equal(2, model.Threats.Count);
        Assert.Equal(600.0, model.DurationS);
    }

    [Fact]
    public void Speed_Word_IsReportedAsExpectedSpeed()
    {
        string yaml = With("speed: 250 m/s", "speed: fast");
        ScenarioException ex = AssertErrorAt(yaml, "fast", "a speed (e.g. '250 m/s', 'Mach 0.8', '900 km/h')", "fast");
        Assert.EndsWith("expected a speed (e.g. '250 m/s', 'Mach 0.8', '900 km/h'), found 'fast'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Speed_GivenAsLength_SaysItIsALength()
    {
        string yaml = With("speed: 250 m/s", "speed: 30 m");
        ScenarioException ex = AssertErrorAt(yaml, "30 m}", "a speed", "30 m");
        Assert.Contains("a length", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Radius_GivenAsDuration_IsWrongDimension()
    {
        string yaml = With("radius: 3 km", "radius: 3 s");
        ScenarioException ex = AssertErrorAt(yaml, "3 s}", "a length", "3 s");
        Assert.Contains("a duration", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_Malformed_IsReported()
    {
        string yaml = With("duration: 10 min", "duration: ten minutes");
        AssertErrorAt(yaml, "ten minutes", "a duration", "ten minutes");
    }

    [Fact]
    public void UnknownKey_ListsAllowedKeys_AndSuggestsClosest()
    {
        string yaml = With("spacing: 10 s", "spacng: 10 s");
        ScenarioException ex = AssertErrorAt(yaml, "spacng", "one of the keys of a threat group", "spacng");
        Assert.Contains("lateral_spacing", ex.Expected, StringComparison.Ordinal);
        Assert.Equal("did you mean 'spacing'?", ex.Hint);
        Assert.EndsWith("did you mean 'spacing'?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingRequiredField_IsReportedAtItsMapping()
    {
        string yaml = With("duration: 10 min\n", "");
        ScenarioException ex = AssertErrorAt(yaml, "name: t", "the key 'duration'");
        Assert.Equal(1, ex.Line);
    }

    [Fact]
    public void MissingAltitudeOnWaypoint_IsReportedAtTheWaypoint()
    {
        string yaml = With("{position: [55.00, 12.50], altitude: 20 m, speed: Mach 0.75}", "{position: [55.00, 12.50], speed: Mach 0.75}");
        AssertErrorAt(yaml, "{position: [55.00", "the key 'altitude'");
    }

    [Fact]
    public void NegativeCount_IsOutOfRange()
    {
        string yaml = With("count: 2", "count: -2");
        AssertErrorAt(yaml, "-2", "a whole number", "-2");
    }

    [Fact]
    public void ProbabilityOutsideOpenInterval_InOverride_IsRejected()
    {
        string yaml = With("boresight: 0 deg}", "boresight: 0 deg, overrides: {reference_pd: 1.5}}");
        AssertErrorAt(yaml, "1.5", "a probability strictly between 0 and 1", "1.5");
    }

    [Fact]
    public void LatitudeAbove90_IsRejected()
    {
        string yaml = With("[54.09, 12.13]", "[95.0, 12.13]");
        AssertErrorAt(yaml, "95.0", "a latitude in degrees from -90 to 90", "95.0");
    }

    [Fact]
    public void UnknownEquipment_ListsKnownNames_AndSuggests()
    {
        string yaml = With("type: 92N6E", "type: 92N6X");
        ScenarioException ex = AssertErrorAt(yaml, "92N6X", "a radar type from the equipment library (76T6, 77T6, 91N6AM, 91N6E, 92N6E, 96L6-TsP, 96L6E)", "92N6X");
        Assert.Equal("did you mean '92N6E'?", ex.Hint);
    }

    [Fact]
    public void EquipmentOfWrongKind_SaysWhatItIs()
    {
        string yaml = With("missile: 48N6E2", "missile: 92N6E");
        ScenarioException ex = AssertErrorAt(yaml, "92N6E, load", "a missile type", "92N6E");
        Assert.Equal("'92N6E' is a radar, not a missile", ex.Hint);
    }

    [Fact]
    public void SearchRadarAsEngagementRadar_IsRejected()
    {
        string yaml = With("{type: 92N6E", "{type: 91N6E");
        AssertErrorAt(yaml, "91N6E, position: [54.11", "an engagement radar type");
    }

    [Fact]
    public void RouteWithOneWaypoint_IsRejected()
    {
        string yaml = With("      - {position: City, altitude: 30 m, speed: 250 m/s}\n", "");
        AssertErrorAt(yaml, "- {position: [55.00", "a route of at least 2 waypoints", "1 waypoint(s)");
    }

    [Fact]
    public void SpeedAboveThreatMaximum_IsRejected()
    {
        // Mach 0.95 at 20 m is about 323 m/s; the cruise missile's max_speed is 280 m/s.
        string yaml = With("speed: Mach 0.75", "speed: Mach 0.95");
        ScenarioException ex = AssertErrorAt(yaml, "Mach 0.95", "a speed of at most 280 m/s (the max_speed of subsonic-cruise-missile)", "Mach 0.95");
        Assert.Contains("323", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroLengthRoute_IsRejected()
    {
        string yaml = With("{position: City, altitude: 30 m, speed: 250 m/s}", "{position: [55.00, 12.50], altitude: 20 m, speed: 250 m/s}");
        int first = yaml.IndexOf("{position: [55.00", StringComparison.Ordinal);
        AssertErrorAt(yaml, "{position: [55.00", "this leg has zero length", startAt: first + 1);
    }

    [Fact]
    public void TargetAssetThatDoesNotExist_IsRejected()
    {
        string yaml = With("{position: City,", "{position: Citty,");
        ScenarioException ex = AssertErrorAt(yaml, "Citty", "the name of a defended asset (City, Airbase)", "Citty");
        Assert.Equal("did you mean 'City'?", ex.Hint);
    }

    [Fact]
    public void DuplicateLauncherName_IsRejected()
    {
        string yaml = With("{name: L2,", "{name: L1,");
        int first = yaml.IndexOf("L1", StringComparison.Ordinal);
        ScenarioException ex = AssertErrorAt(yaml, "L1", "a name not used by another", startAt: first + 1);
        Assert.Contains("line 17", ex.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateAssetName_IsRejected()
    {
        string yaml = With("{name: Airbase,", "{name: City,");
        int first = yaml.IndexOf("City", StringComparison.Ordinal);
        AssertErrorAt(yaml, "City", "a name not used by another defended asset", startAt: first + 1);
    }

    [Fact]
    public void BallisticThreatWithRoute_IsRejected()
    {
        string yaml = With("    ballistic: {launch: [56.0, 12.9], aim: City}", "    route: [{position: [56.0, 12.9], altitude: 0 m}, {position: City, altitude: 0 m}]");
        AssertErrorAt(yaml, "route: [{", "a 'ballistic' plan for tactical-ballistic-missile", "a route");
    }

    [Fact]
    public void RouteThreatWithBallisticPlan_IsRejected()
    {
        string yaml = With("    spacing: 10 s\n", "    spacing: 10 s\n    ballistic: {launch: [56.0, 12.9], aim: City}\n");
        AssertErrorAt(yaml, "ballistic: {launch: [56.0, 12.9], aim: City}\n    route", "a 'route' for subsonic-cruise-missile", "a ballistic plan");
    }

    [Fact]
    public void BallisticAimBeyondReach_IsRejected()
    {
        // Launch 58.0 N is about 435 km from the city; the burn-out speed of 1.8 km/s reaches
        // 338.7 km (worked by hand in BallisticRangeTests), plus at most v·T_b/2 = 1.8 km/s × 60 s / 2
        // = 54 km flown in the boost: 392.7 km.
        string yaml = With("launch: [56.0, 12.9]", "launch: [58.0, 12.9]");
        ScenarioException ex = AssertErrorAt(yaml, "City}", "an aim point within 392.7 km of the launch point");
        Assert.Contains("km", ex.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAboveLauncherCapacity_IsRejected()
    {
        string yaml = With("load: 4", "load: 5");
        AssertErrorAt(yaml, "5}", "a missile load (5P85: 4 canisters × 1 48N6E2)", "5");
    }

    [Fact]
    public void StartWithoutZone_IsRejected()
    {
        string yaml = With("2025-06-01T04:30:00Z", "2025-06-01T04:30:00");
        AssertErrorAt(yaml, "2025-06-01", "a UTC start time in ISO 8601", "2025-06-01T04:30:00");
    }

    [Fact]
    public void SectorRadarWithoutBoresight_IsRejected()
    {
        string yaml = With(", boresight: 0 deg}", "}");
        AssertErrorAt(yaml, "{type: 92N6E", "the key 'boresight'");
    }

    [Fact]
    public void UnknownOverrideKey_SuggestsParameter()
    {
        string yaml = With("boresight: 0 deg}", "boresight: 0 deg, overrides: {scan_periode: 2 s}}");
        ScenarioException ex = AssertErrorAt(yaml, "scan_periode", "one of the keys of the overrides of radar 92N6E", "scan_periode");
        Assert.Equal("did you mean 'scan_period'?", ex.Hint);
    }

    [Fact]
    public void YamlSyntaxError_IsAScenarioExceptionWithPosition()
    {
        // An unterminated flow sequence: the parser stops at the end of that line.
        string yaml = With("[54.04, 12.10]}", "[54.04, 12.10}");
        ScenarioException ex = Fails(yaml);
        Assert.Equal("valid YAML", ex.Expected);
        Assert.Equal(Locate(yaml, "[54.04").Line, ex.Line);
        Assert.True(ex.Column > 0);
        Assert.StartsWith($"test.yaml:{ex.Line}:{ex.Column}: error: expected valid YAML, found a syntax error: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsAScenarioException()
    {
        ScenarioException ex = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("no/such/file.yaml", Library.Value));
        Assert.Equal("no such file", ex.Found);
    }
}
