using Rampart.Core.Sensors;
using static Rampart.Core.Tests.Sensors.TestRadars;

namespace Rampart.Core.Tests.Sensors;

public class NoiseJammingTests
{
    [Fact]
    public void StandOff_JammerToNoise_WorkedByHand()
    {
        // ERP 1 kW over 100 MHz at 150 km; radar G_r = 13,000, λ = 0.054508 m (5.5 GHz),
        // B_r = 1.99862 MHz, T_s = 578.63 K (F = 3 dB). J = 1000·13000·0.0029711/((4π)²·2.25e10)
        // = 38,624.6/3.55307e12 = 1.08708e-8 W; N = k·T_s·B_j (B_j > B_r: the radar takes in
        // B_r/B_j of the jammer) = 1.380649e-23·578.63·1e8 = 7.98889e-13 W ⇒ J/N = 13,607 (41.34 dB).
        double jn = NoiseJamming.JammerToNoise(1000, 1e8, 150_000, 13_000, 299_792_458.0 / 5.5e9, 290 * Math.Pow(10, 0.3), 299_792_458.0 / 150);
        Assert.Equal(13_607, jn, 5.0);
    }

    [Fact]
    public void SelfScreening_BurnThroughRange_WorkedByHand()
    {
        // Radar ERP P_t·G = 1e6 W·1e4 = 1e10 W, B_r = 1 MHz; jammer 100 W over 10 MHz on a 5 m²
        // target; burn-through at S/J = 13 dB = 19.953:
        // R = √(1e10·5·1e7 / (4π·100·1e6·19.953)) = √(5e17/2.5074e10) = √1.99410e7 = 4,465.6 m.
        double r = NoiseJamming.SelfScreeningBurnThroughRangeM(100, 1e7, 1e10, 1e6, 5.0, Math.Pow(10, 1.3));
        Assert.Equal(4_465.6, r, 0.2);
    }

    [Fact]
    public void SelfScreening_JammerToSignal_WorkedByHand()
    {
        // Same radar and jammer at 20 km: J/S = 100·4π·(2e4)²/(1e10·5)·(1e6/1e7) = 1.00531.
        Assert.Equal(1.00531, NoiseJamming.SelfScreeningJammerToSignal(100, 1e7, 1e10, 1e6, 5.0, 20_000), 1e-5);
    }

    [Fact]
    public void ReceiverOf_EstimatesGainBandwidthAndTemperature_FromTheSpec()
    {
        // Search(): 1.5° × 32° beams, 150 m resolution, 3 GHz. G = 26,000/48 = 541.67;
        // B = c/(2·150 m) = 999,308 Hz; λ = 0.0999308 m; T_s = 290·10^0.3 = 578.63 K.
        var rx = NoiseJamming.ReceiverOf(Search());
        Assert.Equal(541.67, rx.ReceiveGain, 0.01);
        Assert.Equal(999_308, rx.BandwidthHz, 1.0);
        Assert.Equal(0.0999308, rx.WavelengthM, 1e-7);
        Assert.Equal(578.63, rx.SystemTemperatureK, 0.01);
    }

    [Fact]
    public void Jamming_ShrinksThePowerLimitedRange_ByTheFourthRootOf1PlusJN()
    {
        // J/N = 15 ⇒ range × 16^(−1/4) = ½.
        var spec = Search();
        double clear = VerticalCoverage.PowerLimitedRangeM(spec, 1.0, 0.8, 1e-6, 1);
        Assert.Equal(0.5 * clear, VerticalCoverage.PowerLimitedRangeM(spec, 1.0, 0.8, 1e-6, 1, 15.0), 1e-6);
    }
}
