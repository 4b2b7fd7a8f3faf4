namespace Rampart.Core.Tracking.Planar;

/// <summary>
/// The standalone 2-D multi-target tracker (<c>rampart track</c>): nearly-constant-velocity
/// Kalman filter per track, chi-square gating behind a spatial pre-gate, GNN association by
/// optimal assignment per cluster with log-likelihood-ratio costs, two-point initiation, M-of-N
/// confirmation and deletion after consecutive misses. Assembled from the same parts as the
/// command post's 3-D <see cref="Tracker"/> (<see cref="SpatialGrid"/>,
/// <see cref="ClusteredAssignment"/>/<see cref="LinearAssignment"/>, <see cref="MOfNTrackLogic"/>).
/// Not thread-safe.
/// </summary>
/// <remarks>
/// Model assumptions: every scan covers every track (a miss is counted for each scan without an
/// update); all detections of a scan are taken at the scan time; a target gives at most one
/// detection per scan; non-finite detections are ignored.
/// </remarks>
public sealed class PlanarTracker
{
    private readonly PlanarTrackerSettings _settings;
    private readonly PlanarKalmanFilter _filter;
    private readonly PlanarAssociator _associator;
    private readonly ClusteredJpda? _jpda;
    private PlanarDetection[] _pdaDetections = new PlanarDetection[8];
    private double[] _pdaWeights = new double[8];
    private readonly MOfNTrackLogic _logic;

    private PlanarTrackRecord[] _tracks = new PlanarTrackRecord[64];
    private int _trackCount;
    private int _nextId = 1;
    private double _lastScanS = double.NegativeInfinity;

    private bool[] _valid = new bool[64];
    private int[] _measurementToTrack = new int[64];
    private int[] _trackToMeasurement = new int[64];

    /// <param name="settings">Noise, detection and clutter model, gate and track logic; validated here.</param>
    public PlanarTracker(PlanarTrackerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _settings = settings;
        _filter = new PlanarKalmanFilter(settings.ProcessNoise, settings.MeasurementSigmaM * settings.MeasurementSigmaM);
        _associator = new PlanarAssociator(settings);
        _jpda = settings.Association == Scenario.Model.TrackerAssociation.Jpda ? new ClusteredJpda(settings.MaxJointEvents) : null;
        _logic = new MOfNTrackLogic(settings.ConfirmM, settings.ConfirmN, settings.DeleteAfterMisses);
    }

    /// <summary>The settings this tracker runs with.</summary>
    public PlanarTrackerSettings Settings => _settings;

    /// <summary>Tracks held now (tentative and confirmed).</summary>
    public int TrackCount => _trackCount;

    /// <summary>
    /// Digests one scan at <paramref name="timeS"/>: predict, associate, update or coast,
    /// delete, initiate. Scans must arrive in increasing time order.
    /// </summary>
    public void ProcessScan(double timeS, ReadOnlySpan<PlanarDetection> detections)
    {
        if (!(timeS > _lastScanS) || !double.IsFinite(timeS))
        {
            throw new ArgumentException($"Scans must arrive in increasing time order: {timeS} s is not after {_lastScanS} s.", nameof(timeS));
        }

        _lastScanS = timeS;
        Grow(ref _valid, detections.Length);
        Grow(ref _measurementToTrack, detections.Length);
        Grow(ref _trackToMeasurement, _trackCount);
        for (int j = 0; j < detections.Length; j++)
        {
            _valid[j] = double.IsFinite(detections[j].XM) && double.IsFinite(detections[j].YM);
        }

        for (int i = 0; i < _trackCount; i++)
        {
            ref PlanarTrackRecord t = ref _tracks[i];
            _filter.Predict(ref t.State, timeS - t.TimeS);
            t.TimeS = timeS;
        }

        if (_jpda is not null)
        {
            _associator.AssociateJpda(_filter, _tracks.AsSpan(0, _trackCount), detections, _valid.AsSpan(0, detections.Length), _jpda);
            UpdateOrCoastJpda(timeS, detections);
        }
        else
        {
            _associator.Associate(_filter, _tracks.AsSpan(0, _trackCount), detections, _valid.AsSpan(0, detections.Length), _trackToMeasurement, _measurementToTrack);
            UpdateOrCoast(timeS, detections);
        }
        DeleteTracks();
        InitiateTracks(timeS, detections);
    }

    /// <summary>Appends a snapshot of each held track (only confirmed ones if <paramref name="confirmedOnly"/>) to <paramref name="output"/>, in id order.</summary>
    public void GetTracks(List<PlanarTrack> output, bool confirmedOnly = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        for (int i = 0; i < _trackCount; i++)
        {
            if (!confirmedOnly || _tracks[i].Status.Confirmed)
            {
                output.Add(_tracks[i].ToSnapshot());
            }
        }
    }

    /// <summary>Internal view of the track store (tests read filter states for NEES).</summary>
    internal ReadOnlySpan<PlanarTrackRecord> Records => _tracks.AsSpan(0, _trackCount);

    private void UpdateOrCoast(double timeS, ReadOnlySpan<PlanarDetection> detections)
    {
        for (int i = 0; i < _trackCount; i++)
        {
            ref PlanarTrackRecord t = ref _tracks[i];
            int j = _trackToMeasurement[i];
            t.Updated = j >= 0;
            if (t.Updated)
            {
                if (t.Updates == 1)
                {
                    t.State = TwoPointInitiator.TwoPoint(t.FirstXM, t.FirstYM, detections[j], timeS - t.FirstTimeS, _filter.MeasurementVariance);
                }
                else
                {
                    _filter.Update(ref t.State, detections[j]);
                }

                t.Updates++;
            }

            if (_logic.OnScan(ref t.Status, t.Updated, covered: true, t.State.PositionSigmaM) == TrackVerdict.Delete)
            {
                t.Id = -t.Id;
            }
        }
    }

    /// <summary>
    /// After JPDA: the PDA update of every track with gated detections; M-of-N.
    /// </summary>
    /// <remarks>
    /// Model assumptions: a track counts as detected (a hit for M-of-N) when 1 − β₀ ≥ ½. A
    /// one-detection tentative track is not PDA-updated: when detected it is initialised from two
    /// points with its most probable detection (a hard decision, as under GNN), else it coasts. A
    /// detection starts a new track unless Σ_i β_ij ≥ ½.
    /// </remarks>
    private void UpdateOrCoastJpda(double timeS, ReadOnlySpan<PlanarDetection> detections)
    {
        ClusteredJpda jpda = _jpda!;
        for (int i = 0; i < _trackCount; i++)
        {
            ref PlanarTrackRecord t = ref _tracks[i];
            jpda.Associations(i, out ReadOnlySpan<ClusteredJpda.Pair> pairs, out ReadOnlySpan<double> beta);
            double miss = jpda.MissProbability(i);
            t.Updated = 1 - miss >= 0.5;
            if (t.Updates == 1)
            {
                if (t.Updated)
                {
                    int best = 0;
                    for (int k = 1; k < pairs.Length; k++)
                    {
                        best = beta[k] > beta[best] ? k : best;
                    }

                    t.State = TwoPointInitiator.TwoPoint(t.FirstXM, t.FirstYM, detections[pairs[best].Measurement], timeS - t.FirstTimeS, _filter.MeasurementVariance);
                }
            }
            else if (!pairs.IsEmpty)
            {
                Grow(ref _pdaDetections, pairs.Length);
                Grow(ref _pdaWeights, pairs.Length);
                for (int k = 0; k < pairs.Length; k++)
                {
                    _pdaDetections[k] = detections[pairs[k].Measurement];
                    _pdaWeights[k] = beta[k];
                }

                _filter.UpdatePda(ref t.State, _pdaDetections.AsSpan(0, pairs.Length), _pdaWeights.AsSpan(0, pairs.Length), miss);
            }

            if (t.Updated)
            {
                t.Updates++;
            }

            if (_logic.OnScan(ref t.Status, t.Updated, covered: true, t.State.PositionSigmaM) == TrackVerdict.Delete)
            {
                t.Id = -t.Id;
            }
        }

        for (int j = 0; j < detections.Length; j++)
        {
            _measurementToTrack[j] = jpda.MeasurementProbability(j) >= 0.5 ? 0 : -1;
        }
    }

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
                }

                kept++;
            }
        }

        _trackCount = kept;
    }

    private void InitiateTracks(double timeS, ReadOnlySpan<PlanarDetection> detections)
    {
        for (int j = 0; j < detections.Length; j++)
        {
            if (!_valid[j] || _measurementToTrack[j] >= 0)
            {
                continue;
            }

            Grow(ref _tracks, _trackCount + 1);
            ref PlanarTrackRecord t = ref _tracks[_trackCount++];
            t = new PlanarTrackRecord
            {
                Id = _nextId++,
                TimeS = timeS,
                State = TwoPointInitiator.OnePoint(detections[j], _filter.MeasurementVariance, _settings.InitialVelocitySigmaMps),
                FirstXM = detections[j].XM,
                FirstYM = detections[j].YM,
                FirstTimeS = timeS,
                Updates = 1,
                Updated = true,
            };
            _logic.OnInitiated(ref t.Status);
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
