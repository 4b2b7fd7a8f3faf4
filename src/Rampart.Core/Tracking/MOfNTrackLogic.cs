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
/// resets the count; it is deleted at <c>deleteAfterMisses</c> consecutive misses.
/// The field of regard ignores the horizon (see SensorSite), so a target below a radar's
/// horizon but inside its range and angle limits does count misses.</item>
/// <item>Covariance bound: a confirmed track whose position sigma (root of the trace) passes
/// 20 km is deleted — with q = 50 m²/s³ that is about 200 s of coasting outside all coverage.
/// A tentative track's bound is 100 km, because its velocity is still unknown (sigma several
/// km/s) and one scan period of a slow search radar already spreads it over tens of km; the
/// bound only removes tentative tracks that drifted out of every sensor's coverage.</item>
/// </list>
/// </remarks>
/// <param name="confirmM">M: hits needed for confirmation.</param>
/// <param name="confirmN">N: the window of scans, the initiating one included, in which the M hits must come.</param>
/// <param name="deleteAfterMisses">A confirmed track is deleted after this many consecutive covered scans without an update.</param>
internal sealed class MOfNTrackLogic(int confirmM, int confirmN, int deleteAfterMisses)
{
    /// <summary>A confirmed track whose position sigma exceeds this is deleted, m.</summary>
    public const double MaxConfirmedPositionSigmaM = 20_000;

    /// <summary>A tentative track whose position sigma exceeds this is deleted, m.</summary>
    public const double MaxTentativePositionSigmaM = 100_000;

    /// <summary>The verdict on a track just initiated from one detection.</summary>
    public TrackVerdict OnInitiated(ref TrackStatus track)
    {
        track.Hits = 1;
        track.Scans = 1;
        return ConfirmIfEnoughHits(ref track);
    }

    /// <summary>
    /// Counts one scan for <paramref name="track"/>: <paramref name="updated"/> when a detection
    /// updated it, <paramref name="covered"/> when the sensor's field of regard holds it;
    /// <paramref name="positionSigmaM"/> is the root of the trace of its position covariance, m.
    /// </summary>
    public TrackVerdict OnScan(ref TrackStatus track, bool updated, bool covered, double positionSigmaM)
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

            bool lost = track.Misses >= deleteAfterMisses || positionSigmaM > MaxConfirmedPositionSigmaM;
            return lost ? TrackVerdict.Delete : TrackVerdict.Keep;
        }

        if (updated || covered)
        {
            track.Scans++;
            track.Hits += updated ? 1 : 0;
        }

        if (track.Hits + (confirmN - track.Scans) < confirmM || positionSigmaM > MaxTentativePositionSigmaM)
        {
            return TrackVerdict.Delete;
        }

        return ConfirmIfEnoughHits(ref track);
    }

    private TrackVerdict ConfirmIfEnoughHits(ref TrackStatus track)
    {
        if (track.Hits >= confirmM)
        {
            track.Confirmed = true;
            return TrackVerdict.Confirm;
        }

        return TrackVerdict.Keep;
    }
}
