using Rampart.Core.Geo;
using Rampart.Core.Kernel;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking.Motion;

namespace Rampart.Core.Tracking;

/// <summary>
/// The command post's multi-sensor tracker, assembled from parts: a converted-measurement Kalman
/// filter per track — constant velocity (default), constant acceleration, or an IMM of constant
/// velocity and a coordinated-turn EKF (<see cref="TrackerMotionModel"/>, <see cref="MotionFilter"/>) —
/// chi-square gating behind a spatial pre-gate, GNN (optimal 2-D assignment per cluster) or JPDA
/// (per cluster, capped) association, single-point initiation, M-of-N confirmation, miss-count
/// deletion, a capacity limit with priority by threat, and rewind-and-replay of late
/// (out-of-sequence) scans. Scans from several radars update the same tracks (measurement-level
/// fusion, each detection converted with its own sensor's site and noise). Not thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>Measurement model: converted measurements, debiased (Mo et al. 1998) or plain as
/// <see cref="TrackerSettings.MeasurementConversion"/> says; not an EKF in range, azimuth and
/// elevation (see <see cref="ConvertedMeasurement"/>).</item>
/// <item>All detections of a scan are taken at the scan time (an <see cref="ISensor"/> scan is
/// one look at one instant); <see cref="Detection.Time"/> is not used.</item>
/// <item>Each scan is processed on its own (sequential sensor-by-sensor updating); a target
/// gives at most one detection per scan of one sensor.</item>
/// <item>Detections with a non-positive range, a non-positive sigma or a non-finite value are
/// ignored (reported as −1).</item>
/// <item>The tracker knows nothing of sensor biases: a biased radar's detections are fused as if
/// unbiased (no bias estimation or registration).</item>
/// </list>
/// </remarks>
public sealed partial class Tracker : ITracker
{
    private readonly TrackerSettings _settings;

    // Constant velocity (the default) runs the 6-state filter on TrackRecord.State directly. The
    // other motion models keep their full per-model states in _motion[i] beside _tracks[i], and
    // _tracks[i].State holds the combined [p v] marginal, which gating, association, the M-of-N
    // logic and the snapshots use unchanged.
    private readonly ConstantVelocityKalmanFilter _filter;
    private readonly MotionFilter? _motionFilter;
    private MotionState[] _motion = [];
    private readonly GnnAssociator _gnn;
    private readonly JpdaAssociator? _jpda;
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
    private bool[] _confirmedMask = new bool[64];
    private bool[] _tentativeMask = new bool[64];
    private bool[] _unclaimed = new bool[64];
    private int[] _jpdaBest = new int[64];
    private ConvertedMeasurement[] _pdaMeasurements = new ConvertedMeasurement[8];
    private double[] _pdaWeights = new double[8];

    /// <param name="frame">The tracker's ENU frame (centred on the command post).</param>
    /// <param name="settings">Motion model and noise, association, gate, M-of-N, deletion rule, capacity, replay window.</param>
    /// <param name="priority">
    /// Threat priority of a track (higher is more urgent), used only when the store is full; null
    /// uses <see cref="ClosingPriority"/>. A newcomer is judged on its one detection (velocity 0).
    /// </param>
    public Tracker(EnuFrame frame, TrackerSettings settings, Func<Track, double>? priority = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.ProcessNoise);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ConfirmM, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.ConfirmN, settings.ConfirmM);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.DeleteAfterMisses, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MaxTracks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.OutOfSequenceWindowS);
        Frame = frame;
        _settings = settings;
        _priority = priority ?? (t => ClosingPriority(t));
        _filter = new ConstantVelocityKalmanFilter(settings.ProcessNoise);
        _motionFilter = CreateMotionFilter(settings);
        if (_motionFilter is not null)
        {
            _motion = new MotionState[64];
        }

        _gnn = new GnnAssociator(settings.GateProbability);
        if (settings.Association == TrackerAssociation.Jpda)
        {
            _jpda = new JpdaAssociator(settings.GateProbability, settings.DetectionProbability, settings.ClutterDensity, settings.MaxJointEvents);
        }

        _logic = new MOfNTrackLogic(settings.ConfirmM, settings.ConfirmN, settings.DeleteAfterMisses);
    }

    /// <summary>
    /// Initial standard deviation of a new track's turn rate under the IMM, rad/s (0.3 rad/s: a
    /// 9 g turn at 300 m/s; assumed).
    /// </summary>
    public const double InitialTurnRateSigma = 0.3;

    /// <summary>
    /// Initial standard deviation of a new track's acceleration per axis under CA, m/s² (100 m/s²,
    /// about 10 g; assumed).
    /// </summary>
    public const double InitialAccelerationSigma = 100.0;

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

    /// <summary>
    /// Digests one scan. A scan measured before the latest one processed (a late report) is fitted
    /// in by rewind and replay when it lies within <see cref="TrackerSettings.OutOfSequenceWindowS"/>;
    /// its result then reports the confirmations and drops the replay changed.
    /// </summary>
    public TrackerScanResult ProcessScan(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (time < _lastScan)
        {
            return ProcessLateScan(time, site, detections);
        }

        if (_settings.OutOfSequenceWindowS > 0)
        {
            Remember(time, site, detections);
        }

        return ProcessInOrder(time, site, detections);
    }

    /// <summary>The five steps of one scan, in time order.</summary>
    private TrackerScanResult ProcessInOrder(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections)
    {
        _lastScan = time;
        _snapshot = null;
        var associated = new int[detections.Length];
        List<int>? confirmed = null, dropped = null;

        PredictTracks(time, site);
        ConvertDetections(site, detections);
        if (_jpda is not null)
        {
            AssociateJpda(detections.Length);
            UpdateOrCoastJpda(time, detections.Length, associated, ref confirmed, ref dropped);
        }
        else
        {
            _gnn.Associate(
                _tracks.AsSpan(0, _trackCount),
                _measurements.AsSpan(0, detections.Length),
                _valid.AsSpan(0, detections.Length),
                _trackToMeasurement,
                _measurementToTrack);
            UpdateOrCoast(time, associated, ref confirmed, ref dropped);
        }

        DeleteTracks();
        InitiateTracks(time, detections.Length, associated, ref confirmed);

        return new TrackerScanResult(associated, confirmed ?? (IReadOnlyList<int>)[], dropped ?? (IReadOnlyList<int>)[]);
    }

    /// <inheritdoc />
    public Track? Predict(int trackId, SimTime time)
    {
        int i = IndexOf(trackId);
        if (i < 0)
        {
            return null;
        }

        TrackRecord copy = _tracks[i];
        if (_motionFilter is not null)
        {
            MotionState m = _motion[i];
            _motionFilter.Predict(ref m, time - copy.Time, out copy.State);
        }
        else
        {
            _filter.Predict(ref copy.State, time - copy.Time);
        }

        copy.Time = time;
        return copy.ToSnapshot();
    }

    /// <summary>
    /// The per-model state (estimates and mode probabilities) of a track at its last update or
    /// prediction; false when the tracker runs the plain CV filter or has no such track.
    /// </summary>
    internal bool TryGetMotionState(int trackId, out MotionState state)
    {
        state = default;
        int i = IndexOf(trackId);
        if (_motionFilter is null || i < 0)
        {
            return false;
        }

        state = _motion[i];
        return true;
    }

    private static MotionFilter? CreateMotionFilter(TrackerSettings s) => s.MotionModel switch
    {
        TrackerMotionModel.Cv => null,
        TrackerMotionModel.Ca => new MotionFilter(new ConstantAccelerationModel(s.JerkNoise), InitialAccelerationSigma * InitialAccelerationSigma),
        TrackerMotionModel.Imm => new MotionFilter(
            new ConstantVelocityModel(s.ProcessNoise, dimension: 7),
            new CoordinatedTurnModel(s.ManoeuvreProcessNoise, s.TurnRateNoise),
            InitialTurnRateSigma * InitialTurnRateSigma),
        _ => throw new ArgumentOutOfRangeException(nameof(s), s.MotionModel, "Unknown motion model."),
    };

    /// <summary>Index of the track with this id in the (id-ordered) store, or −1.</summary>
    private int IndexOf(int trackId)
    {
        int lo = 0, hi = _trackCount - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int id = _tracks[mid].Id;
            if (id == trackId)
            {
                return mid;
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

        return -1;
    }

    /// <summary>Step 1: every track to the scan time; note which the sensor's field of regard holds.</summary>
    private void PredictTracks(SimTime time, SensorSite site)
    {
        Grow(ref _covered, _trackCount);
        Grow(ref _trackToMeasurement, _trackCount);

        // A site that covers nothing (track dwells) gives false for every track: skip the ECEF
        // conversion and the field-of-regard test (a pure function), same outcome.
        bool coversNothing = site.CoversNothing;
        for (int i = 0; i < _trackCount; i++)
        {
            ref TrackRecord t = ref _tracks[i];
            if (_motionFilter is not null)
            {
                _motionFilter.Predict(ref _motion[i], time - t.Time, out t.State);
            }
            else
            {
                _filter.Predict(ref t.State, time - t.Time);
            }

            t.Time = time;
            _covered[i] = !coversNothing && site.FieldOfRegard(Frame.ToEcef(t.State.Position));
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
            _measurements[j] = _valid[j] ? ConvertedMeasurement.FromDetection(d, site, Frame, _settings.MeasurementConversion) : default;
        }
    }

    private static bool IsUsable(in Detection d) =>
        d.RangeM > 0 && double.IsFinite(d.RangeM) && double.IsFinite(d.AzimuthRad) && double.IsFinite(d.ElevationRad)
        && d.SigmaRangeM > 0 && d.SigmaAzimuthRad > 0 && d.SigmaElevationRad > 0
        && double.IsFinite(d.SigmaRangeM) && double.IsFinite(d.SigmaAzimuthRad) && double.IsFinite(d.SigmaElevationRad);

    /// <summary>The Kalman update of track <paramref name="i"/> with measurement <paramref name="j"/> (its motion model's, or the plain CV filter's).</summary>
    private void UpdateWith(int i, int j, SimTime time, int[] associated)
    {
        ref TrackRecord t = ref _tracks[i];
        if (_motionFilter is not null)
        {
            _motionFilter.Update(ref _motion[i], _measurements[j], out t.State);
        }
        else
        {
            ConstantVelocityKalmanFilter.Update(ref t.State, _measurements[j]);
        }

        t.LastUpdate = time;
        t.Updates++;
        associated[j] = t.Id;
    }

    /// <summary>Steps 2–3 (after GNN association): Kalman update of associated tracks, miss counting for covered ones, M-of-N.</summary>
    private void UpdateOrCoast(SimTime time, int[] associated, ref List<int>? confirmed, ref List<int>? dropped)
    {
        for (int i = 0; i < _trackCount; i++)
        {
            ref TrackRecord t = ref _tracks[i];
            int j = _trackToMeasurement[i];
            bool updated = j >= 0;
            if (updated)
            {
                UpdateWith(i, j, time, associated);
            }

            Judge(ref t, i, updated, ref confirmed, ref dropped);
        }
    }

    /// <summary>
    /// Step 2 with JPDA: JPDA among the confirmed tracks; then GNN between the tentative tracks and
    /// the measurements the confirmed tracks did not claim (Σ_i β_ij &lt; ½).
    /// </summary>
    /// <remarks>
    /// Model assumption: JPDA maintains confirmed tracks; initiation stays a hard decision. A
    /// one-detection tentative track's gate is kilometres wide (its velocity is still 0 ± 1.7 km/s),
    /// so in a dense picture letting it share measurements by probability would spread its
    /// weight over many measurements and it would never reach its M hits.
    /// </remarks>
    private void AssociateJpda(int detectionCount)
    {
        Grow(ref _confirmedMask, _trackCount);
        Grow(ref _tentativeMask, _trackCount);
        Grow(ref _unclaimed, detectionCount);
        for (int i = 0; i < _trackCount; i++)
        {
            _confirmedMask[i] = _tracks[i].Status.Confirmed;
            _tentativeMask[i] = !_confirmedMask[i];
        }

        ReadOnlySpan<TrackRecord> tracks = _tracks.AsSpan(0, _trackCount);
        ReadOnlySpan<ConvertedMeasurement> measurements = _measurements.AsSpan(0, detectionCount);
        _jpda!.Associate(tracks, measurements, _valid.AsSpan(0, detectionCount), _confirmedMask.AsSpan(0, _trackCount));
        for (int j = 0; j < detectionCount; j++)
        {
            _unclaimed[j] = _valid[j] && _jpda.Result.MeasurementProbability(j) < 0.5;
        }

        _gnn.Associate(tracks, measurements, _unclaimed.AsSpan(0, detectionCount), _trackToMeasurement, _measurementToTrack, _tentativeMask.AsSpan(0, _trackCount));
    }

    /// <summary>
    /// Step 3 with JPDA: the PDA update of every confirmed track with gated measurements, the
    /// Kalman update of tentative tracks GNN paired, M-of-N.
    /// </summary>
    /// <remarks>
    /// Model assumptions: a confirmed track counts as detected in this scan (its miss count
    /// resets) when its probability of having a measurement, 1 − β₀, is at least ½. A measurement
    /// claimed by the confirmed tracks (Σ_i β_ij ≥ ½) is reported as the track's with the largest
    /// β_ij; one not claimed may update a tentative track or start a new one, even though it also
    /// (weakly) updated the confirmed tracks that gated it.
    /// </remarks>
    private void UpdateOrCoastJpda(SimTime time, int detectionCount, int[] associated, ref List<int>? confirmed, ref List<int>? dropped)
    {
        ClusteredJpda jpda = _jpda!.Result;
        Grow(ref _jpdaBest, detectionCount);
        _jpdaBest.AsSpan(0, detectionCount).Fill(-1);
        Span<double> best = detectionCount <= 256 ? stackalloc double[detectionCount] : new double[detectionCount];
        best.Clear();
        for (int i = 0; i < _trackCount; i++)
        {
            ref TrackRecord t = ref _tracks[i];
            if (!_confirmedMask[i])
            {
                int j = _trackToMeasurement[i];
                if (j >= 0)
                {
                    UpdateWith(i, j, time, associated);
                }

                Judge(ref t, i, j >= 0, ref confirmed, ref dropped);
                continue;
            }

            jpda.Associations(i, out ReadOnlySpan<ClusteredJpda.Pair> pairs, out ReadOnlySpan<double> beta);
            double miss = jpda.MissProbability(i);
            if (!pairs.IsEmpty)
            {
                Grow(ref _pdaMeasurements, pairs.Length);
                Grow(ref _pdaWeights, pairs.Length);
                for (int k = 0; k < pairs.Length; k++)
                {
                    int j = pairs[k].Measurement;
                    _pdaMeasurements[k] = _measurements[j];
                    _pdaWeights[k] = beta[k];
                    if (beta[k] > best[j])
                    {
                        best[j] = beta[k];
                        _jpdaBest[j] = i;
                    }
                }

                ReadOnlySpan<ConvertedMeasurement> zs = _pdaMeasurements.AsSpan(0, pairs.Length);
                ReadOnlySpan<double> ws = _pdaWeights.AsSpan(0, pairs.Length);
                if (_motionFilter is not null)
                {
                    GaussianState predicted = t.State;
                    _motionFilter.UpdatePda(ref _motion[i], predicted, zs, ws, miss, out t.State);
                }
                else
                {
                    ModelState s = ModelState.FromGaussian(t.State, 6, 0);
                    ModelAlgebra.UpdatePda(ref s, 6, zs, ws, miss);
                    s.ToGaussian(out t.State);
                }
            }

            bool updated = 1 - miss >= 0.5;
            if (updated)
            {
                t.LastUpdate = time;
                t.Updates++;
            }

            Judge(ref t, i, updated, ref confirmed, ref dropped);
        }

        for (int j = 0; j < detectionCount; j++)
        {
            int i = _jpdaBest[j];
            if (i >= 0 && jpda.MeasurementProbability(j) >= 0.5)
            {
                associated[j] = Math.Abs(_tracks[i].Id); // the id may already be marked for deletion
                _measurementToTrack[j] = i;
            }
        }
    }

    /// <summary>The M-of-N verdict for one track after its update or coast.</summary>
    private void Judge(ref TrackRecord t, int i, bool updated, ref List<int>? confirmed, ref List<int>? dropped)
    {
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
                    if (_motionFilter is not null)
                    {
                        _motion[kept] = _motion[i];
                    }
                }

                kept++;
            }
        }

        _trackCount = kept;
    }

    /// <summary>Step 5: a tentative track for each usable detection no track took, within the capacity.</summary>
    private void InitiateTracks(SimTime time, int detectionCount, int[] associated, ref List<int>? confirmed)
    {
        BeginAdmission();
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

            GaussianState initial = SinglePointInitiator.Initiate(_measurements[j]);
            if (!Admit(time, initial))
            {
                associated[j] = -1;
                continue;
            }

            Grow(ref _tracks, _trackCount + 1);
            if (_motionFilter is not null)
            {
                Grow(ref _motion, _trackCount + 1);
                _motion[_trackCount] = _motionFilter.Initiate(initial);
            }

            ref TrackRecord t = ref _tracks[_trackCount++];
            t = new TrackRecord
            {
                Id = _nextId++,
                Time = time,
                State = initial,
                LastUpdate = time,
                Updates = 1,
            };
            associated[j] = t.Id;
            if (_logic.OnInitiated(ref t.Status) == TrackVerdict.Confirm)
            {
                (confirmed ??= []).Add(t.Id);
            }

            NoteAdmitted(t);
        }

        EndAdmission();
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
