using MathNet.Numerics.Distributions;
using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tests.Tracking;

/// <summary>
/// A test-only stand-in for a radar: turns known positions into polar detections with seeded
/// Gaussian noise, so the tracker can be checked against truth without the real radar model.
/// Every target inside the field of regard is detected (probability of detection 1).
/// </summary>
internal sealed class SimulatedTestRadar
{
    private readonly Random _random;

    /// <param name="maxRangeM">The field of regard: every point within this slant range of the antenna.</param>
    public SimulatedTestRadar(int index, GeodeticPosition antenna, double scanPeriodS, double maxRangeM, double sigmaRangeM, double sigmaAngleRad, int seed)
    {
        var frame = new EnuFrame(antenna);
        Site = new SensorSite($"test-radar-{index}", index, frame, scanPeriodS, ecef => frame.ToEnu(ecef).Length <= maxRangeM);
        SigmaRangeM = sigmaRangeM;
        SigmaAngleRad = sigmaAngleRad;
        _random = new Random(seed);
    }

    public SensorSite Site { get; }

    public double SigmaRangeM { get; }

    public double SigmaAngleRad { get; }

    /// <summary>Noisy detections of the targets (ECEF positions) that lie in the field of regard.</summary>
    public Detection[] Scan(SimTime time, params Vec3[] targetsEcef)
    {
        var detections = new List<Detection>();
        foreach (Vec3 ecef in targetsEcef)
        {
            if (Site.FieldOfRegard(ecef))
            {
                detections.Add(Measure(time, ecef));
            }
        }

        return [.. detections];
    }

    /// <summary>One noisy detection of the point <paramref name="ecef"/>, whether or not it is in the field of regard.</summary>
    public Detection Measure(SimTime time, Vec3 ecef)
    {
        Vec3 enu = Site.Frame.ToEnu(ecef);
        double range = enu.Length;
        double azimuth = Math.Atan2(enu.X, enu.Y);
        double elevation = Math.Asin(enu.Z / range);
        azimuth += Normal.Sample(_random, 0, SigmaAngleRad);
        azimuth = ((azimuth % (2 * Math.PI)) + (2 * Math.PI)) % (2 * Math.PI);
        return new Detection(
            time,
            Site.Index,
            range + Normal.Sample(_random, 0, SigmaRangeM),
            azimuth,
            elevation + Normal.Sample(_random, 0, SigmaAngleRad),
            SigmaRangeM,
            SigmaAngleRad,
            SigmaAngleRad,
            20.0);
    }
}
