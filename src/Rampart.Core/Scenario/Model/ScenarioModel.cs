using Rampart.Core.Geo;

namespace Rampart.Core.Scenario.Model;

// The validated scenario: what a scenario file says, with every unit converted to SI and every
// equipment name resolved to its specification (with the scenario's overrides applied). The
// simulation is built from this and nothing else. All records are immutable.

/// <summary>A whole scenario.</summary>
/// <param name="Name">Scenario name (from the file's <c>name</c>, else the file name).</param>
/// <param name="SourcePath">Absolute path of the scenario file.</param>
/// <param name="ContentHash">SHA-256 (hex, lower case) of the scenario file's bytes.</param>
/// <param name="StartUtc">UTC time of simulated t = 0.</param>
/// <param name="DurationS">Simulated time span, seconds.</param>
/// <param name="Seed">Root random seed (a run's <c>--seed</c> overrides it).</param>
public sealed record ScenarioModel(
    string Name,
    string SourcePath,
    string ContentHash,
    DateTimeOffset StartUtc,
    double DurationS,
    ulong Seed,
    IReadOnlyList<DefendedAsset> Assets,
    IReadOnlyList<Battery> Batteries,
    IReadOnlyList<ThreatGroup> Threats,
    TrackerSettings Tracker)
{
    /// <summary>Surface, sea state and multipath seen by every radar (default: land, free space).</summary>
    public RadarEnvironment Environment { get; init; } = RadarEnvironment.Default;

    /// <summary>Noise jammers, stand-off and self-screening (default: none).</summary>
    public IReadOnlyList<Jammer> Jammers { get; init; } = [];

    /// <summary>
    /// The elevation grid of the scenario's <c>terrain</c> key, used by every radar for terrain
    /// masking; null (no key) for the smooth k-earth only.
    /// </summary>
    public Geo.Terrain.TerrainGrid? Terrain { get; init; }
}

/// <summary>A defended asset: what the threats aim at and the battle manager protects.</summary>
/// <param name="Value">Relative value (dimensionless, &gt; 0) used to rank threats.</param>
/// <param name="RadiusM">A threat that reaches within this distance of the asset's position has hit it.</param>
public sealed record DefendedAsset(string Name, GeodeticPosition Position, double Value, double RadiusM);

/// <summary>A battery (battalion): one command post, its fire units and search radars.</summary>
public sealed record Battery(
    string Name,
    CommandPost CommandPost,
    IReadOnlyList<SearchRadarSite> SearchRadars,
    IReadOnlyList<FireUnit> FireUnits,
    Doctrine Doctrine);

/// <summary>The 55K6E command post.</summary>
/// <param name="CycleS">Interval between battle-management cycles, s.</param>
/// <param name="MaxTargets">Targets the command post can have under engagement at once (published: 36).</param>
/// <param name="MaxMissiles">Missiles the command post can guide at once (published: 72).</param>
public sealed record CommandPost(string Name, GeodeticPosition Position, double CycleS, int MaxTargets, int MaxMissiles)
{
    /// <summary>How this battery shares the air picture and the threats with the others (default: independent).</summary>
    public Coordination Coordination { get; init; } = Coordination.Independent;

    /// <summary>
    /// With <see cref="Coordination.Sectors"/>: the azimuth sector the battery owns, seen from its
    /// command post, clockwise from <see cref="AzimuthSector.FromRad"/> to <see cref="AzimuthSector.ToRad"/>.
    /// </summary>
    public AzimuthSector? Sector { get; init; }

    /// <summary>Default <see cref="MaxTracks"/>: 55K6E publicity claims up to 300 tracks (REFERENCE.md).</summary>
    public const int DefaultMaxTracks = 300;

    /// <summary>Tracks the command post's tracker holds at once, tentative ones included (published: up to 300).</summary>
    public int MaxTracks { get; init; } = DefaultMaxTracks;
}

/// <summary>How batteries share the threats.</summary>
public enum Coordination
{
    /// <summary>Each battery tracks and engages on its own picture (threats may be engaged by several).</summary>
    Independent,

    /// <summary>Each battery engages only tracks inside its own azimuth sector (<see cref="CommandPost.Sector"/>).</summary>
    Sectors,

    /// <summary>
    /// All batteries whose command post says <c>common</c> share one picture (one tracker fed by
    /// all their radars) and one plan: one weapon-target assignment over all their fire units,
    /// each unit within its own channels and magazine, each command post within its own totals.
    /// </summary>
    Common,
}

/// <summary>An azimuth sector, clockwise from <paramref name="FromRad"/> to <paramref name="ToRad"/> (radians from north, in [0, 2π)).</summary>
public readonly record struct AzimuthSector(double FromRad, double ToRad)
{
    /// <summary>Whether an azimuth (radians from north, any range) lies in the sector, ends included.</summary>
    public bool Contains(double azimuthRad)
    {
        double twoPi = 2 * Math.PI;
        double width = ((ToRad - FromRad) % twoPi + twoPi) % twoPi;
        double offset = ((azimuthRad - FromRad) % twoPi + twoPi) % twoPi;
        return width == 0 || offset <= width;
    }
}

/// <summary>A search radar placed in the scenario.</summary>
/// <param name="MastHeightM">Antenna height above the site's ground altitude, m (e.g. the 40V6M mast).</param>
public sealed record SearchRadarSite(string Name, RadarSpec Radar, GeodeticPosition Position, double MastHeightM)
{
    /// <summary>Systematic errors of this radar's measurements (default none); applied by the radar model, unknown to the tracker.</summary>
    public MeasurementBias Bias { get; init; }

    /// <summary>Delay from measurement to arrival of the report at the command post, s (default 0).</summary>
    public double ReportLatencyS { get; init; }
}

/// <summary>Systematic (bias) errors added to every target measurement of a radar.</summary>
/// <param name="RangeM">Added to the slant range, m.</param>
/// <param name="AzimuthRad">Added to the azimuth, rad (clockwise from north).</param>
/// <param name="ElevationRad">Added to the elevation, rad.</param>
public readonly record struct MeasurementBias(double RangeM, double AzimuthRad, double ElevationRad)
{
    /// <summary>True when every component is zero.</summary>
    public bool IsZero => RangeM == 0 && AzimuthRad == 0 && ElevationRad == 0;
}

/// <summary>A fire unit: an engagement radar with its channel limits and its launchers.</summary>
/// <param name="MaxTargets">Targets this unit's engagement radar can engage at once.</param>
/// <param name="MaxMissiles">Missiles this unit's engagement radar can guide at once.</param>
public sealed record FireUnit(
    string Name,
    SearchRadarSite EngagementRadar,
    int MaxTargets,
    int MaxMissiles,
    IReadOnlyList<LauncherSite> Launchers);

/// <summary>A launcher placed in the scenario with its load.</summary>
/// <param name="Missiles">Missiles loaded at t = 0 (at most the launcher's canister count).</param>
public sealed record LauncherSite(string Name, LauncherSpec Launcher, GeodeticPosition Position, MissileSpec Missile, int Missiles);

/// <summary>Fire doctrine of a battery.</summary>
/// <param name="SalvoSize">Missiles fired at one target per engagement (1 or 2 usually).</param>
/// <param name="RippleIntervalS">Time between missiles of one salvo, s (published: 3–5 s).</param>
/// <param name="ReactionTimeS">Delay from the decision to the first launch, s (published: 9–10 s system reaction).</param>
/// <param name="MinKillProbability">A shot whose planned kill probability is below this is not fired.</param>
public sealed record Doctrine(int SalvoSize, double RippleIntervalS, double ReactionTimeS, double MinKillProbability)
{
    /// <summary>How the command post assigns weapons to threats each cycle (default: in priority order).</summary>
    public AssignmentSolverKind Assignment { get; init; } = AssignmentSolverKind.Priority;

    /// <summary>Salvo (all of <see cref="SalvoSize"/> at once) or shoot-look-shoot (one missile, assess, fire again).</summary>
    public FirePolicy Fire { get; init; } = FirePolicy.Salvo;

    /// <summary>Weapons control status (default: free).</summary>
    public WeaponsControl Control { get; init; } = WeaponsControl.Free;

    /// <summary>
    /// Delay of the links between command post, fire units, launchers and missiles, s: a launch
    /// order reaches the launcher this much later (on top of the reaction time), and track data
    /// reaches a missile in flight this much after the command post had it. Default 0.
    /// </summary>
    public double CommandLatencyS { get; init; }

    /// <summary>
    /// Emission control: each fire unit's engagement radar stays silent until it is cued — until
    /// the command post holds a confirmed track inside its field of regard, or the unit is engaging.
    /// </summary>
    public bool EmissionControl { get; init; }

    /// <summary>
    /// Fraction (0–1) of each fire unit's load of each missile type kept back for high-value
    /// threats — tracks threatening the most valuable defended asset(s). Default 0 (no reserve).
    /// </summary>
    public double ReserveFraction { get; init; }

    /// <summary>Missiles fired per engagement under this doctrine: 1 for shoot-look-shoot, else the salvo size.</summary>
    public int MissilesPerEngagement => Fire == FirePolicy.ShootLookShoot ? 1 : SalvoSize;
}

/// <summary>Weapon-target assignment method of a command post.</summary>
public enum AssignmentSolverKind
{
    /// <summary>Most urgent threat first, each given the cheapest feasible missile (greedy in priority order).</summary>
    Priority,

    /// <summary>Maximum marginal return with local improvement over all feasible (fire unit, missile type) pairs.</summary>
    Heuristic,

    /// <summary>Exact weapon-target assignment (OR-Tools CP-SAT, one worker, deterministic limit), started from the heuristic.</summary>
    Exact,
}

/// <summary>Fire doctrine: how many missiles per look.</summary>
public enum FirePolicy
{
    /// <summary>Fire the whole salvo (salvo_size missiles, a ripple interval apart).</summary>
    Salvo,

    /// <summary>Fire one missile, assess the kill, fire again if the threat survived and time allows.</summary>
    ShootLookShoot,
}

/// <summary>Weapons control status.</summary>
public enum WeaponsControl
{
    /// <summary>Engage any track.</summary>
    Free,

    /// <summary>Engage only tracks whose predicted closest approach threatens a defended asset.</summary>
    Tight,

    /// <summary>Do not engage.</summary>
    Hold,
}

/// <summary>Tracker settings at the command post.</summary>
/// <param name="ProcessNoise">Continuous white-noise acceleration intensity q, m²/s³.</param>
/// <param name="GateProbability">Probability mass inside the chi-square gate (e.g. 0.999).</param>
/// <param name="ConfirmM">M of the M-of-N confirmation rule.</param>
/// <param name="ConfirmN">N of the M-of-N confirmation rule.</param>
/// <param name="DeleteAfterMisses">A confirmed track is deleted after this many consecutive scans, by radars whose coverage holds it, without an update.</param>
public sealed record TrackerSettings(double ProcessNoise, double GateProbability, int ConfirmM, int ConfirmN, int DeleteAfterMisses)
{
    /// <summary>Factor from <see cref="ProcessNoise"/> to the default <see cref="ManoeuvreProcessNoise"/>.</summary>
    public const double DefaultManoeuvreNoiseFactor = 1.0;

    private readonly double? _manoeuvreProcessNoise;

    public static TrackerSettings Default { get; } = new(ProcessNoise: 50.0, GateProbability: 0.999, ConfirmM: 2, ConfirmN: 3, DeleteAfterMisses: 3);

    /// <summary>Motion model of the tracker; default <see cref="TrackerMotionModel.Cv"/> (a single constant-velocity filter).</summary>
    public TrackerMotionModel MotionModel { get; init; } = TrackerMotionModel.Cv;

    /// <summary>
    /// Continuous white-noise acceleration intensity of the IMM's coordinated-turn model, m²/s³;
    /// used only with <see cref="TrackerMotionModel.Imm"/>. Default <see cref="DefaultManoeuvreNoiseFactor"/> ×
    /// <see cref="ProcessNoise"/>, i.e. the same noise as the CV model: the turn is carried by the
    /// turn-rate state, not by extra acceleration noise (with q = 50 m²/s³ for both models the IMM
    /// holds a 7 g level turn that a CV filter with that q loses; see the IMM tests). Raise it for
    /// manoeuvres that are not level turns (pull-ups, dives, weaving in the vertical).
    /// </summary>
    public double ManoeuvreProcessNoise
    {
        get => _manoeuvreProcessNoise ?? (DefaultManoeuvreNoiseFactor * ProcessNoise);
        init => _manoeuvreProcessNoise = value;
    }

    /// <summary>
    /// Intensity of the white-noise turn-rate change of the coordinated-turn model, rad²/s³
    /// (Q_ωω = this × dt). Default 0.01: the turn rate may change by about 0.1 rad/s in a second
    /// (assumed; a 7 g turn at 300 m/s is 0.23 rad/s).
    /// </summary>
    public double TurnRateNoise { get; init; } = 0.01;

    /// <summary>
    /// Continuous white-noise jerk intensity of the constant-acceleration model, m²/s⁵; used only
    /// with <see cref="TrackerMotionModel.Ca"/>. Default 100 (assumed: acceleration changes of about
    /// 10 m/s² per second, Bar-Shalom's q ≈ Δa²/T).
    /// </summary>
    public double JerkNoise { get; init; } = 100.0;

    /// <summary>
    /// How polar detections become Cartesian measurements: the unbiased conversion of Mo et al. (1998),
    /// <see cref="Scenario.Model.MeasurementConversion.Debiased"/> (default; with the shipped radars' sigmas it
    /// differs from the plain one by centimetres to metres, and it removes the pull towards the radar at coarse
    /// angles), or the plain <see cref="Scenario.Model.MeasurementConversion.Standard"/> one.
    /// </summary>
    public MeasurementConversion MeasurementConversion { get; init; } = MeasurementConversion.Debiased;

    /// <summary>Data association: GNN (default) or JPDA.</summary>
    public TrackerAssociation Association { get; init; } = TrackerAssociation.Gnn;

    /// <summary>Probability of detection P_D the JPDA weights assume (default 0.9; JPDA only).</summary>
    public double DetectionProbability { get; init; } = 0.9;

    /// <summary>
    /// Density of false detections the JPDA weights assume, per m³ per scan (JPDA only). Default
    /// 1e-14: assumed, about 100 false alarms per scan over a 300 km, 360°, 0–6° search volume
    /// (≈ 5.9e15 m³).
    /// </summary>
    public double ClutterDensity { get; init; } = 1e-14;

    /// <summary>A JPDA cluster with more joint events than this uses the cheap JPDA approximation (default 1,000).</summary>
    public int MaxJointEvents { get; init; } = 1_000;

    /// <summary>
    /// Largest number of tracks (tentative and confirmed) the tracker holds; unlimited by default.
    /// The simulation sets it from the command post's <see cref="CommandPost.MaxTracks"/>.
    /// </summary>
    public int MaxTracks { get; init; } = int.MaxValue;

    /// <summary>
    /// How far back (s) a late scan may be measured behind the latest one processed and still be
    /// fitted in by rewind and replay (out-of-sequence measurements). 0 (default) keeps no history,
    /// and scans must then arrive in time order. The simulation sets it from the radars' report latencies.
    /// </summary>
    public double OutOfSequenceWindowS { get; init; }
}

/// <summary>A group of identical threats.</summary>
/// <param name="StartS">Launch (or route start) time of the first member, s.</param>
/// <param name="SpacingS">Time between successive members, s.</param>
/// <param name="LateralSpacingM">Members are offset sideways from the route by this much, alternately left and right, m.</param>
/// <param name="Route">Waypoints for an air-breathing threat; null for a ballistic one.</param>
/// <param name="Ballistic">Launch and aim for a ballistic threat; null for one that flies a route.</param>
/// <param name="TargetAsset">Name of the asset the threat aims at (its last waypoint or aim point), or null for none (a raid passing by).</param>
public sealed record ThreatGroup(
    string Name,
    ThreatSpec Threat,
    int Count,
    double StartS,
    double SpacingS,
    double LateralSpacingM,
    IReadOnlyList<Waypoint>? Route,
    BallisticPlan? Ballistic,
    string? TargetAsset)
{
    /// <summary>Default load factor of a route's turns, g (a 60° bank), capped at the threat's limit.</summary>
    public const double DefaultTurnLoadFactor = 2.0;

    /// <summary>How the group flies its route (the route's altitudes already follow it).</summary>
    public FlightProfile Profile { get; init; } = FlightProfile.Waypoints;

    /// <summary>Load factor n of the route's level coordinated turns, g (&gt; 1): lateral acceleration g·√(n² − 1).</summary>
    public double TurnLoadFactor { get; init; } = DefaultTurnLoadFactor;

    /// <summary>The pop-up before the target, or null; already written into <see cref="Route"/> as two waypoints.</summary>
    public PopUp? PopUp { get; init; }

    /// <summary>The evasive break on a missile-approach warning, or null for none.</summary>
    public Evasion? Evasive { get; init; }
}

/// <summary>How an air-breathing threat group flies its route.</summary>
public enum FlightProfile
{
    /// <summary>At each waypoint's own altitude.</summary>
    Waypoints,

    /// <summary>At a constant height above the sea (the ellipsoid), whatever the waypoints.</summary>
    SeaSkim,

    /// <summary>At a constant height above the ground; with no terrain model yet, above the ellipsoid (smooth earth), as sea-skimming.</summary>
    TerrainFollow,
}

/// <summary>A cruise missile's pop-up: it climbs to <paramref name="AltitudeM"/>, reached <paramref name="DistanceM"/> before its last waypoint, then dives onto it.</summary>
/// <param name="DistanceM">Ground distance before the last waypoint at which the pop-up altitude is reached, m.</param>
/// <param name="AltitudeM">Altitude of the pop-up, m.</param>
/// <param name="ClimbAngleRad">Flight-path angle of the climb, radians.</param>
public sealed record PopUp(double DistanceM, double AltitudeM, double ClimbAngleRad);

/// <summary>
/// An evasive break: when the threat's own missile-approach warner (a sensor on the threat, range
/// <paramref name="WarningRangeM"/>) sees an interceptor that close, it turns hard away from it.
/// </summary>
/// <param name="WarningRangeM">Range at which the warner reports an approaching interceptor, m.</param>
/// <param name="LoadFactor">Load factor of the break turn, g (&gt; 1; at most the threat's limit).</param>
/// <param name="TurnRad">Heading change of the break, radians.</param>
/// <param name="DiveM">Altitude lost during the break, m (0 for a level break).</param>
public sealed record Evasion(double WarningRangeM, double LoadFactor, double TurnRad, double DiveM);

/// <summary>A route point: position (its altitude in metres above sea level) and speed on the leg that ends here.</summary>
/// <param name="SpeedMps">Ground-relative speed, m/s (Mach numbers are converted with the speed of sound at this point's altitude).</param>
public sealed record Waypoint(GeodeticPosition Position, double SpeedMps);

/// <summary>A ballistic missile's launch point, aim point and trajectory type.</summary>
public sealed record BallisticPlan(GeodeticPosition Launch, GeodeticPosition Aim, BallisticTrajectoryKind Trajectory);

/// <summary>Shape of a ballistic trajectory.</summary>
public enum BallisticTrajectoryKind
{
    /// <summary>The minimum-energy trajectory for the range.</summary>
    MinimumEnergy,

    /// <summary>Steeper than minimum energy: higher apogee, steeper and faster re-entry.</summary>
    Lofted,

    /// <summary>Flatter than minimum energy: lower apogee, shorter time of flight.</summary>
    Depressed,
}
