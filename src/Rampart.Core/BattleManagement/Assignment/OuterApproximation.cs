using System.Globalization;
using Google.OrTools.Sat;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// One run of the exact solver's outer-approximation cut loop: the CP-SAT master model and the
/// bounds (the method is described on <see cref="ExactWtaSolver"/>).
/// </summary>
internal sealed class OuterApproximation
{
    private const double LogFloor = -50;
    private const int MaxRounds = 1000;

    private readonly WtaInstance _instance;
    private readonly WtaOptions _options;
    private readonly CpSatBudget _budget;
    private readonly int _m;
    private readonly int _n;
    private readonly double[] _a; // ln(1 − p_ij), floored
    private readonly IntVar?[] _x;
    private readonly long[] _bound; // upper bound of each x_ij (0: no variable)
    private readonly IntVar?[] _s;
    private readonly List<double>[] _tangents;
    private readonly CpModel _model = new();
    private readonly double _constant; // value of targets no weapon can engage
    private readonly int _activeTargets;
    private readonly double _scale;
    private double _upper;

    public OuterApproximation(WtaInstance instance, WtaOptions options, CpSatBudget budget, int[] incumbent, double upper)
    {
        _budget = budget;
        _instance = instance;
        _options = options;
        _m = instance.WeaponCount;
        _n = instance.TargetCount;
        Incumbent = incumbent;
        _upper = upper;
        _a = new double[_m * _n];
        _x = new IntVar?[_m * _n];
        _s = new IntVar?[_n];
        _tangents = new List<double>[_n];

        var bound = _bound = new long[_m * _n];
        var reach = new long[_n];
        for (int i = 0; i < _m; i++)
        {
            for (int j = 0; j < _n; j++)
            {
                int k = (i * _n) + j;
                double p = instance.KillProbability(i, j);
                _a[k] = Math.Max(Math.Log(1 - p), LogFloor);
                bound[k] = p > 0 && instance.Value(j) > 0 ? Math.Min(instance.Units(i), instance.MaxWeapons(j)) : 0;
                reach[j] += bound[k];
            }
        }

        double activeValue = 0, worstRow = 0;
        for (int j = 0; j < _n; j++)
        {
            reach[j] = Math.Min(reach[j], instance.MaxWeapons(j));
            if (reach[j] == 0)
            {
                _constant += instance.Value(j);
                continue;
            }

            _activeTargets++;
            activeValue += instance.Value(j);
            double steepest = 0;
            for (int i = 0; i < _m; i++)
            {
                steepest = Math.Min(steepest, _a[(i * _n) + j]);
            }

            worstRow = Math.Max(worstRow, instance.Value(j) * (1 + (-steepest * reach[j])));
        }

        // Scale: rounding may lose (2·targets + units) scaled units; make that a quarter of the tolerance.
        double slack = (2.0 * _activeTargets) + instance.TotalUnits + 1;
        double wanted = options.RelativeGap > 0 && upper > 0 ? 4 * slack / (options.RelativeGap * upper) : double.MaxValue;
        double cap = CpSatBudget.MaxScale(activeValue, worstRow);
        _scale = Math.Min(wanted, cap);
    
        for (int i = 0; i < _m; i++)
        {
            for (int j = 0; j < _n; j++)
            {
                int k = (i * _n) + j;
                if (bound[k] > 0 && reach[j] > 0)
                {
                    _x[k] = _model.NewIntVar(0, bound[k], string.Create(CultureInfo.InvariantCulture, $"x{i}_{j}"));
                }
            }
        }

        for (int i = 0; i < _m; i++)
        {
            AddAtMost(Enumerable.Range(0, _n).Select(j => (i * _n) + j), instance.Units(i));
        }

        for (int j = 0; j < _n; j++)
        {
            AddAtMost(Enumerable.Range(0, _m).Select(i => (i * _n) + j), instance.MaxWeapons(j));
            _tangents[j] = [];
            if (reach[j] > 0)
            {
                _s[j] = _model.NewIntVar(0, (long)Math.Ceiling(_scale * instance.Value(j)), string.Create(CultureInfo.InvariantCulture, $"s{j}"));
            }
        }

        _model.Minimize(LinearExpr.Sum(_s.Where(v => v is not null).Select(v => (LinearExpr)v!)));

        // Seed cuts: no shot at all, and around the heuristic's survival of each target
        // (one best shot more or fewer), where the optimum usually lies.
        for (int j = 0; j < _n; j++)
        {
            if (_s[j] is null)
            {
                continue;
            }

            double t = LogSurvival(incumbent, j), step = 0;
            for (int i = 0; i < _m; i++)
            {
                step = Math.Min(step, _a[(i * _n) + j]);
            }

            AddTangent(j, 0);
            AddTangent(j, t);
            AddTangent(j, t + step);
            AddTangent(j, Math.Min(0, t - step));
        }
    }

    public int[] Incumbent { get; private set; }

    /// <summary>The best proven lower bound on the optimal objective.</summary>
    public double Lower { get; private set; }

    public bool Proven { get; private set; }

    public void Run()
    {
        for (int round = 0; round < MaxRounds && !Proven; round++)
        {
            _model.ClearHints();
            for (int k = 0; k < _x.Length; k++)
            {
                if (_x[k] is { } v)
                {
                    _model.AddHint(v, Incumbent[k]);
                }
            }

            if (_budget.Solve(_model) is not { } result)
            {
                return; // budget spent
            }

            var (solver, status) = result;
            using var disposeSolver = solver;
            if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            {
                return; // Unknown: the budget ended before any solution
            }

            var x = new int[_m * _n];
            for (int k = 0; k < _x.Length; k++)
            {
                if (_x[k] is { } v)
                {
                    x[k] = checked((int)solver.Value(v));
                }
            }

            double value = _instance.SurvivingValue(x);
            if (value < _upper)
            {
                _upper = value;
                Incumbent = x;
            }

            // The master's bound, less the rounding of s_j to whole scaled units.
            double bound = _constant + ((solver.BestObjectiveBound - _activeTargets) / _scale);
            double tolerance = (_options.RelativeGap * _upper) + (1e-12 * _instance.TotalValue);
            if (bound > _upper + tolerance)
            {
                return; // a bound above a feasible value: CP-SAT's arithmetic failed; prove nothing
            }

            Lower = Math.Max(Lower, bound);
            if (_upper - Lower <= tolerance)
            {
                Proven = true;
                return;
            }

            if (status != CpSolverStatus.Optimal)
            {
                return; // budget ended inside this round
            }

            int added = 0;
            for (int j = 0; j < _n; j++)
            {
                if (_s[j] is not null && AddTangent(j, LogSurvival(x, j)))
                {
                    added++;
                }
            }

            if (added == 0)
            {
                return; // nothing left to refine: the scaling cannot reach the tolerance
            }
        }
    }

    private double LogSurvival(int[] x, int j)
    {
        double y = 0;
        for (int i = 0; i < _m; i++)
        {
            y += x[(i * _n) + j] * _a[(i * _n) + j];
        }

        return y;
    }

    /// <summary>Adds S·V_j·e^t·(1 + y_j − t) ≤ s_j, rounded down; false when it adds nothing new.</summary>
    private bool AddTangent(int j, double t)
    {
        double w = _scale * _instance.Value(j) * Math.Exp(t);
        if (w < 0.5 || _tangents[j].Exists(u => Math.Abs(u - t) <= 1e-12))
        {
            return false; // below one scaled unit, s_j ≥ 0 is as good; or already there
        }

        _tangents[j].Add(t);
        var terms = new List<LinearExpr> { _s[j]! };
        for (int i = 0; i < _m; i++)
        {
            int k = (i * _n) + j;
            if (_x[k] is { } v)
            {
                long c = (long)Math.Floor(w * _a[k]);
                if (c != 0)
                {
                    terms.Add(LinearExpr.Term(v, -c));
                }
            }
        }

        _model.Add(LinearExpr.Sum(terms) >= (long)Math.Floor(w * (1 - t)));
        return true;
    }

    private void AddAtMost(IEnumerable<int> cells, long most)
    {
        var vars = cells.Where(k => _x[k] is not null).ToList();
        long reachable = vars.Sum(k => _bound[k]);
        if (vars.Count > 0 && reachable > most)
        {
            _model.AddLinearConstraint(LinearExpr.Sum(vars.Select(k => (LinearExpr)_x[k]!)), 0, most);
        }
    }
}
