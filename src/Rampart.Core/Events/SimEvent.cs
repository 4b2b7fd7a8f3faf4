namespace Rampart.Core.Events;

/// <summary>
/// One entry of the event log. Ids that do not apply are null. Times are simulated seconds.
/// </summary>
/// <param name="Time">Simulated time of the event, s.</param>
/// <param name="Kind">What happened.</param>
/// <param name="ThreatId">The true threat involved (for the log; the battle manager never sees it).</param>
/// <param name="TrackId">The track involved.</param>
/// <param name="InterceptorId">The interceptor involved.</param>
/// <param name="EngagementId">The engagement involved.</param>
/// <param name="Source">Name of the radar, fire unit or launcher involved.</param>
/// <param name="Item">The missile type, threat type or other item named by the event.</param>
/// <param name="Value">A number whose meaning depends on the kind: SNR in dB (detection), miss distance in m (intercept), planned kill probability (engagement_assigned), time to go in s (launch).</param>
/// <param name="Note">A short reason (why a miss happened, why a track was ranked so).</param>
public readonly record struct SimEvent(
    double Time,
    EventKind Kind,
    int? ThreatId = null,
    int? TrackId = null,
    int? InterceptorId = null,
    int? EngagementId = null,
    string? Source = null,
    string? Item = null,
    double? Value = null,
    string? Note = null);
