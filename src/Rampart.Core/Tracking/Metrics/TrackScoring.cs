using Rampart.Core.Geo;

namespace Rampart.Core.Tracking.Metrics;

/// <summary>
/// Scores a tracker's output against truth, time step by time step: GOSPA (α = 2, with its
/// localisation / missed / false split) and OSPA, the track-to-truth association measures of the
/// Single Integrated Air Picture (SIAP: completeness, ambiguity, spuriousness, positional
/// accuracy, track-number changes, longest track segment — Votruba et al. 2001 as implemented by
/// Stone Soup's <c>SIAPMetrics</c>), and the position NEES of associated tracks (Bar-Shalom, Li
/// &amp; Kirubarajan §5.4.2). Feed steps in time order with <see cref="AddStep"/>, then read
/// <see cref="Result"/>. Not thread-safe. Scoring only: it reads truth, so nothing of the
/// simulated system may use it.
/// </summary>
/// <remarks>
/// Association (stated, as the measures depend on it): at each step every track is associated
/// with the nearest true target (Euclidean position distance) if that distance is at most the
/// gate G, else with none — Stone Soup's <c>TrackToTruth</c> rule without its "consecutive
/// scans" requirement. Several tracks may hold the same target (that is what ambiguity counts);
/// a track holds at most one. Ties go to the lower truth id, so the result does not depend on
/// input order. Sums run over steps, so with a fixed step they are time-weighted. Definitions
/// (sums over steps t and true targets j):
/// <list type="bullet">
/// <item>completeness = Σ JT(t) / Σ J(t); ambiguity = Σ NA(t) / Σ JT(t) (1 when nothing was
/// tracked); spuriousness = Σ (N(t) − NA(t)) / Σ N(t) (0 with no tracks); positional accuracy =
/// mean distance of associated (track, target) pairs.</item>
/// <item>A segment is a maximal run of consecutive samples of target j (its own samples) in which
/// one track number is associated with it. As in SIAP's NU_j, the segments that cover every
/// sample at which j is tracked are chosen greedily (at each uncovered sample, the one that
/// lasts longest — the fewest segments, optimal for interval covering); track breaks = the
/// number of times consecutive chosen segments change track number, summed over targets (an ID
/// switch, or a break and re-initiation under a new number); rate of track-number changes =
/// track breaks / Σ TT_j, where TT_j is the time between consecutive samples of j both inside one
/// segment. Two differences from Stone Soup's Σ (NU_j − 1): a track that loses its target and
/// takes it up again under the same number is no change, and a never-tracked target counts 0,
/// not −1.</item>
/// <item>longest track segment = Σ TL_j / Σ T_j, TL_j the longest segment's duration and T_j the
/// time from j's first to its last sample (0 when no target lives longer than one sample).</item>
/// <item>NEES: εᵀP⁻¹ε for each associated pair whose track carries a covariance, ε the 3-D
/// position error; its mean should be near 3 for a consistent filter (chi-square, 3 degrees of
/// freedom). Pairs are the gated nearest ones, not known-correct ones, so a mis-association
/// inflates it.</item>
/// </list>
/// </remarks>
public sealed class TrackScoring
{
    private readonly TrackScoringSettings _settings;
    private readonly Gospa _gospa;
    private readonly SpatialGrid _grid = new();
    private readonly List<int> _candidates = [];
    private readonly List<TrackScoreStep> _steps = [];
    private readonly Dictionary<int, TruthHistory> _histories = [];
    private Vec3[] _truthPositions = new Vec3[16];
    private Vec3[] _trackPositions = new Vec3[16];
    private TruthItem[] _items = new TruthItem[16];
    private bool[] _valid = new bool[16];
    private int[] _holders = new int[16];
    private double _lastTime = double.NegativeInfinity;
    private double _distanceSum;
    private long _associations;
    private double _neesSum;
    private long _neesCount;

    public TrackScoring(TrackScoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(settings.AssociationGateM, 0);
        _settings = settings;
        _gospa = new Gospa(settings.GospaCutoffM, settings.GospaOrder);
    }

    /// <summary>The settings this scorer uses.</summary>
    public TrackScoringSettings Settings => _settings;

    /// <summary>
    /// Scores one time step. Truth ids must be distinct within a step, and so must track ids;
    /// steps must come in increasing time order.
    /// </summary>
    public TrackScoreStep AddStep(double timeS, ReadOnlySpan<TruthState> truths, ReadOnlySpan<TrackEstimate> tracks)
    {
        if (!(timeS > _lastTime))
        {
            throw new ArgumentException($"Steps must come in increasing time order: {timeS} s after {_lastTime} s.", nameof(timeS));
        }

        _lastTime = timeS;
        Grow(ref _truthPositions, truths.Length);
        Grow(ref _items, truths.Length);
        Grow(ref _valid, truths.Length);
        Grow(ref _trackPositions, tracks.Length);
        Grow(ref _holders, truths.Length);
        for (int i = 0; i < truths.Length; i++)
        {
            _truthPositions[i] = truths[i].Position;
            _items[i] = new TruthItem(truths[i].Position);
            _valid[i] = true;
            _holders[i] = 0;
        }

        for (int k = 0; k < tracks.Length; k++)
        {
            _trackPositions[k] = tracks[k].Position;
        }

        GospaResult gospa = _gospa.Compute(_truthPositions.AsSpan(0, truths.Length), _trackPositions.AsSpan(0, tracks.Length));
        double ospa = OspaFrom(gospa, truths.Length, tracks.Length);

        // Each track to its nearest truth within the gate (the spatial grid keeps this N log N).
        var histories = new TruthHistory[truths.Length];
        for (int i = 0; i < truths.Length; i++)
        {
            if (!_histories.TryGetValue(truths[i].TruthId, out var h))
            {
                _histories[truths[i].TruthId] = h = new TruthHistory();
            }

            if (h.LastTime == timeS)
            {
                throw new ArgumentException($"Truth id {truths[i].TruthId} appears twice at {timeS} s.", nameof(truths));
            }

            h.AddSample(timeS);
            histories[i] = h;
        }

        double gate = _settings.AssociationGateM;
        int associated = 0;
        if (truths.Length > 0)
        {
            _grid.Build<TruthItem>(_items.AsSpan(0, truths.Length), _valid.AsSpan(0, truths.Length), gate);
            for (int k = 0; k < tracks.Length; k++)
            {
                _grid.Query(tracks[k].Position, gate, _candidates);
                int best = -1;
                double bestDistance = double.PositiveInfinity;
                foreach (int i in _candidates)
                {
                    double d = (tracks[k].Position - truths[i].Position).Length;
                    if (d <= gate && (d < bestDistance || (d == bestDistance && truths[i].TruthId < truths[best].TruthId)))
                    {
                        best = i;
                        bestDistance = d;
                    }
                }

                if (best < 0)
                {
                    continue;
                }

                associated++;
                _holders[best]++;
                _distanceSum += bestDistance;
                _associations++;
                histories[best].AddHolder(tracks[k].TrackId);
                if (tracks[k].Covariance is PositionCovariance p && p.InverseQuadraticForm(tracks[k].Position - truths[best].Position) is double nees)
                {
                    _neesSum += nees;
                    _neesCount++;
                }
            }
        }

        int tracked = 0;
        for (int i = 0; i < truths.Length; i++)
        {
            tracked += _holders[i] > 0 ? 1 : 0;
        }

        var step = new TrackScoreStep(timeS, gospa, ospa, truths.Length, tracked, tracks.Length, associated);
        _steps.Add(step);
        return step;
    }

    /// <summary>
    /// OSPA from the GOSPA solve: both minimise over the same partial assignments of pairs closer
    /// than c (see <see cref="OptimalSubpatternAssignment"/>), so with n = max(|X|, |Y|) and |γ|
    /// pairs assigned, OSPA = [(Σ_γ d^p + c^p (n − |γ|)) / n]^(1/p) (<see cref="Ospa"/>); one
    /// assignment instead of two.
    /// </summary>
    private double OspaFrom(GospaResult gospa, int truthCount, int trackCount)
    {
        int n = Math.Max(truthCount, trackCount);
        if (n == 0)
        {
            return 0;
        }

        int assigned = truthCount - gospa.MissedCount;
        double p = _settings.GospaOrder;
        return Math.Pow((gospa.Localisation + (Math.Pow(_settings.GospaCutoffM, p) * (n - assigned))) / n, 1 / p);
    }

    /// <summary>The scores of every step so far, in time order.</summary>
    public IReadOnlyList<TrackScoreStep> Steps => _steps;

    /// <summary>The scores over all steps so far.</summary>
    public TrackScore Result() => Combine([this]);

    /// <summary>
    /// The scores of several independent pictures pooled (e.g. the command posts of one run): the
    /// sums of every definition run over all their steps and targets, so means are per
    /// (picture, step) and ratios are over all target-steps and track-steps.
    /// </summary>
    public static TrackScore Combine(IReadOnlyList<TrackScoring> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        long j = 0, jt = 0, n = 0, na = 0, associations = 0, neesCount = 0;
        double gospa = 0, loc = 0, missed = 0, falsePart = 0, ospa = 0, distanceSum = 0, neesSum = 0;
        int breaks = 0, count = 0;
        double tracked = 0, longest = 0, lifetime = 0;
        foreach (var part in parts)
        {
            foreach (var s in part._steps)
            {
                j += s.Truths;
                jt += s.TruthsTracked;
                n += s.Tracks;
                na += s.TracksAssociated;
                gospa += s.Gospa.Distance;
                loc += s.Gospa.Localisation;
                missed += s.Gospa.Missed;
                falsePart += s.Gospa.False;
                ospa += s.Ospa;
            }

            count += part._steps.Count;
            associations += part._associations;
            distanceSum += part._distanceSum;
            neesSum += part._neesSum;
            neesCount += part._neesCount;
            foreach (var h in part._histories.OrderBy(kv => kv.Key).Select(kv => kv.Value))
            {
                var segments = h.Segments();
                breaks += TrackNumberChanges(segments, h.Times.Count);
                tracked += TimeTracked(segments, h.Times);
                longest += segments.Count == 0 ? 0 : segments.Max(g => h.Times[g.Last] - h.Times[g.First]);
                lifetime += h.Times[^1] - h.Times[0];
            }
        }

        return new TrackScore(
            Steps: count,
            GospaMean: count == 0 ? 0 : gospa / count,
            GospaLocalisationMean: count == 0 ? 0 : loc / count,
            GospaMissedMean: count == 0 ? 0 : missed / count,
            GospaFalseMean: count == 0 ? 0 : falsePart / count,
            OspaMean: count == 0 ? 0 : ospa / count,
            Completeness: j == 0 ? 0 : jt / (double)j,
            Ambiguity: jt == 0 ? 1 : na / (double)jt,
            Spuriousness: n == 0 ? 0 : (n - na) / (double)n,
            PositionErrorMeanM: associations == 0 ? null : distanceSum / associations,
            TrackBreaks: breaks,
            TrackNumberChangeRatePerS: tracked == 0 ? 0 : breaks / tracked,
            LongestTrackSegment: lifetime == 0 ? 0 : longest / lifetime,
            NeesMean: neesCount == 0 ? null : neesSum / neesCount,
            NeesSamples: neesCount);
    }

    /// <summary>
    /// The track-number changes of one target: the fewest segments covering every tracked sample
    /// (greedy by farthest end), counting a change only where consecutive chosen segments carry
    /// different track numbers.
    /// </summary>
    private static int TrackNumberChanges(List<Segment> segments, int samples)
    {
        int changes = 0, index = 0, previousTrack = 0;
        bool any = false;
        while (index < samples)
        {
            Segment? chosen = null;
            foreach (var g in segments)
            {
                // Ties (equal ends) go to the lower track number, so the count is order-free.
                if (g.First <= index && index <= g.Last
                    && (chosen is not Segment c || g.Last > c.Last || (g.Last == c.Last && g.TrackId < c.TrackId)))
                {
                    chosen = g;
                }
            }

            if (chosen is not Segment s)
            {
                index++;
                continue;
            }

            if (any && s.TrackId != previousTrack)
            {
                changes++;
            }

            any = true;
            previousTrack = s.TrackId;
            index = s.Last + 1;
        }

        return changes;
    }

    /// <summary>TT_j: the time between consecutive samples that lie in one segment.</summary>
    private static double TimeTracked(List<Segment> segments, List<double> times)
    {
        double total = 0;
        for (int k = 0; k + 1 < times.Count; k++)
        {
            foreach (var g in segments)
            {
                if (g.First <= k && k + 1 <= g.Last)
                {
                    total += times[k + 1] - times[k];
                    break;
                }
            }
        }

        return total;
    }

    private static void Grow<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    private readonly record struct TruthItem(Vec3 Position) : IPositioned;

    /// <summary>A run of a target's samples [First, Last] (indices into its own samples) held by one track.</summary>
    private readonly record struct Segment(int TrackId, int First, int Last);

    /// <summary>One target's samples and, per track number, the runs of samples that track held it.</summary>
    private sealed class TruthHistory
    {
        private readonly List<Segment> _closed = [];
        private readonly Dictionary<int, Segment> _open = [];

        public List<double> Times { get; } = [];

        public double LastTime => Times.Count == 0 ? double.NaN : Times[^1];

        public void AddSample(double timeS) => Times.Add(timeS);

        /// <summary>Track <paramref name="trackId"/> holds this target at its latest sample.</summary>
        public void AddHolder(int trackId)
        {
            int index = Times.Count - 1;
            if (_open.TryGetValue(trackId, out var g) && g.Last == index - 1)
            {
                _open[trackId] = g with { Last = index };
                return;
            }

            if (_open.TryGetValue(trackId, out g))
            {
                _closed.Add(g);
            }

            _open[trackId] = new Segment(trackId, index, index);
        }

        public List<Segment> Segments() => [.. _closed, .. _open.Values];
    }
}
