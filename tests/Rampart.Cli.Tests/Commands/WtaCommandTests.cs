using System.Text.Json;

namespace Rampart.Cli.Tests.Commands;

public sealed class WtaCommandTests : IDisposable
{
    // The hand-worked 2 × 2 example (Rampart.Core.Tests WtaObjectiveTests): V = (10, 20),
    // p_00 = 0.5, p_01 = 0.2, p_10 = 0.4, p_11 = 0.8, one unit of each weapon. The optimum,
    // w0 → t0 and w1 → t1, leaves 10·0.5 + 20·0.2 = 9.
    private const string TwoByTwo = "2 2 1\n10\n20\n0 0 0.5\n0 1 0.2\n1 0 0.4\n1 1 0.8\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("exact")]
    [InlineData("heuristic")]
    public void Json_HasExactlyTheFourKeys_WithTheHandWorkedOptimum(string solver)
    {
        string path = _dir.Write("two.txt", TwoByTwo);

        var run = CliRun.Of("wta", "--instance", path, "--solver", solver, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["objective", "assignment", "seconds", "optimal"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(9.0, root.GetProperty("objective").GetDouble(), 12);
        Assert.Equal("[[0,0,1],[1,1,1]]", root.GetProperty("assignment").GetRawText());
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal(solver == "exact", root.GetProperty("optimal").GetBoolean());
    }

    [Fact]
    public void Table_IsTheDefault_AndNamesObjectiveAndAssignment()
    {
        string path = _dir.Write("two.txt", TwoByTwo);

        var run = CliRun.Of("wta", "--instance", path, "--solver", "exact");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("objective   9", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("optimal     yes (proven)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("weapon  target  count", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedInstance_ExitsTwo_WithFileLineAndColumn()
    {
        // Line 5 is "0 1 1.2": the probability starts at column 5.
        string path = _dir.Write("bad.txt", TwoByTwo.Replace("0 1 0.2", "0 1 1.2", StringComparison.Ordinal));

        string message = CliRun.Of("wta", "--instance", path).AssertBadInput();

        Assert.StartsWith(path + ":5:5: error: expected a kill probability in [0, 1], found '1.2'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--solver", "magic", "'magic'")]
    [InlineData("--time-limit", "-1", "'-1'")]
    [InlineData("--format", "xml", "'xml'")]
    public void BadOption_ExitsTwo_NamingTheValue(string option, string value, string shown)
    {
        string path = _dir.Write("two.txt", TwoByTwo);

        string message = CliRun.Of("wta", "--instance", path, option, value).AssertBadInput();

        Assert.Contains(option, message, StringComparison.Ordinal);
        Assert.Contains(shown, message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingInstance_ExitsTwo()
    {
        string message = CliRun.Of("wta").AssertBadInput();

        Assert.Contains("--instance", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsentFile_ExitsTwo()
    {
        CliRun.Of("wta", "--instance", _dir.PathOf("none.txt")).AssertBadInput();
    }
}
