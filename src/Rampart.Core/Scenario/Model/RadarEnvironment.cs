namespace Rampart.Core.Scenario.Model;

/// <summary>What lies under the radar beams of a scenario.</summary>
public enum SurfaceKind
{
    /// <summary>Land: no multipath or surface clutter modelled (the default).</summary>
    Land,

    /// <summary>Sea: sea clutter, and two-ray multipath when <see cref="RadarEnvironment.Multipath"/> is on.</summary>
    Sea,
}

/// <summary>
/// The propagation environment every radar of a scenario sees (<c>environment:</c> in the
/// scenario file). Immutable.
/// </summary>
/// <param name="Surface">Land (default) or sea.</param>
/// <param name="SeaState">Douglas / WMO sea state 0–6 (sea only): sets the clutter reflectivity and the surface roughness.</param>
/// <param name="Multipath">Two-ray multipath lobing over the sea surface (sea only).</param>
/// <param name="DivergenceFactor">Apply the spherical-earth divergence factor to the reflected ray (default on).</param>
public sealed record RadarEnvironment(SurfaceKind Surface, int SeaState, bool Multipath, bool DivergenceFactor = true)
{
    /// <summary>Land, no multipath: free-space propagation and no clutter, as before this option existed.</summary>
    public static RadarEnvironment Default { get; } = new(SurfaceKind.Land, 0, false);

    /// <summary>Whether sea clutter is computed.</summary>
    public bool SeaClutter => Surface == SurfaceKind.Sea;
}

/// <summary>Where a jammer is.</summary>
public enum JammerKind
{
    /// <summary>A stand-off jammer: a fixed position or its own route.</summary>
    StandOff,

    /// <summary>Self-screening: one jammer on each member of a threat group.</summary>
    SelfScreening,
}

/// <summary>
/// A barrage noise jammer placed in a scenario (<c>jammers:</c>). Its noise is spread evenly over
/// <see cref="BandwidthHz"/> centred on <see cref="CentreFrequencyHz"/> (0: it covers every radar's
/// frequency). Immutable.
/// </summary>
/// <param name="ErpW">Effective radiated power in its antenna's main beam, W.</param>
/// <param name="BandwidthHz">Noise bandwidth, Hz.</param>
/// <param name="CentreFrequencyHz">Centre of the jammed band, Hz, or 0 for "every radar" (a radar outside the band is not jammed).</param>
/// <param name="BeamwidthRad">Full width of the jammer antenna's main beam, rad (2π: omnidirectional).</param>
/// <param name="SidelobeLevelDb">Jammer antenna gain outside its main beam relative to the main beam, dB.</param>
/// <param name="PointingAzimuthRad">Stand-off jammer: azimuth (clockwise from north) its beam points to; ignored when omnidirectional. A self-screening jammer points along its carrier's velocity.</param>
/// <param name="Position">Stand-off jammer at a fixed position, or null.</param>
/// <param name="Route">Stand-off jammer flying waypoints, or null.</param>
/// <param name="StartS">Stand-off jammer: when it switches on (and starts its route), s.</param>
/// <param name="CarrierGroup">Self-screening jammer: the threat group whose members carry it.</param>
public sealed record Jammer(
    string Name,
    JammerKind Kind,
    double ErpW,
    double BandwidthHz,
    double CentreFrequencyHz,
    double BeamwidthRad,
    double SidelobeLevelDb,
    double PointingAzimuthRad,
    Geo.GeodeticPosition? Position,
    IReadOnlyList<Waypoint>? Route,
    double StartS,
    string? CarrierGroup);
