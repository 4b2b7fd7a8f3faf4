using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Cli.Commands;

/// <summary>
/// <c>rampart wta --instance FILE [--solver heuristic|exact] [--time-limit S] [--format table|json]</c>:
/// solves one static weapon-target assignment instance in the literature's text format.
/// </summary>
internal static class WtaCommand
{
    public const string Usage = "rampart wta --instance FILE [--solver heuristic|exact] [--time-limit S] [--format table|json]";

    public static int Execute(IReadOnlyList<string> args, TextWriter stdout)
    {
        var line = CommandLine.Parse("wta", args, new HashSet<string> { "--instance", "--solver", "--time-limit", "--format" }, new HashSet<string>());
        if (line.Positional.Count > 0)
        {
            throw new UsageException($"rampart wta: unexpected argument '{line.Positional[0]}'; usage: {Usage}");
        }

        string path = line.Get("--instance") ?? throw new UsageException($"rampart wta: expected --instance FILE, found nothing; usage: {Usage}");
        string solverName = line.GetChoice("--solver", "heuristic", "heuristic", "exact");
        string format = line.GetChoice("--format", "table", "table", "json");
        double timeLimit = TimeLimit(line);

        WtaInstance instance;
        using (var reader = File.OpenText(path))
        {
            try
            {
                instance = WtaInstanceReader.Read(reader, path);
            }
            catch (WtaFormatException e)
            {
                // Bad input, reported like any other: one line with file, line and column, exit 2.
                throw new UsageException(e.Message, e);
            }
        }

        IWtaSolver solver = solverName == "exact" ? new ExactWtaSolver() : new MaximumMarginalReturnSolver();
        // A standalone run may read the wall clock: the stopwatch gives the seconds reported and bounds the search.
        var options = new WtaOptions { TimeLimitSeconds = timeLimit, Stopwatch = Stopwatch.StartNew() };
        var solution = solver.Solve(instance, options);

        if (format == "json")
        {
            WriteJson(stdout, solution);
        }
        else
        {
            WriteTable(stdout, path, solver.Name, instance, solution);
        }

        return 0;
    }

    private static double TimeLimit(CommandLine line)
    {
        string? text = line.Get("--time-limit");
        if (text is null)
        {
            return WtaOptions.Default.TimeLimitSeconds;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s > 0 && double.IsFinite(s)
            ? s
            : throw new UsageException($"rampart wta: option --time-limit expects a positive number of seconds, found '{text}'");
    }

    /// <summary>Exactly the keys objective, assignment, seconds, optimal; doubles in shortest round-trip form.</summary>
    private static void WriteJson(TextWriter stdout, WtaSolution solution)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("objective", solution.Objective);
            json.WriteStartArray("assignment");
            foreach (var a in solution.Allocations)
            {
                json.WriteStartArray();
                json.WriteNumberValue(a.Weapon);
                json.WriteNumberValue(a.Target);
                json.WriteNumberValue(a.Count);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteNumber("seconds", solution.Seconds);
            json.WriteBoolean("optimal", solution.Optimal);
            json.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteTable(TextWriter stdout, string path, string solverName, WtaInstance instance, WtaSolution solution)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"{path}: {instance.WeaponCount} weapon(s) × {instance.TargetCount} target(s), {instance.TotalUnits} unit(s), total value {instance.TotalValue:R}"));
        stdout.WriteLine(string.Create(c, $"solver      {solverName}"));
        stdout.WriteLine(string.Create(c, $"objective   {solution.Objective:R}   (expected surviving value)"));
        stdout.WriteLine(string.Create(c, $"optimal     {(solution.Optimal ? "yes (proven)" : "not proven")}"));
        if (solverName == "exact")
        {
            stdout.WriteLine(string.Create(c, $"bound       {solution.LowerBound:R}   (proven lower bound)"));
        }

        stdout.WriteLine(string.Create(c, $"seconds     {solution.Seconds:0.000000}"));
        stdout.WriteLine();
        stdout.WriteLine("weapon  target  count  kill p  target value");
        foreach (var a in solution.Allocations)
        {
            stdout.WriteLine(string.Create(c, $"{a.Weapon,6}  {a.Target,6}  {a.Count,5}  {instance.KillProbability(a.Weapon, a.Target),6:0.####}  {instance.Value(a.Target),12:R}"));
        }
    }
}
