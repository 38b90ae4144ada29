using nietras.SeparatedValues;

namespace Guangzhou.Analysis.Data;

/// <summary>
/// Reads one CSV file with a fixed set of columns and hands out rows that report their own file, line and column
/// on any problem. Parsing is Sep's (RFC 4180: BOM, CRLF, quoted separators); this class only adds the checks.
/// </summary>
internal static class CsvTable
{
    public static IReadOnlyList<CsvRow> Read(string path, string displayName, IReadOnlyList<string> columns)
    {
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"{displayName}: file not found (expected at {path}).", path);

        using var reader = Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, HasHeader = true })
            .FromFile(path);
        var header = reader.Header.ColNames;
        for (var i = 0; i < columns.Count; i++)
        {
            if (i >= header.Count || header[i] != columns[i])
                throw new DataFormatException(displayName, 1, i + 1, i < header.Count ? header[i] : "(missing)",
                    $"header must be '{string.Join(",", columns)}'; column {i + 1} should be '{columns[i]}'.");
        }
        if (header.Count != columns.Count)
            throw new DataFormatException(displayName, 1, columns.Count + 1, header[columns.Count],
                $"header has {header.Count} columns; expected {columns.Count}: '{string.Join(",", columns)}'.");

        var rows = new List<CsvRow>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace()) continue; // a trailing blank line is not a record
            if (row.ColCount != columns.Count)
                throw new DataFormatException(displayName, line, 0, "(row)",
                    $"wrong column count: found {row.ColCount}, expected {columns.Count}. Quote values that contain commas.");
            var values = new string[columns.Count];
            for (var i = 0; i < values.Length; i++) values[i] = row[i].ToString();
            rows.Add(new CsvRow(displayName, line, columns, values));
        }
        return rows;
    }
}

/// <summary>One record of a CSV file; every accessor throws <see cref="DataFormatException"/> naming the cell.</summary>
internal sealed class CsvRow(string file, int line, IReadOnlyList<string> columns, string[] values)
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public SourceLocation Location => new(File, Line);

    private int IndexOf(string column)
    {
        for (var i = 0; i < columns.Count; i++) if (columns[i] == column) return i;
        throw new ArgumentException($"No column '{column}'.", nameof(column));
    }

    public DataFormatException Error(string column, string problem) =>
        new(File, Line, IndexOf(column) + 1, column, problem);

    public string Optional(string column) => values[IndexOf(column)].Trim();

    public string Required(string column)
    {
        var v = Optional(column);
        return v.Length == 0 ? throw Error(column, "missing value.") : v;
    }

    public decimal Number(string column)
    {
        var raw = Required(column);
        return decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Error(column, $"'{raw}' is not a number (write digits with a '.' decimal point, no thousands separators or units).");
    }

    public Unit Unit(string column)
    {
        var raw = Required(column);
        return UnitSymbols.TryParse(raw, out var u)
            ? u
            : throw Error(column, $"unknown unit '{raw}'; known units: {string.Join(" ", UnitSymbols.All)}.");
    }

    public Period Period(string column)
    {
        var raw = Required(column);
        return Data.Period.TryParse(raw, out var p)
            ? p
            : throw Error(column, $"'{raw}' is not a period (expected 2024, 2024Q1-Q3, 2024Q2, 2024M01-M11, 2024M11 or 2021-2025).");
    }

    public TEnum Enum<TEnum>(string column, IReadOnlyDictionary<string, TEnum> names)
    {
        var raw = Required(column);
        return names.TryGetValue(raw, out var v)
            ? v
            : throw Error(column, $"unknown value '{raw}'; expected one of: {string.Join(", ", names.Keys)}.");
    }
}
