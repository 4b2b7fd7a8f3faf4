namespace Rampart.Core.Events;

/// <summary>What happened. The JSON name of each kind is in <see cref="EventKinds.JsonName"/>.</summary>
public enum EventKind
{
    /// <summary>A radar reported a detection (true or false alarm).</summary>
    Detection,

    /// <summary>The tracker confirmed a track.</summary>
    TrackConfirmed,

    /// <summary>The tracker deleted a confirmed track.</summary>
    TrackDropped,

    /// <summary>The command post assigned a fire unit and missile type to a track.</summary>
    EngagementAssigned,

    /// <summary>An interceptor left its launcher.</summary>
    Launch,

    /// <summary>An interceptor's fuze acted at closest approach (with the miss distance).</summary>
    Intercept,

    /// <summary>A threat was destroyed.</summary>
    Kill,

    /// <summary>An interceptor failed to destroy its target (survived the burst, or never fuzed).</summary>
    Miss,

    /// <summary>A threat reached its target (or its weapon-release point) alive.</summary>
    Leak,

    /// <summary>The command post's ranking of one track in a battle-management cycle, with its reasons.</summary>
    ThreatRanked,

    /// <summary>A threat's missile-approach warner saw an interceptor within its warning range and the threat broke away.</summary>
    EvasiveBreak,
}

/// <summary>JSON names of event kinds.</summary>
public static class EventKinds
{
    public static string JsonName(EventKind kind) => kind switch
    {
        EventKind.Detection => "detection",
        EventKind.TrackConfirmed => "track_confirmed",
        EventKind.TrackDropped => "track_dropped",
        EventKind.EngagementAssigned => "engagement_assigned",
        EventKind.Launch => "launch",
        EventKind.Intercept => "intercept",
        EventKind.Kill => "kill",
        EventKind.Miss => "miss",
        EventKind.Leak => "leak",
        EventKind.ThreatRanked => "threat_ranked",
        EventKind.EvasiveBreak => "evasive_break",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
