namespace Rampart.Core.Sensors;

/// <summary>
/// The power budget of one radar look at one target: what the detector and the measurement see.
/// All ratios are plain power ratios (not dB).
/// </summary>
/// <param name="RangeM">Slant range, m.</param>
/// <param name="RcsM2">Mean RCS at this aspect and band, m².</param>
/// <param name="PropagationFactor4">F⁴ of the multipath (1 in free space).</param>
/// <param name="Snr">Signal-to-noise ratio, including F⁴.</param>
/// <param name="JamToNoise">J/N: all jammers, through the antenna pattern.</param>
/// <param name="ClutterToNoise">C/N after the clutter improvement factor.</param>
/// <param name="Sinr">S/(N + J + C) = SNR/(1 + J/N + C/N): what detection and measurement accuracy use.</param>
public readonly record struct LookBudget(double RangeM, double RcsM2, double PropagationFactor4, double Snr, double JamToNoise, double ClutterToNoise, double Sinr);
