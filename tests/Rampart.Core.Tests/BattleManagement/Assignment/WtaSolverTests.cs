using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Core.Tests.BattleManagement.Assignment;

public sealed class WtaSolverTests
{
    private static readonly WtaOptions Deterministic = new() { Deterministic = true, DeterministicTimeLimit = 10 };

    [Fact]
    public void MaximumMarginalReturn_EqualsBruteForce_WhenAllWeaponsAreAlike()
    {
        // den Broeder et al. (1959): with p_ij = p_j greedy marginal return is optimal; the
        // reference is full enumeration (BruteForceWta), not the solver.
        var rng = new Random(20240501);
        var solver = new MaximumMarginalReturnSolver();
        for (int trial = 0; trial < 40; trial++)
        {
            var instance = BruteForceWta.Random(rng, weapons: rng.Next(1, 4), maxUnits: 3, targets: rng.Next(1, 5), alike: true);

            var solution = solver.Solve(instance, WtaOptions.Default);

            double optimum = BruteForceWta.Optimum(instance);
            Assert.True(Math.Abs(solution.Objective - optimum) <= 1e-9 * Math.Max(1, optimum), $"trial {trial}: heuristic {solution.Objective:R}, brute force {optimum:R}");
            Assert.Null(instance.Infeasibility(solution.Counts));
        }
    }

    [Theory]
    [InlineData(0)] // ExactMethod.Automatic: the Lagrangian branch and bound at these sizes
    [InlineData(1)] // ExactMethod.CpSatPatterns
    [InlineData(2)] // ExactMethod.CpSatTangents
    public void Exact_EqualsBruteForce_OnSmallRandomInstances(int methodIndex)
    {
        var method = (ExactMethod)methodIndex;
        bool usePatterns = method != ExactMethod.CpSatTangents;
        // Both formulations: count-vector patterns (chosen for these sizes) and tangent outer
        // approximation. The tangent model's certificate is weaker (its integer scaling is capped,
        // more so with certain kills, ln(1 − p) = −50), so it is asked to prove a 1e-4 gap; both
        // must still return the brute-force optimum itself (distinct assignments of these
        // instances differ by far more than that).
        var rng = new Random(7);
        var solver = new ExactWtaSolver(method);
        var options = Deterministic with { RelativeGap = usePatterns ? 1e-6 : 1e-4 };
        for (int trial = 0; trial < 30; trial++)
        {
            var instance = BruteForceWta.Random(rng, weapons: rng.Next(2, 4), maxUnits: 2, targets: rng.Next(2, 5), alike: false);

            var solution = solver.Solve(instance, options);

            double optimum = BruteForceWta.Optimum(instance);
            Assert.True(solution.Optimal, $"trial {trial}: not proven (objective {solution.Objective:R}, bound {solution.LowerBound:R})");
            Assert.True(Math.Abs(solution.Objective - optimum) <= 1e-9 * Math.Max(1, optimum), $"trial {trial}: exact {solution.Objective:R}, brute force {optimum:R}");
            Assert.True(solution.LowerBound <= optimum + 1e-9, $"trial {trial}: bound {solution.LowerBound:R} above the optimum {optimum:R}");
            Assert.Null(instance.Infeasibility(solution.Counts));
        }
    }

    [Fact]
    public void Heuristic_IsWithinOnePercentOfBruteForce_On50Random6x6Instances()
    {
        // Issue 5's quality budget on small instances: 6 one-unit weapons × 6 targets (Ahuja et al.
        // 2007 generator), 50 seeds; the reference is full enumeration, not a solver.
        var rng = new Random(606);
        var solver = new MaximumMarginalReturnSolver();
        for (int trial = 0; trial < 50; trial++)
        {
            var instance = BruteForceWta.Ahuja(rng, weapons: 6, units: 1, targets: 6);

            var solution = solver.Solve(instance, WtaOptions.Default);

            double optimum = BruteForceWta.Optimum(instance);
            Assert.True(solution.Objective <= optimum * 1.01, $"trial {trial}: heuristic {solution.Objective:R}, brute force {optimum:R}");
        }
    }

    [Fact]
    public void Heuristic_StaysCloseToBruteForce_OnAverage_WithCapsCertainKillsAndSeveralUnits()
    {
        // Harder mixes than the literature's: p in [0.1, 0.95] with some 0 and 1, caps on targets,
        // weapons with 1–3 units (BruteForceWta.Random); 200 seeds, reference by enumeration.
        // Local search has no 1 % guarantee here: measured over 2,000 such instances, 1.2 % of them
        // were more than 1 % above the optimum (the worst 84 %: a unit with p = 1 must leave its
        // target for another's units to come in, a compound move no neighbourhood holds), the mean
        // gap 0.19 %. So this asserts feasibility, never below the optimum, and a mean under 1 %.
        var rng = new Random(4242);
        var solver = new MaximumMarginalReturnSolver();
        double sumGap = 0;
        const int trials = 200;
        for (int trial = 0; trial < trials; trial++)
        {
            var instance = BruteForceWta.Random(rng, weapons: rng.Next(2, 5), maxUnits: 3, targets: rng.Next(2, 6), alike: false);

            var solution = solver.Solve(instance, WtaOptions.Default);

            double optimum = BruteForceWta.Optimum(instance);
            Assert.Null(instance.Infeasibility(solution.Counts));
            Assert.True(solution.Objective >= optimum - 1e-9, $"trial {trial}: below the optimum");
            sumGap += optimum > 0 ? (solution.Objective - optimum) / optimum : 0;
        }

        Assert.True(sumGap / trials < 0.01, $"mean gap {sumGap / trials:P3}");
    }

    [Fact]
    public void Exact_EqualsBruteForce_On50Random6x6Instances()
    {
        var rng = new Random(607);
        var solver = new ExactWtaSolver();
        for (int trial = 0; trial < 50; trial++)
        {
            var instance = BruteForceWta.Ahuja(rng, weapons: 6, units: 1, targets: 6);

            var solution = solver.Solve(instance, Deterministic);

            double optimum = BruteForceWta.Optimum(instance);
            Assert.True(solution.Optimal, $"trial {trial}: not proven");
            Assert.True(Math.Abs(solution.Objective - optimum) <= 1e-9 * optimum, $"trial {trial}: exact {solution.Objective:R}, brute force {optimum:R}");
            Assert.True(solution.LowerBound <= optimum + 1e-9, $"trial {trial}: bound {solution.LowerBound:R} above the optimum {optimum:R}");
        }
    }

    [Fact]
    public void Exact_BranchAndBound_AgreesWithCpSatPatterns_At72MissilesAs4TypesAgainst36Targets()
    {
        // Too large for enumeration: the reference is the other exact method (CP-SAT on the pattern
        // model, independent code and arithmetic), both proven optimal.
        var instance = BruteForceWta.Ahuja(new Random(7236), weapons: 4, units: 18, targets: 36);
        var options = new WtaOptions { Deterministic = true, DeterministicTimeLimit = 30 };

        var branchAndBound = new ExactWtaSolver().Solve(instance, options);
        var cpSat = new ExactWtaSolver(ExactMethod.CpSatPatterns).Solve(instance, options);

        Assert.True(branchAndBound.Optimal);
        Assert.True(cpSat.Optimal);
        Assert.Equal(cpSat.Objective, branchAndBound.Objective, 1e-6 * cpSat.Objective);
    }

    [Fact]
    public void Heuristic_IsNeverBelowBruteForce_AndFeasible()
    {
        // A heuristic cannot beat the optimum: an objective below brute force would mean an infeasible or mis-scored assignment.
        var rng = new Random(11);
        var solver = new MaximumMarginalReturnSolver();
        for (int trial = 0; trial < 30; trial++)
        {
            var instance = BruteForceWta.Random(rng, weapons: rng.Next(2, 4), maxUnits: 2, targets: rng.Next(2, 5), alike: false);

            var solution = solver.Solve(instance, WtaOptions.Default);

            Assert.Null(instance.Infeasibility(solution.Counts));
            Assert.True(solution.Objective >= BruteForceWta.Optimum(instance) - 1e-9, $"trial {trial}");
            Assert.False(solution.Optimal);
        }
    }

    [Fact]
    public void Exact_TangentBound_NeverExceedsAFeasibleValueFoundByPatterns()
    {
        // 10 one-unit weapons × 10 targets: the instance on which CP-SAT, with the objective scaled
        // to coefficients near 1e10, once "proved" a value 12 % above a feasible one. The tangent
        // model's bound (however far it gets in its budget) must stay below the pattern model's
        // feasible objective, and the pattern model must beat or equal the heuristic.
        var instance = BruteForceWta.Random(new Random(10), weapons: 10, maxUnits: 1, targets: 10, alike: false);

        var patterns = new ExactWtaSolver(ExactMethod.CpSatPatterns).Solve(instance, Deterministic);
        var tangents = new ExactWtaSolver(ExactMethod.CpSatTangents).Solve(instance, Deterministic with { DeterministicTimeLimit = 0.5 });
        var heuristic = new MaximumMarginalReturnSolver().Solve(instance, WtaOptions.Default);

        Assert.True(patterns.Optimal);
        Assert.True(patterns.Objective <= heuristic.Objective);
        Assert.True(tangents.LowerBound <= patterns.Objective, $"bound {tangents.LowerBound:R} above the feasible {patterns.Objective:R}");
        Assert.True(patterns.LowerBound <= tangents.Objective);
    }

    [Fact]
    public void Exact_WhenTheBudgetEnds_ReturnsAFeasibleUnprovenSolution()
    {
        // 30 weapon types × 40 targets with 2 units each: far more than a 1e-6 s deterministic budget can prove.
        var instance = BruteForceWta.Random(new Random(3), weapons: 30, maxUnits: 2, targets: 40, alike: false);
        var heuristic = new MaximumMarginalReturnSolver().Solve(instance, WtaOptions.Default);

        var solution = new ExactWtaSolver().Solve(instance, new WtaOptions { Deterministic = true, DeterministicTimeLimit = 1e-6 });

        Assert.False(solution.Optimal);
        Assert.Null(instance.Infeasibility(solution.Counts));
        Assert.True(solution.Objective <= heuristic.Objective, "the exact search starts from the heuristic's assignment");
        Assert.True(solution.LowerBound <= solution.Objective);
    }

    [Fact]
    public void Exact_InDeterministicMode_GivesTheSameAssignmentTwice()
    {
        var instance = BruteForceWta.Random(new Random(5), weapons: 4, maxUnits: 3, targets: 6, alike: false);
        var solver = new ExactWtaSolver();

        var first = solver.Solve(instance, Deterministic);
        var second = solver.Solve(instance, Deterministic);

        Assert.Equal(first.Counts.ToArray(), second.Counts.ToArray());
        Assert.Equal(first.Objective, second.Objective);
    }

    [Fact]
    public void Exact_ProvesTheAlikeCaseWithoutSearch_AndMatchesBruteForce()
    {
        var instance = BruteForceWta.Random(new Random(9), weapons: 2, maxUnits: 3, targets: 4, alike: true);

        var solution = new ExactWtaSolver().Solve(instance, Deterministic);

        Assert.True(solution.Optimal);
        Assert.Equal(BruteForceWta.Optimum(instance), solution.Objective, 1e-9);
    }

    [Fact]
    public void Options_RejectANonPositiveTimeLimit()
    {
        var options = new WtaOptions { TimeLimitSeconds = 0 };

        Assert.Throws<ArgumentOutOfRangeException>(() => new MaximumMarginalReturnSolver().Solve(WtaObjectiveTests.TwoByTwo(1), options));
    }
}
