using Rampart.Core.Geo;
using Rampart.Core.Kernel;

namespace Rampart.Core.Tracking;

// The capacity limit: the store never holds more than TrackerSettings.MaxTracks tracks.
public sealed partial class Tracker
{
    private readonly Func<Track, double> _priority;
    private double[] _admissionPriority = new double[64];
    private bool _prioritiesReady;
    private bool _evicted;
    private int _live;
    private double _candidatePriority;

    /// <summary>
    /// The tracker's own threat priority when no evaluator is given (1/s, higher is more urgent):
    /// (closing speed towards the command post, floored at 0, + 1 m/s) ÷ range (at least 1 km).
    /// A closing target ranks by its time to reach the command post; others (and a one-detection
    /// newcomer, whose velocity is unknown) rank by nearness.
    /// </summary>
    public static double ClosingPriority(in Track track)
    {
        double range = track.Position.Length;
        double closing = range > 0 ? -Vec3.Dot(track.Position, track.Velocity) / range : 0;
        return (Math.Max(closing, 0) + 1.0) / Math.Max(range, 1_000.0);
    }

    private void BeginAdmission()
    {
        _live = _trackCount;
        _prioritiesReady = false;
        _evicted = false;
    }

    /// <summary>
    /// Whether a newcomer (a tentative track about to start from <paramref name="initial"/>) may
    /// enter the store.
    /// </summary>
    /// <remarks>
    /// Policy (stated assumption): below the capacity every newcomer enters. At the capacity a
    /// newcomer displaces the lowest-priority tentative track if it ranks strictly higher, and is
    /// refused otherwise. Confirmed tracks are never displaced: the battle manager may be engaging
    /// one, and a one-detection newcomer may be a false alarm. Priorities are those of the threat
    /// evaluation given to the tracker (the battle manager's in a run), the newcomer judged on its
    /// one detection with velocity 0; ties keep the older track.
    /// </remarks>
    private bool Admit(SimTime time, in GaussianState initial)
    {
        if (_live < _settings.MaxTracks)
        {
            return true;
        }

        if (!_prioritiesReady)
        {
            Grow(ref _admissionPriority, _trackCount);
            for (int i = 0; i < _trackCount; i++)
            {
                _admissionPriority[i] = _tracks[i].Status.Confirmed ? double.PositiveInfinity : _priority(_tracks[i].ToSnapshot());
            }

            _prioritiesReady = true;
        }

        var newcomer = new Track(0, time, initial.Position, Vec3.Zero, initial.PositionSigmaM, false, time, 1);
        _candidatePriority = _priority(newcomer);
        int lowest = -1;
        for (int i = 0; i < _trackCount; i++)
        {
            if (_tracks[i].Id > 0 && _admissionPriority[i] < double.PositiveInfinity
                && (lowest < 0 || _admissionPriority[i] < _admissionPriority[lowest]))
            {
                lowest = i;
            }
        }

        if (lowest < 0 || !(_candidatePriority > _admissionPriority[lowest]))
        {
            return false;
        }

        _tracks[lowest].Id = -_tracks[lowest].Id;
        _live--;
        _evicted = true;
        return true;
    }

    /// <summary>Counts a newcomer just stored at the end of the store.</summary>
    private void NoteAdmitted(in TrackRecord track)
    {
        _live++;
        if (_prioritiesReady)
        {
            Grow(ref _admissionPriority, _trackCount);
            _admissionPriority[_trackCount - 1] = track.Status.Confirmed ? double.PositiveInfinity : _candidatePriority;
        }
    }

    private void EndAdmission()
    {
        if (_evicted)
        {
            DeleteTracks();
        }
    }
}
