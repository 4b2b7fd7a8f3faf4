using System.Globalization;
using Google.OrTools.Sat;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// The exact solver's search budget over one or more CP-SAT solves: deterministic time with one
/// worker and a fixed seed in simulation mode, wall time otherwise (see <see cref="WtaOptions"/>).
/// </summary>
internal sealed class CpSatBudget(WtaOptions options)
{
    private double _deterministicUsed;
    private double _wallUsed;

    /// <summary>
    /// The largest objective scale S for which CP-SAT stays exact: the objective's range
    /// (S·<paramref name="objectiveRange"/>) at most 2^31 and any row's coefficients
    /// (S·<paramref name="rowRange"/>) at most 2^28.
    /// </summary>
    /// <remarks>
    /// Implementation note: measured, not documented. With coefficients near 1e10 CP-SAT 9.15
    /// reported "optimal" for a master problem whose true optimum was 12 % lower (a 10 × 10
    /// instance, seed 10); with coefficients near 1e8 it was right. The certificate is therefore
    /// limited to a relative gap of about 1e-7..1e-6, not the 1e-9 that unbounded scaling would give.
    /// </remarks>
    public static double MaxScale(double objectiveRange, double rowRange) =>
        Math.Min(Math.Pow(2, 31) / Math.Max(objectiveRange, double.Epsilon), Math.Pow(2, 28) / Math.Max(rowRange, double.Epsilon));

    /// <summary>CP-SAT parameters for the next solve, or null when the budget is spent.</summary>
    public string? NextParameters()
    {
        var o = options;
        if (o.Deterministic)
        {
            double left = o.DeterministicTimeLimit - _deterministicUsed;
            return left <= 0 ? null : string.Create(CultureInfo.InvariantCulture, $"num_workers:1,random_seed:{o.RandomSeed},max_deterministic_time:{left:R}");
        }

        double spent = o.Stopwatch is null ? _wallUsed : o.ElapsedSeconds;
        double wall = o.TimeLimitSeconds - spent;
        if (wall <= 0)
        {
            return null;
        }

        string workers = o.Workers > 0 ? string.Create(CultureInfo.InvariantCulture, $"num_workers:{o.Workers},") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{workers}random_seed:{o.RandomSeed},max_time_in_seconds:{wall:R}");
    }

    /// <summary>Solves <paramref name="model"/> within what is left of the budget; null when nothing is left.</summary>
    public (CpSolver Solver, CpSolverStatus Status)? Solve(CpModel model)
    {
        string? parameters = NextParameters();
        if (parameters is null)
        {
            return null;
        }

        var solver = new CpSolver { StringParameters = parameters };
        var status = solver.Solve(model);
        var response = solver.Response ?? throw new InvalidOperationException("CP-SAT returned no response");
        _deterministicUsed += response.DeterministicTime;
        _wallUsed += response.WallTime;
        if (status is CpSolverStatus.Infeasible or CpSolverStatus.ModelInvalid)
        {
            solver.Dispose();
            throw new InvalidOperationException($"CP-SAT master problem is {status} (a bug: assigning nothing is always feasible)");
        }

        return (solver, status);
    }
}
