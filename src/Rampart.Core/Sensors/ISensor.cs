using Rampart.Core.Kernel;

namespace Rampart.Core.Sensors;

/// <summary>A sensor that looks at the world at discrete scan times.</summary>
public interface ISensor
{
    /// <summary>Where it is and what it covers.</summary>
    SensorSite Site { get; }

    /// <summary>
    /// Looks at the targets at <paramref name="time"/> (their truth is for the sensor's physics
    /// only) and appends what it reports, true detections and false alarms, to <paramref name="output"/>.
    /// Draws only from the sensor's own random stream.
    /// </summary>
    void Scan(SimTime time, ReadOnlySpan<TargetTruth> targets, List<SensorReport> output);
}
