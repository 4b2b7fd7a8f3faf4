using Rampart.Core.Geo;
using Rampart.Core.Scenario.Model;
using Rampart.Core.Tracking;
using Rampart.Core.Weapons;

namespace Rampart.Core.BattleManagement;

/// <summary>
/// Fire control of one command post — or of several sharing one plan: channel bookkeeping (per
/// fire unit and per command post in total), launcher inventory, and the launch-feasibility test
/// for a track.
/// </summary>
public sealed class FireControl
{
    private readonly EnuFrame _trackFrame;

    public FireControl(CommandPost commandPost, Doctrine doctrine, EnuFrame trackFrame, IReadOnlyList<FireUnitState> fireUnits)
        : this([commandPost], doctrine, trackFrame, fireUnits)
    {
    }

    /// <summary>
    /// Fire control over the fire units of several command posts (a common plan): each unit's
    /// <see cref="FireUnitState.CommandPostIndex"/> names its command post in
    /// <paramref name="commandPosts"/>, whose target and missile totals bound that unit's engagements.
    /// </summary>
    public FireControl(IReadOnlyList<CommandPost> commandPosts, Doctrine doctrine, EnuFrame trackFrame, IReadOnlyList<FireUnitState> fireUnits)
    {
        ArgumentNullException.ThrowIfNull(commandPosts);
        ArgumentNullException.ThrowIfNull(fireUnits);
        if (commandPosts.Count == 0)
        {
            throw new ArgumentException("at least one command post", nameof(commandPosts));
        }

        foreach (var unit in fireUnits)
        {
            if (unit.CommandPostIndex < 0 || unit.CommandPostIndex >= commandPosts.Count)
            {
                throw new ArgumentException($"fire unit {unit.Name} names command post {unit.CommandPostIndex} of {commandPosts.Count}", nameof(fireUnits));
            }
        }

        CommandPosts = commandPosts;
        Doctrine = doctrine;
        _trackFrame = trackFrame;
        FireUnits = fireUnits;
    }

    /// <summary>The (lead) command post: the first of <see cref="CommandPosts"/>.</summary>
    public CommandPost CommandPost => CommandPosts[0];

    /// <summary>The command posts whose fire units this fire control plans for.</summary>
    public IReadOnlyList<CommandPost> CommandPosts { get; }

    /// <summary>
    /// The value of the most valuable defended asset: a track threatening an asset of this value
    /// is a high-value threat, for which the doctrine's reserve may be fired.
    /// </summary>
    public double HighValueAssetValue { get; init; } = double.PositiveInfinity;

    public Doctrine Doctrine { get; }

    public IReadOnlyList<FireUnitState> FireUnits { get; }

    /// <summary>Targets under engagement by all fire units together.</summary>
    public int TargetsEngaged => FireUnits.Sum(f => f.TargetsEngaged);

    /// <summary>Missiles reserved or in flight for all fire units together.</summary>
    public int MissilesGuided => FireUnits.Sum(f => f.MissilesGuided);

    /// <summary>Targets still open to new engagements, summed over the command posts.</summary>
    public int FreeCommandPostTargets
    {
        get
        {
            int free = 0;
            for (int c = 0; c < CommandPosts.Count; c++)
            {
                free += Math.Max(0, CommandPosts[c].MaxTargets - TargetsEngagedAt(c));
            }

            return free;
        }
    }

    /// <summary>Missiles still open to guidance, summed over the command posts.</summary>
    public int FreeCommandPostMissiles
    {
        get
        {
            int free = 0;
            for (int c = 0; c < CommandPosts.Count; c++)
            {
                free += Math.Max(0, CommandPosts[c].MaxMissiles - MissilesGuidedAt(c));
            }

            return free;
        }
    }

    /// <summary>Targets under engagement by the fire units of command post <paramref name="commandPost"/>.</summary>
    public int TargetsEngagedAt(int commandPost)
    {
        int n = 0;
        foreach (var f in FireUnits)
        {
            n += f.CommandPostIndex == commandPost ? f.TargetsEngaged : 0;
        }

        return n;
    }

    /// <summary>Missiles reserved or in flight for the fire units of command post <paramref name="commandPost"/>.</summary>
    public int MissilesGuidedAt(int commandPost)
    {
        int n = 0;
        foreach (var f in FireUnits)
        {
            n += f.CommandPostIndex == commandPost ? f.MissilesGuided : 0;
        }

        return n;
    }

    /// <summary>Whether <paramref name="unit"/> may take one more target: a channel of its own and one of its command post.</summary>
    public bool HasTargetChannel(FireUnitState unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.FreeTargetChannels >= 1 && TargetsEngagedAt(unit.CommandPostIndex) < CommandPosts[unit.CommandPostIndex].MaxTargets;
    }

    /// <summary>Missiles <paramref name="unit"/> may still guide: its own free channels, within its command post's total.</summary>
    public int FreeMissileChannels(FireUnitState unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Math.Max(0, Math.Min(unit.FreeMissileChannels, CommandPosts[unit.CommandPostIndex].MaxMissiles - MissilesGuidedAt(unit.CommandPostIndex)));
    }

    /// <summary>
    /// The best feasible solution against <paramref name="track"/> from <paramref name="unit"/>
    /// with missiles of <paramref name="missile"/>, or null. "Best" is the earliest intercept.
    /// Feasible means: free channels for a salvo (at the unit and the command post), missiles
    /// left on the unit's launchers of that type, an intercept point inside the missile's
    /// envelope (range, altitude, target speed) and inside the engagement radar's field of
    /// regard above its horizon, reached before the threat reaches its closest approach to
    /// the asset it threatens, and a planned kill probability (<see cref="PlannedKillProbability"/>)
    /// at least the doctrine's minimum.
    /// </summary>
    public FireSolution? Solve(double nowS, Track track, ThreatAssessment threat, FireUnitState unit, MissileSpec missile) =>
        Solve(nowS, track, threat, unit, missile, Doctrine.MissilesPerEngagement);

    /// <summary>As <see cref="Solve(double, Track, ThreatAssessment, FireUnitState, MissileSpec)"/>, firing up to <paramref name="missiles"/> missiles.</summary>
    public FireSolution? Solve(double nowS, Track track, ThreatAssessment threat, FireUnitState unit, MissileSpec missile, int missiles)
    {
        if (!TryEvaluate(nowS, track, threat, unit, missile, out var intercept, out double pk))
        {
            return null;
        }

        int wanted = Math.Min(missiles, FreeMissileChannels(unit));
        wanted = Math.Min(wanted, FireableOutsideReserve(unit, missile, threat));
        var launches = PlanSalvo(nowS, unit, missile, wanted);
        if (launches.Count == 0)
        {
            return null;
        }

        double salvoPk = 1.0 - Math.Pow(1.0 - pk, launches.Count);
        return new FireSolution(unit, launches, intercept, pk, salvoPk);
    }

    /// <summary>
    /// Whether one missile of <paramref name="missile"/> from <paramref name="unit"/> can engage
    /// <paramref name="track"/> now (see <see cref="Solve(double, Track, ThreatAssessment, FireUnitState, MissileSpec)"/>
    /// for the tests), with the predicted intercept and the planned kill probability of one missile.
    /// Plans nothing and reserves nothing.
    /// </summary>
    public bool TryEvaluate(double nowS, Track track, ThreatAssessment threat, FireUnitState unit, MissileSpec missile, out InterceptSolution intercept, out double killProbability)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(missile);
        intercept = default;
        killProbability = 0;
        if (!HasTargetChannel(unit) || FreeMissileChannels(unit) < 1)
        {
            return false;
        }

        // Reliability × single-shot P_k bounds the planned P_k from above: below the doctrine's
        // minimum no intercept needs predicting.
        if (missile.Reliability * missile.SingleShotPk < Doctrine.MinKillProbability)
        {
            return false;
        }

        // The first missile leaves from the launcher of this type that is ready first.
        double firstLaunchS = double.PositiveInfinity;
        LauncherState? firstLauncher = null;
        foreach (var launcher in unit.Launchers)
        {
            if (launcher.Remaining > 0 && MissileSpecComparer.Instance.Equals(launcher.Missile, missile))
            {
                double ready = Math.Max(nowS + Doctrine.ReactionTimeS + Doctrine.CommandLatencyS, launcher.NextReadyS);
                if (ready < firstLaunchS)
                {
                    firstLaunchS = ready;
                    firstLauncher = launcher;
                }
            }
        }

        if (firstLauncher is null || FireableOutsideReserve(unit, missile, threat) < 1)
        {
            return false;
        }

        double dt = nowS - track.Time.Seconds;
        Vec3 p = _trackFrame.ToEcef(track.Position + (track.Velocity * dt));
        Vec3 v = _trackFrame.RotateToEcef(track.Velocity);
        // Hold fire at a track believed ballistic (from its kinematics) while it still climbs: it
        // may still be boosting, so neither a straight line nor a coasting arc from its present
        // velocity says where it will be (seed 500 of s500-abm: every 77N6 committed to a climbing
        // missile ~110 s ahead timed out). After apogee the intercept is predicted at constant
        // velocity like any other track: the drag-free arc (InterceptPredictor's ballistic mode,
        // BallisticArc) was measured and did worse here (docs/model.md, "Ballistic fire control").
        if (HoldsFireWhileClimbing(threat.Believed, p, v))
        {
            return false;
        }

        intercept = InterceptPredictor.Solve(firstLauncher.Flyout, missile, firstLauncher.PositionEcef, p, v, firstLaunchS - nowS);
        if (!intercept.Feasible)
        {
            return false;
        }

        double interceptAltitude = Wgs84.ToGeodetic(intercept.InterceptPointEcef).AltitudeM;
        if (!unit.CanGuideAt(intercept.InterceptPointEcef, interceptAltitude))
        {
            return false;
        }

        // Against a track it believes ballistic (from the track's kinematics, not from truth) the
        // command post keeps to the missile's ballistic envelope when the missile has one.
        if (threat.Believed == BelievedClass.BallisticMissile && !InsideBallisticEnvelope(missile, firstLauncher.PositionEcef, intercept.InterceptPointEcef, interceptAltitude))
        {
            return false;
        }

        // Intercepting after the threat has reached the asset saves nothing.
        if (threat.Threatening && intercept.TimeToInterceptS > threat.TimeToClosestApproachS)
        {
            return false;
        }

        // Planned P_k, reduced for end-game margin and track error (PlannedKillProbability).
        double pk = PlannedKillProbability.Of(missile, intercept, interceptAltitude, track.Velocity.Length, threat.Believed, track.PositionSigmaM);
        if (pk < Doctrine.MinKillProbability)
        {
            return false;
        }

        killProbability = pk;
        return true;
    }

    /// <summary>
    /// Whether fire is held at a track because it is believed ballistic and still climbing: its
    /// velocity has a positive component along the geocentric radial (ECEF position and velocity).
    /// </summary>
    internal static bool HoldsFireWhileClimbing(BelievedClass believed, Vec3 positionEcef, Vec3 velocityEcef) =>
        believed == BelievedClass.BallisticMissile && Vec3.Dot(velocityEcef, positionEcef) > 0;

    /// <summary>
    /// Whether an intercept point lies inside <paramref name="missile"/>'s envelope against
    /// ballistic targets (ground range from the launcher as the flyout table measures it, and
    /// altitude); true when the missile has no separate ballistic envelope.
    /// </summary>
    internal static bool InsideBallisticEnvelope(MissileSpec missile, Vec3 launcherEcef, Vec3 interceptEcef, double interceptAltitudeM) =>
        interceptAltitudeM <= missile.BallisticMaxAltitudeM
        && (double.IsPositiveInfinity(missile.BallisticMaxRangeM) || InterceptPredictor.GroundRange(launcherEcef, interceptEcef) <= missile.BallisticMaxRangeM);

    /// <summary>
    /// How many missiles of a type the unit may fire at this threat: all it has left for a
    /// high-value threat (one threatening the most valuable asset), otherwise what is left above
    /// the doctrine's reserve, ⌈fraction × the unit's load of that type⌉.
    /// </summary>
    private int FireableOutsideReserve(FireUnitState unit, MissileSpec missile, ThreatAssessment threat)
    {
        int left = 0, load = 0;
        foreach (var launcher in unit.Launchers)
        {
            if (MissileSpecComparer.Instance.Equals(launcher.Missile, missile))
            {
                left += launcher.Remaining;
                load += launcher.Site.Missiles;
            }
        }

        bool highValue = threat.Threatening && threat.AssetValue >= HighValueAssetValue;
        if (Doctrine.ReserveFraction <= 0 || highValue)
        {
            return left;
        }

        return Math.Max(0, left - (int)Math.Ceiling(Doctrine.ReserveFraction * load));
    }

    /// <summary>Reserves the salvo's missiles and channels.</summary>
    public static void Commit(FireSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        solution.FireUnit.TargetsEngaged++;
        solution.FireUnit.MissilesGuided += solution.Launchers.Count;
        foreach (var launch in solution.Launchers)
        {
            launch.Launcher.Remaining--;
            launch.Launcher.NextReadyS = Math.Max(launch.Launcher.NextReadyS, launch.TimeS) + launch.Launcher.Site.Launcher.LaunchIntervalS;
        }
    }

    /// <summary>
    /// Launch times for up to <paramref name="count"/> missiles of one type from a unit: the
    /// first after the reaction time, the next ones a ripple interval apart, each from the
    /// launcher of that type that is ready first (ties: most missiles left, then scenario order).
    /// </summary>
    private List<PlannedLaunch> PlanSalvo(double nowS, FireUnitState unit, MissileSpec missile, int count)
    {
        var plan = new List<PlannedLaunch>(count);
        var used = new Dictionary<LauncherState, (int Taken, double NextReady)>();
        double t = nowS + Doctrine.ReactionTimeS + Doctrine.CommandLatencyS;
        for (int k = 0; k < count; k++)
        {
            LauncherState? best = null;
            double bestReady = double.PositiveInfinity;
            int bestLeft = -1;
            foreach (var launcher in unit.Launchers)
            {
                if (!MissileSpecComparer.Instance.Equals(launcher.Missile, missile))
                {
                    continue;
                }

                var (taken, next) = used.TryGetValue(launcher, out var u) ? u : (0, launcher.NextReadyS);
                int left = launcher.Remaining - taken;
                if (left <= 0)
                {
                    continue;
                }

                double ready = Math.Max(t, next);
                if (ready < bestReady || (ready == bestReady && left > bestLeft))
                {
                    best = launcher;
                    bestReady = ready;
                    bestLeft = left;
                }
            }

            if (best is null)
            {
                break;
            }

            plan.Add(new PlannedLaunch(best, bestReady));
            var prev = used.TryGetValue(best, out var pu) ? pu : (0, best.NextReadyS);
            used[best] = (prev.Item1 + 1, bestReady + best.Site.Launcher.LaunchIntervalS);
            t = bestReady + Doctrine.RippleIntervalS;
        }

        return plan;
    }
}
