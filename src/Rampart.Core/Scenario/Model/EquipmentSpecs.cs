namespace Rampart.Core.Scenario.Model;

// Equipment specifications as read from data/equipment (SI units), after any scenario override.
// Where each number comes from is written in the equipment file beside it.

/// <summary>Radar band (IEEE letter designation).</summary>
public enum RadarBand
{
    L,
    S,
    C,
    X,
    Ku,
    Other,
}

/// <summary>
/// A radar, described by a published reference detection: it detects a target of
/// <see cref="ReferenceRcsM2"/> at <see cref="ReferenceRangeM"/> with probability
/// <see cref="ReferencePd"/> at false-alarm probability <see cref="ReferencePfa"/> (per resolution cell).
/// </summary>
/// <param name="ScanPeriodS">Rotation period (search radar) or sector revisit time (sector radar), s.</param>
/// <param name="AzimuthCoverageDeg">360 for a rotating radar; the full sector width for a sector radar.</param>
/// <param name="BoresightAzimuthDeg">Centre of the sector, degrees clockwise from north (ignored when the coverage is 360°). A placed radar may override it.</param>
/// <param name="MinElevationDeg">Lowest elevation covered, degrees.</param>
/// <param name="MaxElevationDeg">Highest elevation covered, degrees.</param>
/// <param name="MinRangeM">Minimum (blind) range, m.</param>
/// <param name="InstrumentedRangeM">Maximum displayed range, m; nothing beyond is reported.</param>
/// <param name="RangeResolutionM">Range cell size, m (sets the number of cells where false alarms can occur).</param>
/// <param name="AzimuthBeamwidthDeg">3-dB azimuth beamwidth, degrees.</param>
/// <param name="ElevationBeamwidthDeg">3-dB elevation beamwidth, degrees (sets the number of elevation cells).</param>
/// <param name="RangeSigmaM">Standard deviation of a range measurement, m.</param>
/// <param name="AzimuthSigmaDeg">Standard deviation of an azimuth measurement, degrees.</param>
/// <param name="ElevationSigmaDeg">Standard deviation of an elevation measurement, degrees.</param>
/// <param name="MaxTracks">Targets the radar can report at once (e.g. 96L6E: 100), or 0 for no limit.</param>
/// <param name="Equation">Explicit radar-equation parameters when the equipment file chooses
/// <c>detection_model: radar_equation</c>; null (the default) scales the SNR from the reference detection.</param>
public sealed record RadarSpec(
    string Name,
    RadarBand Band,
    double FrequencyHz,
    double ReferenceRcsM2,
    double ReferenceRangeM,
    double ReferencePd,
    double ReferencePfa,
    double ScanPeriodS,
    double AzimuthCoverageDeg,
    double BoresightAzimuthDeg,
    double MinElevationDeg,
    double MaxElevationDeg,
    double MinRangeM,
    double InstrumentedRangeM,
    double RangeResolutionM,
    double AzimuthBeamwidthDeg,
    double ElevationBeamwidthDeg,
    double RangeSigmaM,
    double AzimuthSigmaDeg,
    double ElevationSigmaDeg,
    int MaxTracks,
    RadarEquationSpec? Equation = null)
{
    /// <summary>Default <see cref="SidelobeLevelDb"/>: −30 dB, an assumed average receive sidelobe level of a modern low-sidelobe antenna (Skolnik, <i>Introduction to Radar Systems</i>, antenna chapter: −30 to −40 dB for low-sidelobe designs).</summary>
    public const double DefaultSidelobeLevelDb = -30.0;

    /// <summary>Receive sidelobe level relative to the main-lobe peak, dB (≤ 0): the gain at which a jammer or clutter off the beam's axis is received.</summary>
    public double SidelobeLevelDb { get; init; } = DefaultSidelobeLevelDb;

    /// <summary>Clutter improvement factor of the MTI / pulse-Doppler processing, dB (≥ 0): clutter power is divided by it. Default 0 (no clutter rejection).</summary>
    public double ClutterImprovementDb { get; init; }

    /// <summary>
    /// Track dwells on demand (an electronically steered radar such as the 92N6E), or null for a
    /// radar that only searches. See <see cref="TrackDwellSpec"/>.
    /// </summary>
    public TrackDwellSpec? TrackDwell { get; init; }
}

/// <summary>
/// Track dwells of an electronically steered radar: besides searching its sector every
/// <see cref="RadarSpec.ScanPeriodS"/>, the radar points a beam at tracks the command post asks
/// for, each every <paramref name="RevisitS"/>, each look taking <paramref name="DwellTimeS"/>; the
/// looks may take at most <paramref name="BudgetFraction"/> of the radar's time, and the time they
/// take is taken from search (the search frame stretches to ScanPeriod / (1 − used fraction)).
/// </summary>
/// <param name="BudgetFraction">Largest fraction of the radar's time given to track dwells, in [0, 1).</param>
/// <param name="RevisitS">Interval between two dwells on the same track, s.</param>
/// <param name="DwellTimeS">Duration of one dwell, s.</param>
public sealed record TrackDwellSpec(double BudgetFraction, double RevisitS, double DwellTimeS)
{
    /// <summary>Tracks served per revisit interval: ⌊budget × revisit / dwell time⌋ (with a 1e-9 allowance for rounding).</summary>
    public int MaxDwellsPerRevisit => (int)Math.Floor((BudgetFraction * RevisitS / DwellTimeS) + 1e-9);
}

/// <summary>
/// A radar's explicit radar-equation parameters (monostatic, one antenna for transmit and receive);
/// the wavelength comes from <see cref="RadarSpec.FrequencyHz"/>.
/// </summary>
/// <param name="PeakPowerW">Peak transmitted power, W.</param>
/// <param name="AntennaGainDb">Antenna gain (transmit = receive), dBi.</param>
/// <param name="PulseWidthS">Pulse width τ, s; the matched-filter noise bandwidth is 1/τ.</param>
/// <param name="NoiseFigureDb">Receiver noise figure, dB (system temperature 290 K × F).</param>
/// <param name="LossesDb">Total system losses, dB.</param>
/// <param name="PulsesPerDwell">Pulses integrated coherently per look.</param>
public sealed record RadarEquationSpec(double PeakPowerW, double AntennaGainDb, double PulseWidthS, double NoiseFigureDb, double LossesDb, int PulsesPerDwell);

/// <summary>A launcher vehicle (5P85).</summary>
/// <param name="Canisters">Missile canisters on the launcher.</param>
/// <param name="LaunchIntervalS">Minimum time between two launches from this launcher, s.</param>
/// <param name="ReloadTimeS">Time to reload (not modelled in a single raid unless the scenario gives reloads).</param>
public sealed record LauncherSpec(string Name, int Canisters, double LaunchIntervalS, double ReloadTimeS);

/// <summary>Homing of an interceptor in the end game.</summary>
public enum SeekerKind
{
    /// <summary>Semi-active or track-via-missile: the seeker sees the target lit by the engagement radar.</summary>
    SemiActive,

    /// <summary>Active radar seeker.</summary>
    Active,
}

/// <summary>An interceptor missile.</summary>
/// <param name="LaunchMassKg">Mass at launch, kg.</param>
/// <param name="PropellantMassKg">Propellant burnt during <paramref name="BurnTimeS"/>, kg.</param>
/// <param name="ThrustN">Mean motor thrust, N.</param>
/// <param name="BurnTimeS">Motor burn time, s.</param>
/// <param name="EjectionDelayS">Cold launch: time from ejection to motor ignition, s.</param>
/// <param name="DiameterM">Body diameter, m (the reference area for drag is its cross-section).</param>
/// <param name="DragMach">Mach numbers at which the drag coefficient is tabulated (ascending).</param>
/// <param name="DragCd">Zero-lift drag coefficient at each Mach number in <paramref name="DragMach"/>.</param>
/// <param name="MaxLateralG">Structural limit on lateral acceleration, in g.</param>
/// <param name="MaxRangeM">Published maximum range, m.</param>
/// <param name="MinRangeM">Minimum intercept range, m.</param>
/// <param name="MinAltitudeM">Lowest target altitude it can engage, m.</param>
/// <param name="MaxAltitudeM">Highest target altitude it can engage, m.</param>
/// <param name="MaxTargetSpeedMps">Fastest target it can engage, m/s.</param>
/// <param name="MinSpeedMps">Below this speed after burn-out the missile has lost its energy and self-destructs, m/s.</param>
/// <param name="MaxFlightTimeS">Self-destruct time, s.</param>
/// <param name="NavigationConstant">Proportional-navigation constant N'.</param>
/// <param name="Seeker">Terminal homing kind.</param>
/// <param name="SeekerAcquisitionRangeM">Range at which the seeker acquires the target, m.</param>
/// <param name="SeekerAngleSigmaRad">Standard deviation of the seeker's line-of-sight angle measurement, rad.</param>
/// <param name="LethalRadiusM">Warhead lethal radius, m (the scale of the kill-probability-vs-miss curve).</param>
/// <param name="Reliability">Probability the missile launches and flies correctly.</param>
/// <param name="SingleShotPk">Kill probability of a hit well inside the lethal radius.</param>
/// <param name="CostUnits">Relative cost, used to fire the cheapest adequate missile first.</param>
/// <param name="GuidanceLaw">Homing guidance law (equipment key <c>guidance_law</c>; default true PN).</param>
/// <param name="AutopilotTimeConstantS">Time constant of the first-order autopilot/airframe lag, s (key <c>autopilot_time_constant</c>; default 0.25 s).</param>
/// <param name="DivertAccelerationG">Gas-dynamic (thruster) lateral acceleration available in the end game whatever the
/// dynamic pressure, in g (key <c>divert_acceleration</c>; default 0, no divert).</param>
/// <param name="MinEndgameSpeedMps">Slowest the missile may be at the intercept for the shot to count in an engagement
/// envelope, m/s (key <c>min_endgame_speed</c>; NaN when the file gives none: <paramref name="MinSpeedMps"/> is used).</param>
/// <param name="LoftAngleRad">Largest loft (climb) angle of the midcourse above the line of sight, rad (key <c>loft_angle</c>; default 0, no loft).</param>
/// <param name="LoftMinRangeM">Predicted intercept range beyond which the missile lofts, m; the loft angle grows linearly
/// to <paramref name="LoftAngleRad"/> at <paramref name="LoftFullRangeM"/> (key <c>loft_min_range</c>; default 0).</param>
/// <param name="LoftFullRangeM">Predicted intercept range at which the loft angle reaches <paramref name="LoftAngleRad"/>, m
/// (key <c>loft_full_range</c>; NaN when the file gives none: <paramref name="MaxRangeM"/> is used).</param>
/// <param name="MaxNormalForceCoefficient">CNmax, the largest normal-force coefficient of the airframe referred to the
/// body cross-section (key <c>max_normal_force_coefficient</c>; NaN when the file gives none: the value that reaches
/// the structural limit at sea level, Mach 2, burnt out).</param>
public sealed record MissileSpec(
    string Name,
    double LaunchMassKg,
    double PropellantMassKg,
    double ThrustN,
    double BurnTimeS,
    double EjectionDelayS,
    double DiameterM,
    IReadOnlyList<double> DragMach,
    IReadOnlyList<double> DragCd,
    double MaxLateralG,
    double MaxRangeM,
    double MinRangeM,
    double MinAltitudeM,
    double MaxAltitudeM,
    double MaxTargetSpeedMps,
    double MinSpeedMps,
    double MaxFlightTimeS,
    double NavigationConstant,
    SeekerKind Seeker,
    double SeekerAcquisitionRangeM,
    double SeekerAngleSigmaRad,
    double LethalRadiusM,
    double Reliability,
    double SingleShotPk,
    double CostUnits,
    Weapons.ProportionalNavigationLaw GuidanceLaw = Weapons.ProportionalNavigationLaw.True,
    double AutopilotTimeConstantS = 0.25,
    double DivertAccelerationG = 0.0,
    double MinEndgameSpeedMps = double.NaN,
    double LoftAngleRad = 0.0,
    double LoftMinRangeM = 0.0,
    double LoftFullRangeM = double.NaN,
    double MaxNormalForceCoefficient = double.NaN)
{
    /// <summary>The range at which the loft angle is reached: <see cref="LoftFullRangeM"/>, or <see cref="MaxRangeM"/> when none is given, m.</summary>
    public double LoftFullRangeFloorM => double.IsNaN(LoftFullRangeM) ? MaxRangeM : LoftFullRangeM;

    /// <summary>The end-game speed floor of an engagement envelope: <see cref="MinEndgameSpeedMps"/>, or <see cref="MinSpeedMps"/> when none is given, m/s.</summary>
    public double EndgameSpeedFloorMps => double.IsNaN(MinEndgameSpeedMps) ? MinSpeedMps : MinEndgameSpeedMps;

    /// <summary>
    /// Against a target the command post believes ballistic: the greatest ground range of the
    /// intercept point, m; +∞ (the default) for no limit beyond <see cref="MaxRangeM"/>. The S-400's
    /// published ballistic envelope (about 60 km, 25 km altitude) is narrower than its envelope
    /// against aircraft.
    /// </summary>
    public double BallisticMaxRangeM { get; init; } = double.PositiveInfinity;

    /// <summary>The warhead's kill probability against miss distance: Carleton (the default) or cookie cutter.</summary>
    public Weapons.DamageFunction DamageFunction { get; init; } = Weapons.DamageFunction.Gaussian;

    /// <summary>Against a target believed ballistic: the highest intercept altitude, m; +∞ (the default) for no limit beyond <see cref="MaxAltitudeM"/>.</summary>
    public double BallisticMaxAltitudeM { get; init; } = double.PositiveInfinity;
}

/// <summary>Kinds of threat; used for the threat's own behaviour and for reporting, never read by the battle manager.</summary>
public enum ThreatCategory
{
    CruiseMissile,
    Fighter,
    StealthFighter,
    BallisticMissile,
    Drone,
}

/// <summary>A threat type.</summary>
/// <param name="RcsM2">Mean radar cross-section, m²: constant over aspect unless <see cref="RcsTable"/> is given.</param>
/// <param name="Swerling">Swerling fluctuation case (0–4).</param>
/// <param name="CruiseSpeedMps">Default speed where a waypoint gives none, m/s.</param>
/// <param name="MaxSpeedMps">Fastest the threat can fly, m/s (a route asking more is an error).</param>
/// <param name="MaxG">Manoeuvre limit, g.</param>
/// <param name="BurnoutSpeedMps">Ballistic missiles: speed at burn-out (used to check the range is reachable), m/s; 0 otherwise.</param>
/// <param name="ReentryBallisticCoefficient">Ballistic missiles: m/(Cd·A) of the re-entry vehicle, kg/m²; 0 otherwise.</param>
public sealed record ThreatSpec(
    string Name,
    ThreatCategory Category,
    double RcsM2,
    int Swerling,
    double CruiseSpeedMps,
    double MaxSpeedMps,
    double MaxG,
    double BurnoutSpeedMps,
    double ReentryBallisticCoefficient)
{
    /// <summary>Mean RCS over aspect and radar band; when set, radars read it instead of <see cref="RcsM2"/> (which stays the nominal value for reports and coverage).</summary>
    public Threats.RcsTable? RcsTable { get; init; }
    /// <summary>
    /// Ballistic missiles: duration of the boost phase from launch to burn-out, s; 0 (the default)
    /// for burn-out at the launch point (see <see cref="Threats.BallisticMover"/>).
    /// </summary>
    public double BoostTimeS { get; init; }
}
