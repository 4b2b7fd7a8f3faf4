using System.Diagnostics;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// How a weapon-target assignment solver may spend its effort. Immutable; validates itself
/// (<see cref="Validate"/>). The defaults suit the standalone command; a simulation sets
/// <see cref="Deterministic"/>.
/// </summary>
public sealed record WtaOptions
{
    /// <summary>The defaults: 10 s wall-clock limit, relative gap 1e-6, one worker, no stopwatch.</summary>
    public static WtaOptions Default { get; } = new();

    /// <summary>
    /// Wall-clock limit of the exact search, seconds (default 10). Used only when
    /// <see cref="Deterministic"/> is false: wall time depends on the machine, so a run limited by
    /// it is not reproducible. When it ends the search, the best assignment found is returned with
    /// <see cref="WtaSolution.Optimal"/> false.
    /// </summary>
    public double TimeLimitSeconds { get; init; } = 10;

    /// <summary>
    /// Simulation mode (default false): the exact search runs with one CP-SAT worker, the fixed
    /// <see cref="RandomSeed"/> and a limit in CP-SAT's deterministic time
    /// (<see cref="DeterministicTimeLimit"/>) instead of wall time, so a run gives the same
    /// assignment on any machine and under any load.
    /// </summary>
    public bool Deterministic { get; init; }

    /// <summary>
    /// Budget of the exact search in CP-SAT deterministic time units (roughly seconds on a typical
    /// machine, but counted from work done, not read from a clock); default 1. Used when
    /// <see cref="Deterministic"/> is true.
    /// </summary>
    public double DeterministicTimeLimit { get; init; } = 1;

    /// <summary>Seed of CP-SAT's internal randomness (default 0).</summary>
    public int RandomSeed { get; init; }

    /// <summary>CP-SAT search workers when not <see cref="Deterministic"/> (default 1; 0 lets CP-SAT choose).</summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Optimality tolerance: a solution is proven optimal when its objective exceeds the proven
    /// lower bound by at most this fraction of the objective (plus 1e-12 of the total target
    /// value, for rounding). Default 1e-6: CP-SAT's integer scaling cannot certify much tighter
    /// (see <see cref="CpSatBudget.MaxScale"/>); the objective itself is always exact.
    /// </summary>
    public double RelativeGap { get; init; } = 1e-6;

    /// <summary>
    /// A running stopwatch supplied by the caller, or null. When given, <see cref="WtaSolution.Seconds"/>
    /// is its elapsed time when the solver returns and the wall-clock limit is counted on it; when
    /// null the solver reads no clock itself (seconds are reported as 0), as simulation code requires.
    /// </summary>
    public Stopwatch? Stopwatch { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a setting is out of range.</summary>
    public void Validate()
    {
        if (!(TimeLimitSeconds > 0) || double.IsNaN(TimeLimitSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(TimeLimitSeconds), TimeLimitSeconds, "must be > 0");
        }

        if (!(DeterministicTimeLimit > 0) || double.IsNaN(DeterministicTimeLimit))
        {
            throw new ArgumentOutOfRangeException(nameof(DeterministicTimeLimit), DeterministicTimeLimit, "must be > 0");
        }

        if (!(RelativeGap >= 0 && RelativeGap < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(RelativeGap), RelativeGap, "must lie in [0, 1)");
        }

        if (Workers < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "must be ≥ 0");
        }
    }

    /// <summary>Elapsed seconds on <see cref="Stopwatch"/>, or 0 without one.</summary>
    internal double ElapsedSeconds => Stopwatch?.Elapsed.TotalSeconds ?? 0;
}
