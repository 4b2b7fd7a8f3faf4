using System.Globalization;

namespace Rampart.Core.Tracking.Files;

/// <summary>
/// A minimal reader of the tracker's plain CSV files: a fixed header row, then one record per
/// line of comma-separated fields (no quoting: the files hold numbers and identifiers only).
/// Blank lines are skipped. Every error names the file, line and column.
/// </summary>
internal sealed class CsvTable
{
    private readonly TextReader _reader;
    private readonly string _path;
    private string[] _columns;
    private int[] _starts;
    private string _line = "";

    private CsvTable(TextReader reader, string path, string[] columns)
    {
        _reader = reader;
        _path = path;
        _columns = columns;
        _starts = new int[columns.Length];
    }

    /// <summary>1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The number of columns of the header row (and of every record).</summary>
    public int ColumnCount => _columns.Length;

    /// <summary>Opens the table and checks its header against <paramref name="columns"/>.</summary>
    public static CsvTable Open(TextReader reader, string path, params string[] columns) => Open(reader, path, columns, columns.Length);

    /// <summary>
    /// Opens the table and checks its header against <paramref name="columns"/>, of which the
    /// last ones (after the first <paramref name="required"/>) may be left out of the header
    /// row — and then out of every record.
    /// </summary>
    public static CsvTable Open(TextReader reader, string path, string[] columns, int required)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var table = new CsvTable(reader, path, columns);
        string expectedHeader = string.Join(',', columns);
        string? header = reader.ReadLine();
        table.LineNumber = 1;
        if (header is null)
        {
            throw new TrackFileException(path, 1, 1, $"the header row '{expectedHeader}'", "an empty file", foundIsText: false);
        }

        string[] names = header.Split(',');
        if (names.Length >= required && names.Length < columns.Length)
        {
            columns = columns[..names.Length];
            table._columns = columns;
            table._starts = new int[columns.Length];
            expectedHeader = string.Join(',', columns);
        }

        int column = 1;
        for (int k = 0; k < Math.Max(names.Length, columns.Length); k++)
        {
            string name = k < names.Length ? names[k].Trim().TrimStart('\uFEFF') : "";
            if (k >= columns.Length || !string.Equals(name, columns[k], StringComparison.Ordinal))
            {
                string what = k < columns.Length ? $"column {k + 1} of the header row '{expectedHeader}' to be '{columns[k]}'" : $"only the {columns.Length} columns of the header row '{expectedHeader}'";
                throw k < names.Length
                    ? new TrackFileException(path, 1, column, what, names[k])
                    : new TrackFileException(path, 1, header.Length + 1, what, "the end of the line", foundIsText: false);
            }

            column += names[k].Length + 1;
        }

        return table;
    }

    /// <summary>Moves to the next non-blank record; false at the end of the file. Checks its field count.</summary>
    public bool Next()
    {
        while (true)
        {
            string? line = _reader.ReadLine();
            if (line is null)
            {
                return false;
            }

            LineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            _line = line;
            int field = 0, start = 0;
            for (int i = 0; i <= line.Length; i++)
            {
                if (i == line.Length || line[i] == ',')
                {
                    if (field >= _columns.Length)
                    {
                        throw new TrackFileException(_path, LineNumber, start + 1, $"{_columns.Length} fields ({string.Join(',', _columns)})", line[start..]);
                    }

                    _starts[field++] = start;
                    start = i + 1;
                }
            }

            if (field < _columns.Length)
            {
                throw new TrackFileException(_path, LineNumber, line.Length + 1, $"{_columns.Length} fields ({string.Join(',', _columns)}): field '{_columns[field]}'", "the end of the line", foundIsText: false);
            }

            return true;
        }
    }

    /// <summary>The text of field <paramref name="k"/> of the current record, trimmed.</summary>
    public string Text(int k)
    {
        int end = k + 1 < _columns.Length ? _starts[k + 1] - 1 : _line.Length;
        return _line[_starts[k]..end].Trim();
    }

    /// <summary>Field <paramref name="k"/> as a finite number; <paramref name="meaning"/> describes it in an error.</summary>
    public double Number(int k, string meaning)
    {
        string text = Text(k);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw Error(k, $"a finite number ({_columns[k]}, {meaning})", text);
    }

    /// <summary>An error at field <paramref name="k"/> of the current record.</summary>
    public TrackFileException Error(int k, string expected, string found) =>
        new(_path, LineNumber, _starts[k] + 1, expected, found);
}
