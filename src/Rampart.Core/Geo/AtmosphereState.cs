namespace Rampart.Core.Geo;

/// <summary>Air properties at one geometric altitude (SI units).</summary>
/// <param name="TemperatureK">Kinetic temperature, kelvin.</param>
/// <param name="PressurePa">Static pressure, pascals.</param>
/// <param name="DensityKgPerM3">Density, kg/m³.</param>
/// <param name="SpeedOfSoundMps">Speed of sound, m/s.</param>
public readonly record struct AtmosphereState(double TemperatureK, double PressurePa, double DensityKgPerM3, double SpeedOfSoundMps);
