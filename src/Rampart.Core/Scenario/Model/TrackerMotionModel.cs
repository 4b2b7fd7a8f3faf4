namespace Rampart.Core.Scenario.Model;

/// <summary>The motion model of the command post's 3-D tracker.</summary>
public enum TrackerMotionModel
{
    /// <summary>One nearly-constant-velocity Kalman filter per track, process noise <see cref="TrackerSettings.ProcessNoise"/>.</summary>
    Cv,

    /// <summary>
    /// An interacting multiple model (Blom &amp; Bar-Shalom) of two nearly-constant-velocity filters:
    /// one with <see cref="TrackerSettings.ProcessNoise"/>, one with
    /// <see cref="TrackerSettings.ManoeuvreProcessNoise"/> that absorbs manoeuvres.
    /// </summary>
    Imm,
}
