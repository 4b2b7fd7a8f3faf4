using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>
/// Barrage noise jamming of a radar (Adamy, <i>EW 101</i>, ch. 9; Schleher, <i>Electronic Warfare in
/// the Information Age</i>, ch. 3): the jammer-to-noise ratio a stand-off jammer produces in the
/// radar's receiver, the jammer-to-signal ratio of a self-screening jammer, and burn-through
/// ranges. Jamming adds to the receiver noise, so the effective SNR is S/(N + J) = SNR/(1 + J/N).
/// SI units and plain power ratios unless a name says dB. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Assumptions: the jammer's noise is spread evenly over its bandwidth B_j, and the radar takes in
/// the part inside its own bandwidth B_r (all of it when B_j ≤ B_r); free-space one-way spreading
/// on the jammer's path, no losses on it; the jammer is received through the radar's receive gain in
/// the jammer's direction (main lobe, or main lobe × sidelobe level).
/// </remarks>
public static class NoiseJamming
{
    /// <summary>
    /// Jammer-to-noise ratio at the radar receiver from a jammer of effective radiated power
    /// <paramref name="erpW"/> over <paramref name="jammerBandwidthHz"/> at range
    /// <paramref name="rangeM"/>: J/N = ERP·G_r·λ² / ((4π)²·R²·k·T_s·max(B_j, B_r)).
    /// </summary>
    /// <param name="receiveGain">Radar receive gain towards the jammer (ratio).</param>
    public static double JammerToNoise(double erpW, double jammerBandwidthHz, double rangeM, double receiveGain, double wavelengthM, double systemTemperatureK, double receiverBandwidthHz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(erpW);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(jammerBandwidthHz);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rangeM);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(receiverBandwidthHz);
        double fourPi = 4.0 * Math.PI;
        double received = erpW * receiveGain * wavelengthM * wavelengthM / (fourPi * fourPi * rangeM * rangeM);
        return received / (RadarEquation.Boltzmann * systemTemperatureK * Math.Max(jammerBandwidthHz, receiverBandwidthHz));
    }

    /// <summary>
    /// Jammer-to-signal ratio of a self-screening jammer on a target of <paramref name="rcsM2"/> at
    /// range <paramref name="rangeM"/>, against a radar of effective radiated power
    /// <paramref name="radarErpW"/> = P_t·G_t: J/S = ERP_j·4π·R² / (ERP_r·σ) · B_r / max(B_j, B_r)
    /// (the radar's receive gain and wavelength are common to J and S and cancel).
    /// </summary>
    public static double SelfScreeningJammerToSignal(double jammerErpW, double jammerBandwidthHz, double radarErpW, double receiverBandwidthHz, double rcsM2, double rangeM)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radarErpW);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rcsM2);
        return jammerErpW * 4.0 * Math.PI * rangeM * rangeM / (radarErpW * rcsM2) * receiverBandwidthHz / Math.Max(jammerBandwidthHz, receiverBandwidthHz);
    }

    /// <summary>
    /// Self-screening burn-through range, m: where the signal-to-jamming ratio reaches
    /// <paramref name="requiredSignalToJam"/> (ratio), R = √(ERP_r·σ·max(B_j, B_r) / (4π·ERP_j·B_r·(S/J)_req)).
    /// (Thermal noise neglected: valid when J ≫ N, as near burn-through of a self-screening jammer.)
    /// </summary>
    public static double SelfScreeningBurnThroughRangeM(double jammerErpW, double jammerBandwidthHz, double radarErpW, double receiverBandwidthHz, double rcsM2, double requiredSignalToJam)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(jammerErpW);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(requiredSignalToJam);
        return Math.Sqrt(radarErpW * rcsM2 * Math.Max(jammerBandwidthHz, receiverBandwidthHz) / (4.0 * Math.PI * jammerErpW * receiverBandwidthHz * requiredSignalToJam));
    }

    /// <summary>
    /// The receiver of a radar described only by a reference detection, estimated from its spec for
    /// jamming calculations: receive gain from the beamwidths, G ≈ 26,000/(θ_az·θ_el) with the
    /// beamwidths in degrees (the usual rule for practical antennas, about 63 % aperture efficiency:
    /// Skolnik, ch. 9; Stutzman &amp; Thiele); wavelength c/f; noise bandwidth c/(2·ΔR) from the range
    /// resolution (a compressed pulse resolves c/(2B)); system temperature T₀·F.
    /// </summary>
    /// <param name="noiseFigureDb">Receiver noise figure, dB (assumed 3 dB when not given: typical of a modern low-noise front end; not published for these radars).</param>
    public static (double ReceiveGain, double WavelengthM, double BandwidthHz, double SystemTemperatureK) ReceiverOf(RadarSpec spec, double noiseFigureDb = 3.0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        double gain = 26_000.0 / (spec.AzimuthBeamwidthDeg * spec.ElevationBeamwidthDeg);
        return (gain, RadarEquation.SpeedOfLight / spec.FrequencyHz, RadarEquation.SpeedOfLight / (2.0 * spec.RangeResolutionM), RadarEquation.StandardTemperatureK * DetectionProbability.DbToRatio(noiseFigureDb));
    }
}
