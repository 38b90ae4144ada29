using System.Collections;
using Microsoft.Data.Analysis;

namespace Notebooks.Runtime.Kernel;

/// <summary>DataFrames and record sequences as tables (HTML and aligned text), at most a given number of rows.</summary>
internal static class WorkspaceTables
{
    public static string DataFrameHtml(DataFrame frame, int maxRows)
    {
        var (headers, rows, note) = DataFrameCells(frame, maxRows);
        return HtmlTable.ToHtml(headers, rows, firstColumnIsIndex: true, note);
    }

    public static string DataFrameText(DataFrame frame, int maxRows)
    {
        var (headers, rows, note) = DataFrameCells(frame, maxRows);
        return HtmlTable.ToText(headers, rows, note);
    }

    private static (string[] Headers, List<IReadOnlyList<HtmlTable.Cell>> Rows, string? Note) DataFrameCells(DataFrame frame, int maxRows)
    {
        var headers = frame.Columns.Select(c => c.Name).Prepend("").ToArray();
        var total = frame.Rows.Count;
        var shown = Math.Min(total, Math.Max(0, maxRows));
        var rows = new List<IReadOnlyList<HtmlTable.Cell>>();
        for (long r = 0; r < shown; r++)
        {
            var row = new List<HtmlTable.Cell> { new(r.ToString(System.Globalization.CultureInfo.InvariantCulture), true) };
            foreach (var column in frame.Columns)
            {
                var cell = HtmlTable.ToCell(column[r]);
                row.Add(column[r] is not null && HtmlTable.IsNumericType(column.DataType) ? cell with { Numeric = true } : cell);
            }

            rows.Add(row);
        }

        var note = shown < total ? $"{shown} of {total} rows shown" : $"{total} rows × {frame.Columns.Count} columns";
        return (headers, rows, note);
    }

    public static string RecordsHtml(IEnumerable sequence, Type elementType, int maxRows)
    {
        var properties = HtmlTable.RecordProperties(elementType);
        var rows = new List<IReadOnlyList<HtmlTable.Cell>>();
        var total = 0;
        foreach (var item in sequence)
        {
            total++;
            if (rows.Count >= maxRows)
            {
                continue;
            }

            var row = new List<HtmlTable.Cell>(properties.Count);
            foreach (var property in properties)
            {
                object? value;
                try
                {
                    value = item is null ? null : property.GetValue(item);
                }
                catch (Exception e)
                {
                    value = $"<{(e.InnerException ?? e).GetType().Name}>";
                }

                var cell = HtmlTable.ToCell(value);
                row.Add(value is not null && HtmlTable.IsNumericType(property.PropertyType) ? cell with { Numeric = true } : cell);
            }

            rows.Add(row);
        }

        var note = rows.Count < total ? $"{rows.Count} of {total} rows shown" : null;
        return HtmlTable.ToHtml(properties.Select(p => p.Name).ToArray(), rows, firstColumnIsIndex: false, note);
    }
}
