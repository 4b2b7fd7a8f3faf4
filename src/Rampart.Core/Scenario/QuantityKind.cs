namespace Rampart.Core.Scenario;

/// <summary>The physical dimension a value in a file must have; each converts to one SI unit.</summary>
internal enum QuantityKind
{
    /// <summary>metres</summary>
    Length,

    /// <summary>metres per second (Mach only where an altitude is known)</summary>
    Speed,

    /// <summary>seconds</summary>
    Duration,

    /// <summary>radians</summary>
    Angle,

    /// <summary>kilograms</summary>
    Mass,

    /// <summary>newtons</summary>
    Force,

    /// <summary>hertz</summary>
    Frequency,

    /// <summary>square metres (also dBsm)</summary>
    RadarCrossSection,

    /// <summary>metres per second squared ('g' is standard gravity)</summary>
    Acceleration,

    /// <summary>kilograms per square metre</summary>
    BallisticCoefficient,

    /// <summary>watts (a radar's peak power, a jammer's ERP)</summary>
    Power,
}
