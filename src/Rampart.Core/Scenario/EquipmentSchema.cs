using static Rampart.Core.Scenario.ParameterShape;

namespace Rampart.Core.Scenario;

/// <summary>
/// The parameters each equipment kind has, in the snake_case keys of the files. Ranges are SI
/// (angles in radians, accelerations in m/s²); they reject what is physically meaningless
/// (a negative range, a probability outside its interval), not what is merely unusual.
/// </summary>
internal static class EquipmentSchema
{
    private const double Deg = Math.PI / 180.0;
    private const double G = 9.80665;

    public static readonly IReadOnlyList<string> RadarBands = ["L", "S", "C", "X", "Ku", "Other"];
    public static readonly IReadOnlyList<string> DetectionModels = ["reference", "radar_equation"];
    public static readonly IReadOnlyList<string> SeekerKinds = ["semi_active", "active"];
    public static readonly IReadOnlyList<string> GuidanceLaws = ["true_pn", "pure_pn", "augmented_pn"];
    public static readonly IReadOnlyList<string> DamageFunctions = ["gaussian", "cookie_cutter"];
    public static readonly IReadOnlyList<string> ThreatCategories = ["cruise_missile", "fighter", "stealth_fighter", "ballistic_missile", "drone"];

    private static readonly ParameterDefinition[] RadarParameters =
    [
        new("band", Choice, Choices: RadarBands),
        new("frequency", Quantity, QuantityKind.Frequency, Min: 0, MinExclusive: true),
        new("reference_rcs", Quantity, QuantityKind.RadarCrossSection, Min: 0, MinExclusive: true),
        new("reference_range", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("reference_pd", OpenProbability),
        new("reference_pfa", OpenProbability),
        new("scan_period", Quantity, QuantityKind.Duration, Min: 0, MinExclusive: true),
        new("azimuth_coverage", Quantity, QuantityKind.Angle, Min: 0, Max: 360 * Deg, MinExclusive: true),
        new("boresight_azimuth", Quantity, QuantityKind.Angle, Min: 0, Max: 360 * Deg),
        new("min_elevation", Quantity, QuantityKind.Angle, Min: -10 * Deg, Max: 90 * Deg),
        new("max_elevation", Quantity, QuantityKind.Angle, Min: -10 * Deg, Max: 90 * Deg),
        new("min_range", Quantity, QuantityKind.Length, Min: 0),
        new("instrumented_range", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("range_resolution", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("azimuth_beamwidth", Quantity, QuantityKind.Angle, Min: 0, Max: 360 * Deg, MinExclusive: true),
        new("elevation_beamwidth", Quantity, QuantityKind.Angle, Min: 0, Max: 90 * Deg, MinExclusive: true),
        new("range_sigma", Quantity, QuantityKind.Length, Min: 0),
        new("azimuth_sigma", Quantity, QuantityKind.Angle, Min: 0, Max: 10 * Deg),
        new("elevation_sigma", Quantity, QuantityKind.Angle, Min: 0, Max: 10 * Deg),
        new("max_tracks", Integer, Min: 0),

        // Engagement radars only: the fire channels (targets engaged, missiles guided at once).
        new("max_engaged_targets", Integer, Min: 1, Optional: true),
        new("max_guided_missiles", Integer, Min: 1, Optional: true),

        // Electronically steered radars: track dwells on demand (all three or none).
        new("track_dwell_budget", Probability, Optional: true),
        new("track_revisit", Quantity, QuantityKind.Duration, Min: 0, Max: 60, MinExclusive: true, Optional: true),
        new("track_dwell_time", Quantity, QuantityKind.Duration, Min: 0, Max: 10, MinExclusive: true, Optional: true),

        // How the SNR is found: 'reference' (default) scales the reference detection above;
        // 'radar_equation' uses the explicit parameters below (all then required).
        new("detection_model", Choice, Optional: true, Choices: DetectionModels),
        new("peak_power", Quantity, QuantityKind.Power, Min: 0, MinExclusive: true, Optional: true),
        new("antenna_gain_db", Number, Min: 0, Max: 60, Optional: true),
        new("pulse_width", Quantity, QuantityKind.Duration, Min: 0, MinExclusive: true, Optional: true),
        new("noise_figure_db", Number, Min: 0, Max: 30, Optional: true),
        new("losses_db", Number, Min: 0, Max: 60, Optional: true),
        new("pulses_per_dwell", Integer, Min: 1, Max: 100_000, Optional: true),

        // Interference: receive sidelobe level relative to the main-lobe peak (a jammer off the
        // beam's axis enters at this gain) and the clutter improvement factor of the radar's
        // MTI / Doppler processing (sea clutter is divided by it). Defaults in EquipmentBuilder.
        new("sidelobe_level_db", Number, Min: -80, Max: 0, Optional: true),
        new("clutter_improvement_db", Number, Min: 0, Max: 90, Optional: true),
    ];

    private static readonly ParameterDefinition[] LauncherParameters =
    [
        new("canisters", Integer, Min: 1, Max: 64),
        new("launch_interval", Quantity, QuantityKind.Duration, Min: 0),
        new("reload_time", Quantity, QuantityKind.Duration, Min: 0),
    ];

    private static readonly ParameterDefinition[] MissileParameters =
    [
        new("launch_mass", Quantity, QuantityKind.Mass, Min: 0, MinExclusive: true),
        new("propellant_mass", Quantity, QuantityKind.Mass, Min: 0, MinExclusive: true),
        new("thrust", Quantity, QuantityKind.Force, Min: 0, MinExclusive: true),
        new("burn_time", Quantity, QuantityKind.Duration, Min: 0, MinExclusive: true),
        new("ejection_delay", Quantity, QuantityKind.Duration, Min: 0),
        new("diameter", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("drag_mach", NumberList, Min: 0, Max: 30),
        new("drag_cd", NumberList, Min: 0, Max: 5, MinExclusive: true),
        new("max_lateral_acceleration", Quantity, QuantityKind.Acceleration, Min: 0, Max: 200 * G, MinExclusive: true),
        new("max_range", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("min_range", Quantity, QuantityKind.Length, Min: 0),
        new("min_altitude", Quantity, QuantityKind.Length, Min: -500),
        new("max_altitude", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("max_target_speed", Quantity, QuantityKind.Speed, Min: 0, MinExclusive: true),
        new("min_speed", Quantity, QuantityKind.Speed, Min: 0),
        new("max_flight_time", Quantity, QuantityKind.Duration, Min: 0, MinExclusive: true),
        new("navigation_constant", Number, Min: 0, Max: 10, MinExclusive: true),
        new("seeker", Choice, Choices: SeekerKinds),
        new("seeker_acquisition_range", Quantity, QuantityKind.Length, Min: 0),
        new("seeker_angle_sigma", Quantity, QuantityKind.Angle, Min: 0, Max: 10 * Deg),
        new("lethal_radius", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true),
        new("reliability", Probability),
        new("single_shot_pk", Probability),
        new("cost", Number, Min: 0, MinExclusive: true),
        new("missiles_per_canister", Integer, Min: 1, Max: 16),

        // Optional: a narrower envelope against targets the command post believes ballistic.
        new("ballistic_max_range", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true, Optional: true),
        new("ballistic_max_altitude", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true, Optional: true),

        // Optional: the warhead's damage function (gaussian, the default, or cookie_cutter).
        new("damage_function", Choice, Optional: true, Choices: DamageFunctions),
        // Flight model (optional; the defaults are in MissileSpec).
        new("guidance_law", Choice, Optional: true, Choices: GuidanceLaws),
        new("autopilot_time_constant", Quantity, QuantityKind.Duration, Min: 0, Max: 5, MinExclusive: true, Optional: true),
        new("divert_acceleration", Quantity, QuantityKind.Acceleration, Min: 0, Max: 200 * G, Optional: true),
        new("min_endgame_speed", Quantity, QuantityKind.Speed, Min: 0, Optional: true),
        new("loft_angle", Quantity, QuantityKind.Angle, Min: 0, Max: 80 * Deg, Optional: true),
        new("loft_min_range", Quantity, QuantityKind.Length, Min: 0, Optional: true),
        new("loft_full_range", Quantity, QuantityKind.Length, Min: 0, MinExclusive: true, Optional: true),
        new("max_normal_force_coefficient", Number, Min: 0, Max: 100, MinExclusive: true, Optional: true),
    ];

    private static readonly ParameterDefinition[] ThreatParameters =
    [
        new("category", Choice, Choices: ThreatCategories),
        new("rcs", Quantity, QuantityKind.RadarCrossSection, Min: 0, MinExclusive: true),
        new("swerling", Integer, Min: 0, Max: 4),

        // Optional: mean RCS over aspect and radar band (dBsm); when given, radars read it
        // instead of 'rcs' (which remains the nominal value for reports and coverage).
        new("rcs_table", RcsTable, Optional: true),
        new("cruise_speed", Quantity, QuantityKind.Speed, Min: 0, MinExclusive: true),
        new("max_speed", Quantity, QuantityKind.Speed, Min: 0, MinExclusive: true),
        new("max_acceleration", Quantity, QuantityKind.Acceleration, Min: 0, Max: 200 * G, MinExclusive: true),

        // Ballistic missiles only (required for them, refused for the others).
        new("burnout_speed", Quantity, QuantityKind.Speed, Min: 0, MinExclusive: true, Optional: true),
        new("reentry_ballistic_coefficient", Quantity, QuantityKind.BallisticCoefficient, Min: 0, MinExclusive: true, Optional: true),

        // Ballistic missiles only, optional: boost phase from launch to burn-out (default 0 s).
        new("boost_time", Quantity, QuantityKind.Duration, Min: 0, Max: 600, Optional: true),
    ];

    /// <summary>The parameters of a kind, in file order.</summary>
    public static IReadOnlyList<ParameterDefinition> For(EquipmentKind kind) => kind switch
    {
        EquipmentKind.Radar => RadarParameters,
        EquipmentKind.Launcher => LauncherParameters,
        EquipmentKind.Missile => MissileParameters,
        EquipmentKind.Threat => ThreatParameters,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The word for a kind in files and messages.</summary>
    public static string Word(EquipmentKind kind) => kind switch
    {
        EquipmentKind.Radar => "radar",
        EquipmentKind.Launcher => "launcher",
        EquipmentKind.Missile => "missile",
        EquipmentKind.Threat => "threat",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static readonly IReadOnlyList<string> KindWords = ["radar", "launcher", "missile", "threat"];
}
