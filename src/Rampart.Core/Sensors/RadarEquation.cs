using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Sensors;

/// <summary>
/// The monostatic radar range equation from explicit parameters (Skolnik, <i>Introduction to Radar
/// Systems</i>, ch. 2; Richards, <i>Fundamentals of Radar Signal Processing</i>, eq. 2.30):
/// SNR = P_t·G_t·G_r·λ²·σ·N / ((4π)³·R⁴·k·T_s·B·L), with T_s = T₀·F (T₀ = 290 K) when a noise
/// figure is given, and B = 1/τ for a matched filter to a pulse of width τ. All quantities SI
/// (W, m, s, Hz, K) and plain power ratios (not dB) unless a name says dB. Immutable.
/// </summary>
/// <remarks>
/// Assumptions: the N pulses of a dwell are integrated coherently (SNR × N; use
/// <see cref="DetectionStatistics"/> with N pulses and the single-pulse SNR for non-coherent
/// integration instead); the system noise temperature is T₀·F (antenna noise temperature taken as
/// T₀, the IEEE standard convention); every loss (transmit, receive, processing, atmosphere) is
/// lumped into one L.
/// </remarks>
/// <param name="PeakPowerW">Peak transmitted power P_t, W.</param>
/// <param name="TransmitGain">Transmit antenna gain G_t (ratio).</param>
/// <param name="ReceiveGain">Receive antenna gain G_r (ratio).</param>
/// <param name="WavelengthM">Wavelength λ, m.</param>
/// <param name="NoiseBandwidthHz">Receiver noise bandwidth B, Hz (1/τ for a matched pulse of width τ).</param>
/// <param name="SystemTemperatureK">System noise temperature T_s, K.</param>
/// <param name="Losses">Total losses L (ratio ≥ 1).</param>
/// <param name="PulsesPerDwell">Pulses integrated coherently per look, N ≥ 1.</param>
public sealed record RadarEquation(
    double PeakPowerW,
    double TransmitGain,
    double ReceiveGain,
    double WavelengthM,
    double NoiseBandwidthHz,
    double SystemTemperatureK,
    double Losses,
    int PulsesPerDwell = 1)
{
    /// <summary>Boltzmann's constant, J/K (exact, SI 2019).</summary>
    public const double Boltzmann = 1.380649e-23;

    /// <summary>The IEEE standard reference temperature T₀ for noise figures, K.</summary>
    public const double StandardTemperatureK = 290.0;

    /// <summary>Speed of light in vacuum, m/s.</summary>
    public const double SpeedOfLight = 299_792_458.0;

    /// <summary>
    /// Builds the equation from the parameters an equipment sheet gives: frequency, one antenna
    /// gain for transmit and receive (dB), pulse width (matched-filter bandwidth 1/τ), noise figure
    /// (dB) and total losses (dB).
    /// </summary>
    public static RadarEquation FromSheet(double peakPowerW, double antennaGainDb, double frequencyHz, double pulseWidthS, double noiseFigureDb, double lossesDb, int pulsesPerDwell = 1)
    {
        double g = DetectionProbability.DbToRatio(antennaGainDb);
        return new RadarEquation(
            peakPowerW,
            g,
            g,
            SpeedOfLight / frequencyHz,
            1.0 / pulseWidthS,
            StandardTemperatureK * DetectionProbability.DbToRatio(noiseFigureDb),
            DetectionProbability.DbToRatio(lossesDb),
            pulsesPerDwell);
    }

    /// <summary>The equation of a radar whose equipment file gives explicit parameters (<see cref="RadarSpec.Equation"/>).</summary>
    public static RadarEquation Of(RadarSpec spec, RadarEquationSpec parameters)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(parameters);
        return FromSheet(parameters.PeakPowerW, parameters.AntennaGainDb, spec.FrequencyHz, parameters.PulseWidthS, parameters.NoiseFigureDb, parameters.LossesDb, parameters.PulsesPerDwell);
    }

    /// <summary>
    /// SNR·R⁴/σ, m², of a radar as its equipment file describes it: from the explicit parameters when
    /// it gives them, otherwise scaled from the reference detection, SNR_ref·R_ref⁴/σ_ref with SNR_ref
    /// what a Swerling <see cref="Radar.ReferenceSwerling"/> target needs for the reference P_d at the
    /// reference P_fa in one look.
    /// </summary>
    public static double SnrPerRcsTimesR4Of(RadarSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Equation is { } parameters)
        {
            return Of(spec, parameters).SnrPerRcsTimesR4;
        }

        double referenceSnr = DetectionProbability.RequiredSnr(spec.ReferencePd, spec.ReferencePfa, Radar.ReferenceSwerling);
        double rRef2 = spec.ReferenceRangeM * spec.ReferenceRangeM;
        return referenceSnr * rRef2 * rRef2 / spec.ReferenceRcsM2;
    }

    /// <summary>Receiver noise power k·T_s·B, W.</summary>
    public double NoisePowerW => Boltzmann * SystemTemperatureK * NoiseBandwidthHz;

    /// <summary>
    /// SNR·R⁴/σ, m² (the constant <see cref="Radar"/> scales every look by): SNR of a 1 m² target
    /// at 1 m, so SNR = this·σ/R⁴.
    /// </summary>
    public double SnrPerRcsTimesR4 =>
        PeakPowerW * TransmitGain * ReceiveGain * WavelengthM * WavelengthM * PulsesPerDwell
        / (FourPiCubed * NoisePowerW * Losses);

    /// <summary>Mean SNR (ratio) of a target of <paramref name="rcsM2"/> m² at range <paramref name="rangeM"/> m.</summary>
    public double Snr(double rcsM2, double rangeM)
    {
        double r2 = rangeM * rangeM;
        return SnrPerRcsTimesR4 * rcsM2 / (r2 * r2);
    }

    /// <summary>Range, m, at which a target of <paramref name="rcsM2"/> m² gives SNR <paramref name="snr"/> (ratio): (C·σ/SNR)^(1/4).</summary>
    public double RangeForSnr(double rcsM2, double snr) => Math.Pow(SnrPerRcsTimesR4 * rcsM2 / snr, 0.25);

    private static readonly double FourPiCubed = Math.Pow(4.0 * Math.PI, 3);
}
