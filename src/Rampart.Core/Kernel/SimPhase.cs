namespace Rampart.Core.Kernel;

/// <summary>
/// The order in which things that happen at the same simulated instant are processed. Movers
/// and fuzes come first so that sensors see the world as it is at that instant; the tracker
/// then digests what the sensors saw; the command post decides on the fused picture; launchers
/// act on the decisions.
/// </summary>
public enum SimPhase
{
    Kinematics = 0,
    Fuze = 1,
    Sensing = 2,
    Tracking = 3,
    Command = 4,
    Launch = 5,
    Bookkeeping = 6,
}
