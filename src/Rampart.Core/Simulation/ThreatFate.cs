namespace Rampart.Core.Simulation;

/// <summary>How a threat's flight ended.</summary>
public enum ThreatFate
{
    /// <summary>Still flying (or not yet launched) when the simulation ended, or reached the end of a route with no target.</summary>
    Survived,

    /// <summary>Destroyed by an interceptor.</summary>
    Destroyed,

    /// <summary>Reached its target (or weapon-release point) alive.</summary>
    Leaked,
}
