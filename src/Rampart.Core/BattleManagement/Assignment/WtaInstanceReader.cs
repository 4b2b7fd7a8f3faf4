using System.Globalization;

namespace Rampart.Core.BattleManagement.Assignment;

/// <summary>
/// Reads the plain-text weapon-target assignment format of the literature's benchmark instances
/// (Andersen, Pavlikov &amp; Toffolo, Ann. Oper. Res. 312, 2022): a first line <c>m n mu</c>
/// (weapon types, targets, units of each type); then n lines, each with one target's value; then
/// lines <c>i j p</c> (0-based weapon type, 0-based target, single-shot kill probability). Pairs
/// not listed have p = 0. Tokens are separated by spaces or tabs; blank lines are skipped.
/// </summary>
/// <remarks>
/// Lenient where harmless: a target value may have a fraction (the published files hold
/// integers). Strict where a mistake would change the problem: a repeated pair, an index out of
/// range, a probability outside [0, 1] and any extra token are errors.
/// </remarks>
public static class WtaInstanceReader
{
    /// <summary>Reads an instance from <paramref name="reader"/>.</summary>
    /// <param name="reader">The file's text.</param>
    /// <param name="path">The file as the caller named it, for messages.</param>
    /// <exception cref="WtaFormatException">The text is not a valid instance; the message names line and column.</exception>
    public static WtaInstance Read(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        var lines = new LineCursor(reader, path);

        var header = lines.NextTokens("the header 'm n mu' (weapon types, targets, units per type)");
        int m = header.Int(0, "the number of weapon types m (a non-negative integer)");
        int n = header.Int(1, "the number of targets n (a non-negative integer)");
        int mu = header.Int(2, "the units of each weapon type mu (a non-negative integer)");
        header.End(3);
        if ((long)m * n > 50_000_000)
        {
            throw new WtaFormatException(path, header.LineNumber, header.Columns[0], "at most 50,000,000 weapon-target pairs", string.Create(CultureInfo.InvariantCulture, $"{m} × {n}"), foundIsText: false);
        }

        var values = new double[n];
        for (int j = 0; j < n; j++)
        {
            var row = lines.NextTokens(string.Create(CultureInfo.InvariantCulture, $"the value of target {j} ({n} target values follow the header)"));
            values[j] = row.Double(0, "a non-negative target value", 0, double.MaxValue);
            row.End(1);
        }

        var p = new double[m * n];
        var givenOn = new int[m * n];
        while (lines.TryNextTokens(out var row))
        {
            int i = row.Int(0, string.Create(CultureInfo.InvariantCulture, $"a weapon type index in 0..{m - 1}"), m - 1);
            int j = row.Int(1, string.Create(CultureInfo.InvariantCulture, $"a target index in 0..{n - 1}"), n - 1);
            double pij = row.Double(2, "a kill probability in [0, 1]", 0, 1);
            row.End(3);
            int k = (i * n) + j;
            if (givenOn[k] != 0)
            {
                throw new WtaFormatException(path, row.LineNumber, row.Columns[0],
                    string.Create(CultureInfo.InvariantCulture, $"each pair once (weapon {i}, target {j} was given on line {givenOn[k]})"),
                    row.Text(0) + " " + row.Text(1));
            }

            givenOn[k] = row.LineNumber;
            p[k] = pij;
        }

        return new WtaInstance(Enumerable.Repeat(mu, m).ToArray(), values, p);
    }

    /// <summary>Non-blank lines of the file, split into tokens with their columns.</summary>
    private sealed class LineCursor(TextReader reader, string path)
    {
        private int _lineNumber;

        public TokenLine NextTokens(string expected)
        {
            return TryNextTokens(out var line)
                ? line
                : throw new WtaFormatException(path, _lineNumber + 1, 1, expected, "the end of the file", foundIsText: false);
        }

        public bool TryNextTokens(out TokenLine line)
        {
            while (reader.ReadLine() is { } text)
            {
                _lineNumber++;
                var tokens = new List<string>();
                var columns = new List<int>();
                int c = 0;
                while (c < text.Length)
                {
                    while (c < text.Length && char.IsWhiteSpace(text[c]))
                    {
                        c++;
                    }

                    int start = c;
                    while (c < text.Length && !char.IsWhiteSpace(text[c]))
                    {
                        c++;
                    }

                    if (c > start)
                    {
                        tokens.Add(text[start..c]);
                        columns.Add(start + 1);
                    }
                }

                if (tokens.Count > 0)
                {
                    line = new TokenLine(path, _lineNumber, text.TrimEnd().Length + 1, tokens, columns);
                    return true;
                }
            }

            line = null!;
            return false;
        }
    }

    /// <summary>One line's tokens; each accessor throws a located <see cref="WtaFormatException"/>.</summary>
    private sealed class TokenLine(string path, int lineNumber, int endColumn, List<string> tokens, List<int> columns)
    {
        public int LineNumber => lineNumber;

        public List<int> Columns => columns;

        public string Text(int index) => tokens[index];

        public int Int(int index, string expected, int max = int.MaxValue)
        {
            Require(index, expected);
            return int.TryParse(tokens[index], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v <= max
                ? v
                : throw new WtaFormatException(path, lineNumber, columns[index], expected, tokens[index]);
        }

        public double Double(int index, string expected, double min, double max)
        {
            Require(index, expected);
            return double.TryParse(tokens[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= min && v <= max
                ? v
                : throw new WtaFormatException(path, lineNumber, columns[index], expected, tokens[index]);
        }

        public void End(int count)
        {
            if (tokens.Count > count)
            {
                throw new WtaFormatException(path, lineNumber, columns[count], "the end of the line", tokens[count]);
            }
        }

        private void Require(int index, string expected)
        {
            if (index >= tokens.Count)
            {
                throw new WtaFormatException(path, lineNumber, endColumn, expected, "the end of the line", foundIsText: false);
            }
        }
    }
}
