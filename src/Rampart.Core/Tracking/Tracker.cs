using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;

namespace Rampart.Core.Tracking;

/// <summary>
/// The command post's multi-sensor tracker: a converted-measurement constant-velocity Kalman
/// filter per track (or, with <see cref="TrackerMotionModel.Imm"/>, a two-model CV–CV IMM,
/// <see cref="ImmFilter"/>), chi-square gating behind a spatial pre-gate, global-nearest-neighbour
/// association by optimal 2-D assignment per cluster, single-point initiation, M-of-N
/// confirmation and miss-count deletion. Scans from several radars arrive one at a time in
/// time order and update the same tracks. Not thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>All detections of a scan are taken at the scan time (an <see cref="ISensor"/> scan is
/// one look at one instant); <see cref="Detection.Time"/> is not used.</item>
/// <item>Each scan is processed on its own (sequential sensor-by-sensor updating); a target
/// gives at most one detection per scan of one sensor.</item>
/// <item>Detections with a non-positive range, a non-positive sigma or a non-finite value are
/// ignored (reported as −1).</item>
/// </list>
/// </remarks>
public sealed partial class Tracker : ITracker
{
    private readonly TrackerSettings _settings;
    private readonly ConstantVelocityKalmanFilter _filter;

    // With the IMM, _imm[i] holds the per-model states of _tracks[i] and _tracks[i].State their
    // combination, which gating, association, the M-of-N logic and the snapshots use unchanged.
    private readonly ImmFilter? _immFilter;
    private ImmState[] _imm = [];
    private readonly GnnAssociator _associator;
    private readonly MOfNTrackLogic _logic;

    private TrackRecord[] _tracks = new TrackRecord[64];
    private int _trackCount;
    private int _nextId = 1;
    private SimTime _lastScan = new(double.NegativeInfinity);
    private Track[]? _snapshot;

    private ConvertedMeasurement[] _measurements = new ConvertedMeasurement[64];
    private bool[] _valid = new bool[64];
    private int[] _measurementToTrack = new int[64];
    private int[] _trackToMeasurement = new int[64];
    private bool[] _covered = new bool[64];

    /// <param name="frame">The tracker's ENU frame (centred on the command post).</param>
    /// <param name="settings">Process noise, gate probability, M-of-N and deletion rule.</param>
    public Tracker(EnuFrame frame, TrackerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.ProcessNoise);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ConfirmM, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ConfirmN, settings.ConfirmM);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.DeleteAfterMisses, 1);
        Frame = frame;
        _settings = settings;
        _filter = new ConstantVelocityKalmanFilter(settings.ProcessNoise);
        if (settings.MotionModel == TrackerMotionModel.Imm)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(settings.ManoeuvreProcessNoise);
            _immFilter = new ImmFilter(settings.ProcessNoise, settings.ManoeuvreProcessNoise);
            _imm = new ImmState[64];
        }

        _associator = new GnnAssociator(settings.GateProbability);
        _logic = new MOfNTrackLogic(settings.ConfirmM, settings.ConfirmN, settings.DeleteAfterMisses);
    }

    /// <inheritdoc />
    public EnuFrame Frame { get; }

    /// <summary>The settings this tracker runs with.</summary>
    public TrackerSettings Settings => _settings;

    /// <inheritdoc />
    public IReadOnlyList<Track> Tracks
    {
        get
        {
            if (_snapshot is null)
            {
                _snapshot = new Track[_trackCount];
                for (int i = 0; i < _trackCount; i++)
                {
                    _snapshot[i] = _tracks[i].ToSnapshot();
                }
            }

            return _snapshot;
        }
    }

    /// <inheritdoc />
    public TrackerScanResult ProcessScan(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (time < _lastScan)
        {
            throw new ArgumentException($"Scans must arrive in time order: {time} is before {_lastScan}.", nameof(time));
        }

        _lastScan = time;
        _snapshot = null;
        var associated = new int[detections.Length];
        List<int>? confirmed = null, dropped = null;

        PredictTracks(time, site);
        ConvertDetections(site, detections);
        _associator.Associate(
            _tracks.AsSpan(0, _trackCount),
            _measurements.AsSpan(0, detections.Length),
            _valid.AsSpan(0, detections.Length),
            _trackToMeasurement,
            _measurementToTrack);
        UpdateOrCoast(time, associated, ref confirmed, ref dropped);
        DeleteTracks();
        InitiateTracks(time, detections.Length, associated, ref confirmed);

        return new TrackerScanResult(associated, confirmed ?? (IReadOnlyList<int>)[], dropped ?? (IReadOnlyList<int>)[]);
    }

    /// <inheritdoc />
    public Track? Predict(int trackId, SimTime time)
    {
        int lo = 0, hi = _trackCount - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int id = _tracks[mid].Id;
            if (id == trackId)
            {
                TrackRecord copy = _tracks[mid];
                if (_immFilter is not null)
                {
                    ImmState imm = _imm[mid];
                    _immFilter.Predict(ref imm, time - copy.Time, out copy.State);
                }
                else
                {
                    _filter.Predict(ref copy.State, time - copy.Time);
                }

                copy.Time = time;
                return copy.ToSnapshot();
            }

            if (id < trackId)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>
    /// The IMM state (per-model estimates and mode probabilities) of a track at its last update or
    /// prediction; false when the tracker runs the plain CV filter or has no such track.
    /// </summary>
    internal bool TryGetImmState(int trackId, out ImmState state)
    {
        state = default;
        if (_immFilter is null)
        {
            return false;
        }

        for (int i = 0; i < _trackCount; i++)
        {
            if (_tracks[i].Id == trackId)
            {
                state = _imm[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>Step 1: every track to the scan time; note which the sensor's field of regard holds.</summary>
    private void PredictTracks(SimTime time, SensorSite site)
    {
        Grow(ref _covered, _trackCount);
        Grow(ref _trackToMeasurement, _trackCount);
        for (int i = 0; i < _trackCount; i++)
        {
            ref TrackRecord t = ref _tracks[i];
            if (_immFilter is not null)
            {
                _immFilter.Predict(ref _imm[i], time - t.Time, out t.State);
            }
            else
            {
                _filter.Predict(ref t.State, time - t.Time);
            }

            t.Time = time;
            _covered[i] = site.FieldOfRegard(Frame.ToEcef(t.State.Position));
        }
    }

    /// <summary>Polar detections → Cartesian measurements in the tracker frame.</summary>
    private void ConvertDetections(SensorSite site, ReadOnlySpan<Detection> detections)
    {
        Grow(ref _measurements, detections.Length);
        Grow(ref _valid, detections.Length);
        Grow(ref _measurementToTrack, detections.Length);
        for (int j = 0; j < detections.Length; j++)
        {
            ref readonly Detection d = ref detections[j];
            if (d.SensorIndex != site.Index)
            {
                throw new ArgumentException($"Detection {j} comes from sensor {d.SensorIndex}, not from {site.Name} ({site.Index}).", nameof(detections));
            }

            _valid[j] = IsUsable(d);
            _measurements[j] = _valid[j] ? ConvertedMeasurement.FromDetection(d, site, Frame) : default;
        }
    }

    private static bool IsUsable(in Detection d) =>
        d.RangeM > 0 && double.IsFinite(d.RangeM) && double.IsFinite(d.AzimuthRad) && double.IsFinite(d.ElevationRad)
        && d.SigmaRangeM > 0 && d.SigmaAzimuthRad > 0 && d.SigmaElevationRad > 0
        && double.IsFinite(d.SigmaRangeM) && double.IsFinite(d.SigmaAzimuthRad) && double.IsFinite(d.SigmaElevationRad);

    /// <summary>Steps 2–3 (after association): Kalman update of associated tracks, miss counting for covered ones, M-of-N.</summary>
    private void UpdateOrCoast(SimTime time, int[] associated, ref List<int>? confirmed, ref List<int>? dropped)
    {
        for (int i = 0; i < _trackCount; i++)
        {
            ref TrackRecord t = ref _tracks[i];
            int j = _trackToMeasurement[i];
            bool updated = j >= 0;
            if (updated)
            {
                if (_immFilter is not null)
                {
                    ImmFilter.Update(ref _imm[i], _measurements[j], out t.State);
                }
                else
                {
                    ConstantVelocityKalmanFilter.Update(ref t.State, _measurements[j]);
                }

                t.LastUpdate = time;
                t.Updates++;
                associated[j] = t.Id;
            }

            bool wasConfirmed = t.Status.Confirmed;
            switch (_logic.OnScan(ref t.Status, updated, _covered[i], t.State.PositionSigmaM))
            {
                case TrackVerdict.Confirm:
                    (confirmed ??= []).Add(t.Id);
                    break;
                case TrackVerdict.Delete:
                    if (wasConfirmed)
                    {
                        (dropped ??= []).Add(t.Id);
                    }

                    t.Id = -t.Id; // marked for deletion; ids are positive
                    break;
                case TrackVerdict.Keep:
                    break;
            }
        }
    }

    /// <summary>Step 4: compact the store, dropping marked tracks and keeping id order.</summary>
    private void DeleteTracks()
    {
        int kept = 0;
        for (int i = 0; i < _trackCount; i++)
        {
            if (_tracks[i].Id > 0)
            {
                if (kept != i)
                {
                    _tracks[kept] = _tracks[i];
                    if (_immFilter is not null)
                    {
                        _imm[kept] = _imm[i];
                    }
                }

                kept++;
            }
        }

        _trackCount = kept;
    }

    /// <summary>Step 5: a tentative track for each usable detection no track took.</summary>
    private void InitiateTracks(SimTime time, int detectionCount, int[] associated, ref List<int>? confirmed)
    {
        for (int j = 0; j < detectionCount; j++)
        {
            if (!_valid[j] || _measurementToTrack[j] >= 0)
            {
                if (!_valid[j])
                {
                    associated[j] = -1;
                }

                continue;
            }

            Grow(ref _tracks, _trackCount + 1);
            if (_immFilter is not null)
            {
                Grow(ref _imm, _trackCount + 1);
                _imm[_trackCount] = _immFilter.Initiate(SinglePointInitiator.Initiate(_measurements[j]));
            }

            ref TrackRecord t = ref _tracks[_trackCount++];
            t = new TrackRecord
            {
                Id = _nextId++,
                Time = time,
                State = SinglePointInitiator.Initiate(_measurements[j]),
                LastUpdate = time,
                Updates = 1,
            };
            associated[j] = t.Id;
            if (_logic.OnInitiated(ref t.Status) == TrackVerdict.Confirm)
            {
                (confirmed ??= []).Add(t.Id);
            }
        }
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
