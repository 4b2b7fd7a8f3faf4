namespace Rampart.Core.Tracking.Planar;

/// <summary>A snapshot of one 2-D track: its estimate at the last scan. Immutable.</summary>
/// <param name="Id">Stable track number, from 1, never reused.</param>
/// <param name="TimeS">Time of the estimate (the last scan processed), s.</param>
/// <param name="XM">Estimated x, m.</param>
/// <param name="YM">Estimated y, m.</param>
/// <param name="VxMps">Estimated x velocity, m/s.</param>
/// <param name="VyMps">Estimated y velocity, m/s.</param>
/// <param name="Confirmed">True once the M-of-N rule has confirmed it.</param>
/// <param name="Updated">True when a detection of the last scan updated it (false: it coasted).</param>
public readonly record struct PlanarTrack(int Id, double TimeS, double XM, double YM, double VxMps, double VyMps, bool Confirmed, bool Updated);
