using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking.Metrics;

namespace Rampart.Core.Tracking.Files;

/// <summary>One track of the standalone 3-D tracker at a time: its estimate predicted to that time (tracker ENU: m, m/s, m²).</summary>
public readonly record struct TrackState3(int TrackId, double TimeS, Vec3 Position, Vec3 Velocity, PositionCovariance Covariance);

/// <summary>
/// Feeds polar detections (a <see cref="PolarCsv"/> file and its <see cref="TrackingSensors"/>) to
/// the command post's 3-D tracker (<see cref="Tracker"/>: converted-measurement Kalman filter,
/// chi-square gate, GNN, M-of-N), in the ENU frame at the sensors file's origin. Each detection
/// takes its sensor's σ for range, azimuth and elevation. Not thread-safe.
/// </summary>
public sealed class PolarDetectionsTracker
{
    private readonly Tracker _tracker;
    private readonly IReadOnlyList<SensorSite> _sites;
    private readonly TrackingSensors _sensors;
    private readonly List<TrackPositionReadout> _readouts = [];
    private Detection[] _buffer = new Detection[64];

    public PolarDetectionsTracker(TrackingSensors sensors, TrackerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sensors);
        _sensors = sensors;
        _sites = sensors.ToSites();
        _tracker = new Tracker(sensors.Frame, settings);
    }

    /// <summary>The tracker's frame (ENU at the sensors file's origin).</summary>
    public EnuFrame Frame => _tracker.Frame;

    /// <summary>Processes one sensor's scan; scans must come in time order.</summary>
    public void ProcessScan(PolarScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var sensor = _sensors.Sensors[scan.SensorIndex];
        if (_buffer.Length < scan.Detections.Length)
        {
            _buffer = new Detection[Math.Max(scan.Detections.Length, _buffer.Length * 2)];
        }

        var time = new SimTime(scan.TimeS);
        for (int i = 0; i < scan.Detections.Length; i++)
        {
            var d = scan.Detections[i];
            // No signal-to-noise ratio is given in the file; the tracker does not use it.
            _buffer[i] = new Detection(time, scan.SensorIndex, d.RangeM, d.AzimuthRad, d.ElevationRad,
                sensor.SigmaRangeM, sensor.SigmaAzimuthRad, sensor.SigmaElevationRad, SnrDb: double.NaN);
        }

        _tracker.ProcessScan(time, _sites[scan.SensorIndex], _buffer.AsSpan(0, scan.Detections.Length));
    }

    /// <summary>Appends (after clearing) the confirmed tracks, each predicted to <paramref name="timeS"/>, in increasing id order.</summary>
    public void GetConfirmedTracks(double timeS, List<TrackState3> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        _tracker.PredictPositions(new SimTime(timeS), _readouts);
        foreach (var r in _readouts)
        {
            if (r.Confirmed)
            {
                output.Add(new TrackState3(r.TrackId, timeS, r.Position, r.Velocity, r.Covariance));
            }
        }
    }
}
