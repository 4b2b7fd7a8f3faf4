using Rampart.Core.BattleManagement;
using Rampart.Core.Weapons;

namespace Rampart.Core.Simulation;

/// <summary>An interceptor in flight with the engagement it belongs to.</summary>
internal sealed class InterceptorFlight
{
    public InterceptorFlight(Interceptor missile, Engagement engagement, BattleManager commandPost, Random rng, string launcherName)
    {
        Missile = missile;
        Engagement = engagement;
        CommandPost = commandPost;
        Rng = rng;
        LauncherName = launcherName;
    }

    public Interceptor Missile { get; }

    public Engagement Engagement { get; }

    public BattleManager CommandPost { get; }

    /// <summary>The interceptor's own random stream (kill draw, seeker noise).</summary>
    public Random Rng { get; }

    public string LauncherName { get; }

    /// <summary>The threat the seeker has chosen (by its own measurement) — null until it has one.</summary>
    public ThreatEntity? SeekerTarget { get; set; }

    /// <summary>Last track data received over the uplink, s; NaN when none yet.</summary>
    public double LastUplinkS { get; set; } = double.NaN;

    public bool Done { get; set; }

    /// <summary>The scheduler action that advances this missile by one step (made once, reused).</summary>
    public Action? Step { get; set; }

    /// <summary>The integration step in use, s (finer in the end game).</summary>
    public double StepS { get; set; }

    /// <summary>Uplink messages on their way to the missile (command latency), in sending order.</summary>
    public Queue<(double DeliverAtS, Core.Tracking.Track Track)> PendingUplinks { get; } = new();

    /// <summary>Time of the next uplink of track data, s.</summary>
    public double NextUplinkS { get; set; } = double.NegativeInfinity;

    /// <summary>Time of the seeker's next search for an echo (before lock), s.</summary>
    public double NextSeekerSearchS { get; set; } = double.NegativeInfinity;
}
