using Rampart.Core.Geo;
using Rampart.Core.Scenario;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Sensors;

public class RadarEquationTests
{
    // Worked by hand (Skolnik's form SNR = P_t·G²·λ²·σ / ((4π)³·R⁴·k·T₀·F·B·L)):
    // P_t = 1 MW, G = 40 dB = 1e4, f = 3 GHz ⇒ λ = 0.0999308 m, λ² = 0.00998617 m²,
    // τ = 1 µs ⇒ B = 1 MHz, F = 0 dB ⇒ T_s = 290 K, L = 0 dB, σ = 1 m², R = 100 km:
    // numerator 1e6·1e8·0.00998617 = 9.98617e11; (4π)³ = 1984.402; kT₀B = 4.00388e-15 W;
    // denominator 1984.402·1e20·4.00388e-15 = 7.94531e8; SNR = 1256.86 = 30.99 dB.
    private static readonly RadarEquation Example = RadarEquation.FromSheet(1e6, 40.0, 3e9, 1e-6, 0.0, 0.0);

    [Fact]
    public void Snr_MonostaticExample_WorkedByHand()
    {
        Assert.Equal(1256.86, Example.Snr(1.0, 100_000.0), 0.05);
        Assert.Equal(30.99, DetectionProbability.RatioToDb(Example.Snr(1.0, 100_000.0)), 0.005);
    }

    [Fact]
    public void RangeForSnr_InvertsTheEquation_WorkedByHand()
    {
        // R for 13 dB (19.953): 100 km·(1256.86/19.953)^(1/4) = 100 km·2.81723 = 281.72 km.
        Assert.Equal(281_723, Example.RangeForSnr(1.0, Math.Pow(10, 1.3)), 2.0);
    }

    [Fact]
    public void PulsesAndLosses_ScaleTheSnr()
    {
        // 10 pulses coherently integrated: ×10; 3 dB of losses: ÷1.995.
        var tenPulses = RadarEquation.FromSheet(1e6, 40.0, 3e9, 1e-6, 0.0, 3.0, pulsesPerDwell: 10);
        Assert.Equal(1256.86 * 10 / 1.99526, tenPulses.Snr(1.0, 100_000.0), 0.05);
    }

    [Fact]
    public void NoisePower_IsKTB_WorkedByHand()
    {
        // k·290 K·1 MHz = 1.380649e-23·290·1e6 = 4.003882e-15 W (−114 dBm).
        Assert.Equal(4.003882e-15, Example.NoisePowerW, 1e-20);
    }

    [Fact]
    public void EquipmentFile_WithRadarEquation_DrivesTheRadarsSnr()
    {
        // The 96L6E file with the worked example's parameters (at its own 5.5 GHz, λ = 0.0545077 m):
        // SNR = 1256.86·(0.0545077/0.0999308)² = 1256.86·0.297520 = 373.94 at 100 km on 1 m².
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "equipment", "radars", "96L6E.yaml")) + """
          detection_model: {value: radar_equation, source: test}
          peak_power: {value: 1 MW, source: test}
          antenna_gain_db: {value: 40, source: test}
          pulse_width: {value: 1 µs, source: test}
          noise_figure_db: {value: 0, source: test}
          losses_db: {value: 0, source: test}
        """;
        var library = EquipmentLibrary.FromTexts("test", [("96L6E.yaml", text)]);
        var spec = library.Radar("96L6E");
        Assert.NotNull(spec.Equation);
        var radar = new Radar("r", 0, spec, new GeodeticPosition(0, 0, 0), 0, null, new Random(1));
        Assert.Equal(373.94, radar.SnrAt(1.0, 100_000), 0.05);
    }

    [Fact]
    public void EquipmentFile_WithRadarEquation_MissingAParameter_IsALocatedError()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "equipment", "radars", "96L6E.yaml")) + """
          detection_model: {value: radar_equation, source: test}
          peak_power: {value: 1 MW, source: test}
        """;
        var e = Assert.Throws<ScenarioException>(() => EquipmentLibrary.FromTexts("test", [("96L6E.yaml", text)]));
        Assert.Contains("'antenna_gain_db' beside detection_model: radar_equation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedRadars_KeepTheReferenceDetection()
    {
        // Behaviour of existing equipment files is unchanged: no explicit equation, same SNR constant.
        var library = EquipmentLibrary.LoadDefault();
        foreach (string name in library.RadarNames)
        {
            Assert.Null(library.Radar(name).Equation);
        }
    }
}
