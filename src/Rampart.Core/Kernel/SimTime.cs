using System.Globalization;

namespace Rampart.Core.Kernel;

/// <summary>
/// Simulated time: seconds since the scenario's start (its UTC start time is kept by the
/// scenario). A value type so that a time cannot be confused with a duration in another unit.
/// Immutable.
/// </summary>
public readonly record struct SimTime(double Seconds) : IComparable<SimTime>
{
    public static SimTime Zero => default;

    public static SimTime operator +(SimTime t, double seconds) => new(t.Seconds + seconds);

    public static SimTime operator -(SimTime t, double seconds) => new(t.Seconds - seconds);

    public static double operator -(SimTime a, SimTime b) => a.Seconds - b.Seconds;

    public static bool operator <(SimTime a, SimTime b) => a.Seconds < b.Seconds;

    public static bool operator >(SimTime a, SimTime b) => a.Seconds > b.Seconds;

    public static bool operator <=(SimTime a, SimTime b) => a.Seconds <= b.Seconds;

    public static bool operator >=(SimTime a, SimTime b) => a.Seconds >= b.Seconds;

    public int CompareTo(SimTime other) => Seconds.CompareTo(other.Seconds);

    public override string ToString() => Seconds.ToString("F3", CultureInfo.InvariantCulture) + " s";
}
