namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// The exact solver: proves optimality on the true, nonlinear Manne objective — by a Lagrangian
/// branch and bound over count vectors when there are few weapon types, otherwise by outer
/// approximation in OR-Tools CP-SAT, refined with tangent cuts until the gap closes. Stateless and
/// thread-safe (each call builds its own model).
/// </summary>
/// <remarks>
/// <para><b>Linearisation.</b> For target j let y_j = Σ_i x_ij·a_ij with a_ij = ln(1 − p_ij) ≤ 0:
/// the log of its survival, linear in x. Its surviving value V_j·exp(y_j) is convex in y_j, so
/// every tangent underestimates it: V_j·exp(y_j) ≥ V_j·e^t·(1 + y_j − t) for any t. The master
/// problem minimises Σ_j s_j subject to the weapon and cap constraints and, for each target, s_j
/// above a set of tangents. Its optimum is a lower bound on the true optimum; the true objective
/// of its solution is an upper bound. After each solve, tangents at the solution's own y_j are
/// added, and the loop ends when upper − lower ≤ <see cref="WtaOptions.RelativeGap"/>·upper
/// (+ 1e-12 of the total value). Because the tangent at y_j(x) is exact at x, a solution cannot
/// repeat without closing the gap, so the loop ends after finitely many rounds (Duran &amp;
/// Grossmann 1986 outer approximation, here with an exact integer master).</para>
/// <para><b>Integer scaling.</b> CP-SAT needs integer coefficients: s_j is counted in units of
/// 1/S of the objective, and a tangent's constant and coefficients are rounded <i>down</i>
/// (x ≥ 0, so the rounded cut still lies below the true one and the bound stays valid). Rounding
/// loses less than 1 + Σ_i x_ij scaled units per cut and the integrality of s_j less than one per
/// target, so the reported lower bound is (CP-SAT bound − targets)/S and the gap at convergence
/// is below (2·targets + units)/S. S is chosen so that this is a quarter of the tolerance at the
/// heuristic's objective, but capped (<see cref="CpSatBudget.MaxScale"/>) because CP-SAT was
/// seen to return a wrong "optimal" with coefficients near 1e10: the certificate therefore
/// reaches a relative gap of about 1e-6 (the default <see cref="WtaOptions.RelativeGap"/>),
/// not 1e-9; when the cap keeps the gap above the tolerance the result says Optimal = false.
/// A bound that exceeds a known feasible value is discarded, never reported as a proof.</para>
/// <para><b>Few weapon types.</b> When the count vectors per target are few (at most
/// <see cref="PatternModel.MaxPatterns"/> in all, e.g. 72 missiles as 4 types × 18 against 36
/// targets) the exact solver uses its own <see cref="LagrangianBranchAndBound"/> instead: exact
/// arithmetic, no CP-SAT overhead, about a thousand times faster there. CP-SAT remains the method
/// for many distinct weapons (e.g. 72 one-unit weapons), where the patterns are too many. The
/// pattern model in CP-SAT (<see cref="PatternModel"/>) is kept as an independent cross-check
/// for the tests.</para>
/// <para><b>Certain kills.</b> ln(1 − p) is floored at −50 (p = 1 gives −∞): this changes a
/// surviving value by at most e^−50 ≈ 2e−22 of the target's value, inside the 1e-12 absolute tolerance.</para>
/// <para><b>Shortcuts.</b> When all weapons are alike (p_ij = p_j) greedy maximum marginal return
/// is provably optimal (den Broeder et al. 1959) and no model is built; an objective of 0 is optimal too.</para>
/// <para><b>Limits.</b> With <see cref="WtaOptions.Deterministic"/> CP-SAT runs with one worker,
/// a fixed seed and a budget of deterministic time summed over all rounds, so the result is
/// reproducible; otherwise with a wall-clock budget. When the budget ends, the best assignment
/// found (at worst the heuristic's) is returned with Optimal = false and the best proven bound.</para>
/// </remarks>
public sealed class ExactWtaSolver : IWtaSolver
{
    private readonly ExactMethod _method;

    /// <summary>Creates the solver: branch and bound when the patterns are few, otherwise outer approximation in CP-SAT.</summary>
    public ExactWtaSolver()
        : this(ExactMethod.Automatic)
    {
    }

    /// <summary>Creates the solver with a given method (tests cross-check the methods against each other).</summary>
    internal ExactWtaSolver(ExactMethod method)
    {
        _method = method;
    }

    /// <inheritdoc/>
    public string Name => "exact";

    /// <inheritdoc/>
    public WtaSolution Solve(WtaInstance instance, WtaOptions options)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        int[] incumbent = MaximumMarginalReturnSolver.Assign(instance);
        double upper = instance.SurvivingValue(incumbent);
        if (upper == 0 || instance.WeaponsAreAlike())
        {
            return new WtaSolution(instance, incumbent, optimal: true, upper, options.ElapsedSeconds);
        }

        if (_method == ExactMethod.Automatic && LagrangianBranchAndBound.TryCreate(instance, PatternModel.MaxPatterns) is { } search)
        {
            // Budget in nodes, so the result does not depend on the machine or its load.
            double units = options.Deterministic ? options.DeterministicTimeLimit : options.TimeLimitSeconds;
            long nodes = (long)Math.Min(units * LagrangianBranchAndBound.NodesPerDeterministicUnit, long.MaxValue / 2);
            // Outside a simulation a caller's stopwatch also bounds it, as the wall-clock limit says.
            Func<bool>? outOfTime = !options.Deterministic && options.Stopwatch is { } clock ? () => clock.Elapsed.TotalSeconds >= options.TimeLimitSeconds : null;
            search.Run(incumbent, options.RelativeGap, Math.Max(1, nodes), outOfTime);
            return new WtaSolution(instance, search.Incumbent, search.Proven, search.Lower, options.ElapsedSeconds);
        }

        var budget = new CpSatBudget(options);
        if (_method == ExactMethod.CpSatPatterns && PatternModel.TryCreate(instance, options, budget, upper) is { } patterns)
        {
            patterns.Run(incumbent);
            return new WtaSolution(instance, patterns.Incumbent, patterns.Proven, patterns.Lower, options.ElapsedSeconds);
        }

        var outer = new OuterApproximation(instance, options, budget, incumbent, upper);
        outer.Run();
        return new WtaSolution(instance, outer.Incumbent, outer.Proven, outer.Lower, options.ElapsedSeconds);
    }
}

/// <summary>How <see cref="ExactWtaSolver"/> searches.</summary>
internal enum ExactMethod
{
    /// <summary><see cref="LagrangianBranchAndBound"/> when the patterns are few, otherwise <see cref="CpSatTangents"/>.</summary>
    Automatic,

    /// <summary><see cref="PatternModel"/> in CP-SAT (when the patterns are few, otherwise tangents).</summary>
    CpSatPatterns,

    /// <summary><see cref="OuterApproximation"/> in CP-SAT.</summary>
    CpSatTangents,
}
