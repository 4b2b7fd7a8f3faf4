using Rampart.Core.Scenario;
using YamlDotNet.RepresentationModel;

namespace Rampart.Core.Tests.Scenario;

public class UnitValueParserTests
{
    private static double Parse(string text, QuantityKind kind, double? machAltitude = null)
    {
        YamlFile file = YamlFile.Parse("v: " + text, "units.yaml");
        YamlNode node = ((YamlMappingNode)file.Root).Children[new YamlScalarNode("v")];
        return UnitValueParser.Parse(file, node, kind, machAltitude);
    }

    // Reference values are unit definitions: 1 km = 1000 m, 1 km/h = 1/3.6 m/s, 1 min = 60 s,
    // 1 g = 9.80665 m/s² (standard gravity), -20 dBsm = 10^(-20/10) m² = 0.01 m².
    [Theory]
    [InlineData("250 km", "Length", 250_000.0)]
    [InlineData("30 m", "Length", 30.0)]
    [InlineData("5 nmi", "Length", 9_260.0)]
    [InlineData("42", "Length", 42.0)]
    [InlineData("5 s", "Duration", 5.0)]
    [InlineData("15 min", "Duration", 900.0)]
    [InlineData("900 km/h", "Speed", 250.0)]
    [InlineData("250 m/s", "Speed", 250.0)]
    [InlineData("-20 dBsm", "RadarCrossSection", 0.01)]
    [InlineData("0.01 m2", "RadarCrossSection", 0.01)]
    [InlineData("5 m²", "RadarCrossSection", 5.0)]
    [InlineData("20 g", "Acceleration", 196.133)]
    [InlineData("3 GHz", "Frequency", 3e9)]
    [InlineData("1.9 t", "Mass", 1900.0)]
    [InlineData("204 kN", "Force", 204_000.0)]
    [InlineData("5000 kg/m2", "BallisticCoefficient", 5000.0)]
    public void Parses_ToSi(string text, string kind, double expected)
    {
        Assert.Equal(expected, Parse(text, Enum.Parse<QuantityKind>(kind)), expected * 1e-9);
    }

    [Fact]
    public void Angle_InDegrees_IsRadians()
    {
        Assert.Equal(Math.PI / 6.0, Parse("30 deg", QuantityKind.Angle), 1e-12);
        Assert.Equal(0.002, Parse("2 mrad", QuantityKind.Angle), 1e-12);
    }

    [Theory]
    [InlineData("Mach 0.8")]
    [InlineData("M0.8")]
    [InlineData("0.8 Mach")]
    public void Mach_At10Km_UsesStandardAtmosphereSpeedOfSound(string text)
    {
        // US Standard Atmosphere 1976 table: a = 299.53 m/s at 10 km, so Mach 0.8 = 239.62 m/s.
        Assert.Equal(239.62, Parse(text, QuantityKind.Speed, machAltitude: 10_000.0), 0.05);
    }

    [Fact]
    public void Mach_AtSeaLevel_Uses340m_s()
    {
        // 1976 table: a = 340.29 m/s at sea level; Mach 0.75 = 255.22 m/s.
        Assert.Equal(255.22, Parse("Mach 0.75", QuantityKind.Speed, machAltitude: 0.0), 0.02);
    }

    [Fact]
    public void Mach_WithoutAltitude_IsRejected()
    {
        ScenarioException ex = Assert.Throws<ScenarioException>(() => Parse("Mach 0.8", QuantityKind.Speed));
        Assert.Contains("needs an altitude", ex.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownUnit_IsRejected_WithItsPosition()
    {
        ScenarioException ex = Assert.Throws<ScenarioException>(() => Parse("12 furlongs per fortnight", QuantityKind.Speed, 0));
        Assert.Equal(1, ex.Line);
        Assert.Equal(4, ex.Column);
        Assert.Equal("12 furlongs per fortnight", ex.Found);
    }
}
