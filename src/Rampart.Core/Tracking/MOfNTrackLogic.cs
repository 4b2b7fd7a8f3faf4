using Rampart.Core.Scenario.Model;

namespace Rampart.Core.Tracking;

/// <summary>What the track logic decided for a track after a scan.</summary>
internal enum TrackVerdict
{
    Keep,
    Confirm,
    Delete,
}

/// <summary>
/// Track confirmation and deletion (Stone Soup's "deleter" and the confirming half of its
/// "initiator"): M-of-N confirmation, consecutive-miss deletion, and a covariance bound.
/// Only scans by sensors whose field of regard holds the track count. Immutable.
/// </summary>
/// <remarks>
/// Model assumptions:
/// <list type="bullet">
/// <item>M-of-N: the initiating detection is hit 1 of scan 1; each later scan of a sensor whose
/// field of regard holds the predicted position is one more of the N; a tentative track is
/// confirmed when it reaches M hits and deleted as soon as it can no longer reach M within N.</item>
/// <item>A confirmed track gets a miss for each such scan that does not update it; an update
/// resets the count; it is deleted at <see cref="TrackerSettings.DeleteAfterMisses"/> consecutive misses.
/// The field of regard ignores the horizon (see SensorSite), so a target below a radar's
/// horizon but inside its range and angle limits does count misses.</item>
/// <item>Covariance bound: a confirmed track whose position sigma (root of the trace) passes
/// 20 km is deleted — with q = 50 m²/s³ that is about 200 s of coasting outside all coverage.
/// A tentative track's bound is 100 km, because its velocity is still unknown (sigma several
/// km/s) and one scan period of a slow search radar already spreads it over tens of km; the
/// bound only removes tentative tracks that drifted out of every sensor's coverage.</item>
/// </list>
/// </remarks>
internal sealed class MOfNTrackLogic(TrackerSettings settings)
{
    /// <summary>A confirmed track whose position sigma exceeds this is deleted, m.</summary>
    public const double MaxConfirmedPositionSigmaM = 20_000;

    /// <summary>A tentative track whose position sigma exceeds this is deleted, m.</summary>
    public const double MaxTentativePositionSigmaM = 100_000;

    private readonly TrackerSettings _settings = settings;

    /// <summary>The verdict on a track just initiated from one detection.</summary>
    public TrackVerdict OnInitiated(ref TrackRecord track)
    {
        track.Hits = 1;
        track.Scans = 1;
        return ConfirmIfEnoughHits(ref track);
    }

    /// <summary>
    /// Counts one scan for <paramref name="track"/>: <paramref name="updated"/> when a detection
    /// updated it, <paramref name="covered"/> when the sensor's field of regard holds it.
    /// </summary>
    public TrackVerdict OnScan(ref TrackRecord track, bool updated, bool covered)
    {
        if (track.Confirmed)
        {
            if (updated)
            {
                track.Misses = 0;
            }
            else if (covered)
            {
                track.Misses++;
            }

            bool lost = track.Misses >= _settings.DeleteAfterMisses || track.State.PositionSigmaM > MaxConfirmedPositionSigmaM;
            return lost ? TrackVerdict.Delete : TrackVerdict.Keep;
        }

        if (updated || covered)
        {
            track.Scans++;
            track.Hits += updated ? 1 : 0;
        }

        if (track.Hits + (_settings.ConfirmN - track.Scans) < _settings.ConfirmM || track.State.PositionSigmaM > MaxTentativePositionSigmaM)
        {
            return TrackVerdict.Delete;
        }

        return ConfirmIfEnoughHits(ref track);
    }

    private TrackVerdict ConfirmIfEnoughHits(ref TrackRecord track)
    {
        if (track.Hits >= _settings.ConfirmM)
        {
            track.Confirmed = true;
            return TrackVerdict.Confirm;
        }

        return TrackVerdict.Keep;
    }
}
