using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Core.Tests.BattleManagement.Assignment;

public sealed class WtaObjectiveTests
{
    /// <summary>
    /// The 2 × 2 example worked by hand: V = (10, 20); p_00 = 0.5, p_01 = 0.2, p_10 = 0.4, p_11 = 0.8.
    /// </summary>
    internal static WtaInstance TwoByTwo(int units) => new([units, units], [10.0, 20.0], [0.5, 0.2, 0.4, 0.8]);

    [Fact]
    public void SurvivingValue_MatchesHandWorkedProducts()
    {
        var instance = TwoByTwo(units: 2);

        // Nothing assigned: 10 + 20 = 30.
        Assert.Equal(30.0, instance.SurvivingValue([0, 0, 0, 0]));
        // Weapon 0 once on target 0, weapon 1 twice on target 1: 10·0.5 + 20·0.2² = 5 + 0.8 = 5.8.
        Assert.Equal(5.8, instance.SurvivingValue([1, 0, 0, 2]), 12);
        // Weapon 0 once and weapon 1 twice on target 1: 10 + 20·0.8·0.2² = 10 + 0.64 = 10.64.
        Assert.Equal(10.64, instance.SurvivingValue([0, 1, 0, 2]), 12);
    }

    [Fact]
    public void CertainKill_LeavesExactlyZero()
    {
        var instance = new WtaInstance([1], [50.0], [1.0]);

        Assert.Equal(0.0, instance.SurvivingValue([1]));
    }

    [Theory]
    [InlineData("heuristic")]
    [InlineData("exact")]
    public void BothSolvers_FindTheHandWorkedOptimum(string solverName)
    {
        // One unit of each weapon. The four ways to use both units (by hand):
        //   w0→t0, w1→t1: 10·0.5 + 20·0.2       = 9      (the optimum)
        //   w0→t1, w1→t0: 10·0.6 + 20·0.8       = 22
        //   both on t0:   10·0.5·0.6 + 20       = 23
        //   both on t1:   10 + 20·0.8·0.2       = 13.2
        // Leaving a unit idle is never better, since every p > 0.
        var instance = TwoByTwo(units: 1);
        IWtaSolver solver = solverName == "exact" ? new ExactWtaSolver() : new MaximumMarginalReturnSolver();

        var solution = solver.Solve(instance, WtaOptions.Default);

        Assert.Equal(9.0, solution.Objective, 12);
        Assert.Equal([new WtaAllocation(0, 0, 1), new WtaAllocation(1, 1, 1)], solution.Allocations);
        Assert.Equal(solverName == "exact", solution.Optimal);
    }

    [Fact]
    public void Solution_RejectsAnAssignmentBeyondAWeaponsUnits()
    {
        var instance = TwoByTwo(units: 1);

        Assert.Throws<ArgumentException>(() => new WtaSolution(instance, [1, 1, 0, 0], optimal: false, 0, 0));
    }

    [Fact]
    public void Solution_RejectsAnAssignmentBeyondATargetsCap()
    {
        var instance = new WtaInstance([1, 1], [10.0, 20.0], [0.5, 0.2, 0.4, 0.8], maxWeaponsPerTarget: [1, 1]);

        Assert.Throws<ArgumentException>(() => new WtaSolution(instance, [1, 0, 1, 0], optimal: false, 0, 0));
    }
}
