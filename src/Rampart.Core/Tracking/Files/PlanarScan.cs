using Rampart.Core.Tracking.Planar;

namespace Rampart.Core.Tracking.Files;

/// <summary>The detections of one scan, all taken at <paramref name="TimeS"/> (seconds).</summary>
public sealed record PlanarScan(double TimeS, PlanarDetection[] Detections);

/// <summary>
/// One true target position at one time (metres); <paramref name="TruthId"/> names the target.
/// <paramref name="ZM"/> is 0 when the file has no <c>z_m</c> column.
/// </summary>
public readonly record struct TruthPoint(string TruthId, double XM, double YM, double ZM = 0);

/// <summary>The true positions of all targets at <paramref name="TimeS"/> (seconds).</summary>
public sealed record TruthScan(double TimeS, TruthPoint[] Targets);
