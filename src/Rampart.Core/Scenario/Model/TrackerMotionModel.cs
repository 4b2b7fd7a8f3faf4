namespace Rampart.Core.Scenario.Model;

/// <summary>The motion model of the command post's 3-D tracker (scenario key <c>tracker.motion_model</c>).</summary>
public enum TrackerMotionModel
{
    /// <summary><c>cv</c>: one nearly-constant-velocity Kalman filter per track, process noise <see cref="TrackerSettings.ProcessNoise"/>.</summary>
    Cv,

    /// <summary>
    /// <c>imm</c>: an interacting multiple model (Blom &amp; Bar-Shalom) of a nearly-constant-velocity
    /// model (<see cref="TrackerSettings.ProcessNoise"/>) and a coordinated-turn EKF with the turn
    /// rate in the state (<see cref="TrackerSettings.ManoeuvreProcessNoise"/>,
    /// <see cref="TrackerSettings.TurnRateNoise"/>) that follows turning manoeuvres.
    /// </summary>
    Imm,

    /// <summary><c>ca</c>: one nearly-constant-acceleration (white-noise jerk) Kalman filter per track, <see cref="TrackerSettings.JerkNoise"/>.</summary>
    Ca,
}

/// <summary>Data association of the command post's 3-D tracker (scenario key <c>tracker.association</c>).</summary>
public enum TrackerAssociation
{
    /// <summary><c>gnn</c>: global nearest neighbour, an optimal 2-D assignment per cluster.</summary>
    Gnn,

    /// <summary><c>jpda</c>: joint probabilistic data association per cluster, exact up to <see cref="TrackerSettings.MaxJointEvents"/> joint events.</summary>
    Jpda,
}
