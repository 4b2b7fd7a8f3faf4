using Rampart.Core.Kernel;
using Rampart.Core.Sensors;
using Rampart.Core.Tracking.Motion;

namespace Rampart.Core.Tracking;

// Out-of-sequence measurements by rewind and replay.
//
// Model: with TrackerSettings.OutOfSequenceWindowS = W > 0 the tracker keeps every scan of the
// last W seconds (by measurement time) together with a copy of the track store as it was just
// before that scan. A scan measured at t before the latest one processed rewinds the store to its
// state before the first remembered scan later than t, processes the late scan, and replays the
// later scans in time order (equal times: in order of arrival). The result is exactly what
// in-order processing would have given — the same estimates, the same track ids — at the cost of
// reprocessing the replayed scans. Bar-Shalom's one-step-lag OOSM update would be cheaper but
// handles one late scan at a time and changes only the filter states, not association, initiation
// or deletion; replay keeps the whole tracker consistent.
// What the late scan's result reports: the detections' track ids from its own processing, and
// the confirmations and drops the rewind and replay changed (confirmed tracks that are gone or
// tentative after the replay are "dropped", newly confirmed ones "confirmed"). A track id the
// replay no longer produces disappears; ids are replayed from the same counter, so identical
// decisions give identical ids.
public sealed partial class Tracker
{
    private readonly List<ScanMemory> _history = [];
    private SimTime _forgottenUpTo = new(double.NegativeInfinity);

    private TrackerScanResult ProcessLateScan(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections)
    {
        if (_settings.OutOfSequenceWindowS <= 0 || time.Seconds < _lastScan.Seconds - _settings.OutOfSequenceWindowS || time < _forgottenUpTo)
        {
            throw new ArgumentException(
                $"Scan measured at {time} arrived after the scan of {_lastScan}; it is older than the tracker's out-of-sequence window ({_settings.OutOfSequenceWindowS} s) can replay.",
                nameof(time));
        }

        int first = 0;
        while (first < _history.Count && _history[first].Time <= time)
        {
            first++;
        }

        StoreState before = Capture();
        _history[first].Before.Restore(this);
        _history.Insert(first, new ScanMemory(time, site, detections.ToArray(), default!));

        TrackerScanResult? own = null;
        for (int k = first; k < _history.Count; k++)
        {
            ScanMemory m = _history[k];
            _history[k] = m with { Before = Capture() };
            TrackerScanResult r = ProcessInOrder(m.Time, m.Site, m.Detections);
            if (k == first)
            {
                own = r;
            }
        }

        (List<int> confirmed, List<int> dropped) = Difference(before);
        return new TrackerScanResult(own!.AssociatedTrackIds, confirmed, dropped);
    }

    /// <summary>Keeps this scan and the store before it; forgets scans older than the window.</summary>
    private void Remember(SimTime time, SensorSite site, ReadOnlySpan<Detection> detections)
    {
        _history.Add(new ScanMemory(time, site, detections.ToArray(), Capture()));
        double oldest = time.Seconds - _settings.OutOfSequenceWindowS;
        int drop = 0;
        while (drop < _history.Count - 1 && _history[drop].Time.Seconds < oldest)
        {
            _forgottenUpTo = _history[drop].Time;
            drop++;
        }

        _history.RemoveRange(0, drop);
    }

    /// <summary>Confirmed-status changes between <paramref name="before"/> and the store now.</summary>
    private (List<int> Confirmed, List<int> Dropped) Difference(StoreState before)
    {
        var wasConfirmed = new HashSet<int>();
        for (int i = 0; i < before.Count; i++)
        {
            if (before.Tracks[i].Status.Confirmed)
            {
                wasConfirmed.Add(before.Tracks[i].Id);
            }
        }

        var confirmed = new List<int>();
        var isConfirmed = new HashSet<int>();
        for (int i = 0; i < _trackCount; i++)
        {
            if (_tracks[i].Status.Confirmed)
            {
                isConfirmed.Add(_tracks[i].Id);
                if (!wasConfirmed.Contains(_tracks[i].Id))
                {
                    confirmed.Add(_tracks[i].Id);
                }
            }
        }

        var dropped = wasConfirmed.Where(id => !isConfirmed.Contains(id)).Order().ToList();
        return (confirmed, dropped);
    }

    private StoreState Capture() => new(
        _tracks.AsSpan(0, _trackCount).ToArray(),
        _motionFilter is null ? [] : _motion.AsSpan(0, _trackCount).ToArray(),
        _trackCount,
        _nextId,
        _lastScan);

    /// <summary>A copy of the track store and the counters that go with it.</summary>
    private sealed record StoreState(TrackRecord[] Tracks, MotionState[] Motion, int Count, int NextId, SimTime LastScan)
    {
        public void Restore(Tracker tracker)
        {
            Grow(ref tracker._tracks, Count);
            Tracks.AsSpan().CopyTo(tracker._tracks);
            if (tracker._motionFilter is not null)
            {
                Grow(ref tracker._motion, Count);
                Motion.AsSpan().CopyTo(tracker._motion);
            }

            tracker._trackCount = Count;
            tracker._nextId = NextId;
            tracker._lastScan = LastScan;
            tracker._snapshot = null;
        }
    }

    /// <summary>A remembered scan and the store just before it was processed.</summary>
    private sealed record ScanMemory(SimTime Time, SensorSite Site, Detection[] Detections, StoreState Before);
}
