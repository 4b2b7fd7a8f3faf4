using Rampart.Core.BattleManagement.Assignment;

namespace Rampart.Core.Tests.BattleManagement.Assignment;

public sealed class WtaInstanceReaderTests
{
    private static WtaInstance Read(string text) => WtaInstanceReader.Read(new StringReader(text), "wta.txt");

    private static WtaFormatException Bad(string text) => Assert.Throws<WtaFormatException>(() => Read(text));

    [Fact]
    public void GoodFile_GivesSizesUnitsValuesAndProbabilities_MissingPairsZero()
    {
        // 2 weapon types × 3 targets, 4 units each; pair (1, 2) is not listed.
        const string text = "2 3 4\n25\n100\n60\n0 0 0.6\n0 1 0.75\n0 2 0.9\n1 0 0.65\n\n1 1 0.8\n";

        var instance = Read(text);

        Assert.Equal(2, instance.WeaponCount);
        Assert.Equal(3, instance.TargetCount);
        Assert.Equal(4, instance.Units(0));
        Assert.Equal(4, instance.Units(1));
        Assert.Equal(8, instance.TotalUnits);
        Assert.Equal([25.0, 100.0, 60.0], Enumerable.Range(0, 3).Select(instance.Value));
        Assert.Equal(0.75, instance.KillProbability(0, 1));
        Assert.Equal(0.8, instance.KillProbability(1, 1));
        Assert.Equal(0.0, instance.KillProbability(1, 2));
        Assert.Equal(int.MaxValue, instance.MaxWeapons(0));
    }

    [Theory]
    // Header: a non-integer count at column 3 ("2 x 4").
    [InlineData("2 x 4\n", 1, 3, "x")]
    // Header: a negative unit count at column 5.
    [InlineData("2 3 -4\n", 1, 5, "-4")]
    // Header: a fourth token at column 7.
    [InlineData("2 3 4 5\n", 1, 7, "5")]
    // A target value that is negative (line 3, the second value).
    [InlineData("1 2 1\n10\n-5\n0 0 0.5\n", 3, 1, "-5")]
    // A target value that is not a number.
    [InlineData("1 2 1\n10\nten\n", 3, 1, "ten")]
    // Two tokens on a value line: the second at column 4.
    [InlineData("1 2 1\n10\n20 30\n", 3, 4, "30")]
    // Weapon index 1 with m = 1 (line 4, column 1).
    [InlineData("1 2 1\n10\n20\n1 0 0.5\n", 4, 1, "1")]
    // Target index 2 with n = 2 (column 3).
    [InlineData("1 2 1\n10\n20\n0 2 0.5\n", 4, 3, "2")]
    // A kill probability above one (column 5).
    [InlineData("1 2 1\n10\n20\n0 1 1.5\n", 4, 5, "1.5")]
    // A fourth token on a pair line (column 9).
    [InlineData("1 2 1\n10\n20\n0 1 0.5 7\n", 4, 9, "7")]
    // A repeated pair: the second (line 5) is the error.
    [InlineData("1 2 1\n10\n20\n0 1 0.5\n0 1 0.6\n", 5, 1, "0 1")]
    public void BadToken_IsLocatedAtItsLineAndColumn(string text, int line, int column, string found)
    {
        var e = Bad(text);

        Assert.Equal("wta.txt", e.FilePath);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Equal(found, e.Found);
        Assert.StartsWith($"wta.txt:{line}:{column}: error: expected ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith($", found '{found}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHeaderToken_IsReportedAtTheEndOfTheLine()
    {
        // "2 3" is three characters long, so the missing third token is at column 4.
        var e = Bad("2 3\n");

        Assert.Equal((1, 4), (e.Line, e.Column));
        Assert.Equal("wta.txt:1:4: error: expected the units of each weapon type mu (a non-negative integer), found the end of the line", e.Message);
    }

    [Fact]
    public void TooFewTargetValues_IsReportedAtTheEndOfTheFile()
    {
        // Three targets announced, two values given on lines 2 and 3: the file ends before line 4.
        var e = Bad("1 3 1\n10\n20\n");

        Assert.Equal((4, 1), (e.Line, e.Column));
        Assert.Contains("the value of target 2", e.Expected, StringComparison.Ordinal);
        Assert.EndsWith("found the end of the file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_IsReportedAtLineOne()
    {
        var e = Bad("");

        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("'m n mu'", e.Expected, StringComparison.Ordinal);
    }
}
