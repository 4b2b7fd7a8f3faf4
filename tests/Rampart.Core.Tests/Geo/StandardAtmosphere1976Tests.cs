using Rampart.Core.Geo;

namespace Rampart.Core.Tests.Geo;

/// <summary>
/// Reference values from U.S. Standard Atmosphere, 1976 (NOAA/NASA/USAF, NOAA-S/T 76-1562). The
/// standard defines its layers in geopotential altitude H (Table 4: base temperatures and the
/// derived base pressures) and tabulates properties against geometric altitude Z (Part 4,
/// SI tables), with Z = r0·H/(r0 − H), r0 = 6,356,766 m. Both kinds of value are used below:
/// layer bases at the geometric altitude of their H, and table rows at round Z.
/// </summary>
public class StandardAtmosphere1976Tests
{
    private const double R0 = 6_356_766.0;

    private static double GeometricOf(double geopotentialM) => R0 * geopotentialM / (R0 - geopotentialM);

    [Fact]
    public void At_SeaLevel_MatchesTheStandard()
    {
        var s = StandardAtmosphere1976.At(0.0);
        Assert.Equal(288.15, s.TemperatureK, 1e-9);
        Assert.Equal(101_325.0, s.PressurePa, 1e-6);
        Assert.Equal(1.2250, s.DensityKgPerM3, 1e-4);
        Assert.Equal(340.29, s.SpeedOfSoundMps, 0.01);
    }

    [Theory]
    // H (m'), T (K), P (Pa), ρ (kg/m³): layer bases, 1976 standard (5 significant figures).
    [InlineData(11_000.0, 216.65, 22_632.0, 0.36392)]
    [InlineData(20_000.0, 216.65, 5_474.9, 0.088035)]
    [InlineData(32_000.0, 228.65, 868.02, 0.013225)]
    [InlineData(47_000.0, 270.65, 110.91, 0.0014275)]
    [InlineData(51_000.0, 270.65, 66.939, 0.00086160)]
    [InlineData(71_000.0, 214.65, 3.9564, 0.000064211)]
    public void At_LayerBases_MatchTheStandard(double geopotentialM, double t, double p, double rho)
    {
        var s = StandardAtmosphere1976.At(GeometricOf(geopotentialM));
        Assert.Equal(t, s.TemperatureK, 0.005);
        Assert.Equal(1.0, s.PressurePa / p, 1e-4);
        Assert.Equal(1.0, s.DensityKgPerM3 / rho, 1e-4);
    }

    [Fact]
    public void At_Tropopause_SpeedOfSound()
    {
        // 1976 standard: 295.07 m/s at H = 11 km (T = 216.65 K).
        Assert.Equal(295.07, StandardAtmosphere1976.At(GeometricOf(11_000.0)).SpeedOfSoundMps, 0.01);
    }

    [Theory]
    // Geometric Z (m), T (K), P (Pa), ρ (kg/m³), sound speed (m/s): rows of the 1976 SI tables.
    [InlineData(11_000.0, 216.774, 22_700.0, 0.36480, 295.15)]
    [InlineData(20_000.0, 216.650, 5_529.3, 0.088910, 295.07)]
    [InlineData(32_000.0, 228.490, 889.06, 0.013555, 303.02)]
    [InlineData(50_000.0, 270.650, 79.779, 0.0010269, 329.80)]
    [InlineData(80_000.0, 198.639, 1.0524, 0.000018458, 282.54)]
    [InlineData(86_000.0, 186.867, 0.37338, 0.000006958, 274.10)]
    public void At_GeometricTableRows_MatchTheStandard(double z, double t, double p, double rho, double c)
    {
        var s = StandardAtmosphere1976.At(z);
        Assert.Equal(t, s.TemperatureK, 0.002);
        Assert.Equal(1.0, s.PressurePa / p, 1e-4);
        Assert.Equal(1.0, s.DensityKgPerM3 / rho, 1.5e-4);
        Assert.Equal(c, s.SpeedOfSoundMps, 0.01);
    }

    [Fact]
    public void At_83Km_KineticTemperatureUsesMolecularWeightRatio()
    {
        // Z = 83 km: H = r0·Z/(r0 + Z) = 81,930.2 m'; T_M = 214.65 − 0.002·(81,930.2 − 71,000)
        // = 192.790 K; Table 8 gives M/M0 = 0.999870, so T = 192.764 K (the 1976 table: 192.76 K).
        Assert.Equal(192.764, StandardAtmosphere1976.At(83_000.0).TemperatureK, 0.002);
    }

    [Fact]
    public void At_DecreasesMonotonicallyInPressureAndDensity()
    {
        double p = double.MaxValue, rho = double.MaxValue;
        for (double z = -2_000; z <= 100_000; z += 250)
        {
            var s = StandardAtmosphere1976.At(z);
            Assert.True(s.PressurePa < p && s.DensityKgPerM3 < rho, $"at {z} m");
            p = s.PressurePa;
            rho = s.DensityKgPerM3;
        }
    }
}
