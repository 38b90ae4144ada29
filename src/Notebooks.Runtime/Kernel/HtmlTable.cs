using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Notebooks.Runtime.Kernel;

/// <summary>Renders rows of cells as an HTML table (numbers right-aligned) or as aligned plain text (CJK-aware).</summary>
internal static partial class HtmlTable
{
    public const string Style =
        "border-collapse:collapse;font-variant-numeric:tabular-nums;font-family:system-ui,'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;font-size:13px";

    /// <summary>A cell: its text, and whether it is a number (right-aligned).</summary>
    public readonly record struct Cell(string Text, bool Numeric);

    public static Cell ToCell(object? value)
    {
        switch (value)
        {
            case null:
                return new Cell("", false);
            case string s:
                return new Cell(s, LooksNumeric(s));
            case bool b:
                return new Cell(b ? "true" : "false", false);
            case float f:
                return new Cell(f.ToString("G7", CultureInfo.InvariantCulture), true);
            case double d:
                return new Cell(d.ToString("G15", CultureInfo.InvariantCulture), true);
            case DateTime dt:
                return new Cell(dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), false);
            case DateOnly d:
                return new Cell(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), false);
            case IFormattable formattable when IsNumericType(value.GetType()):
                return new Cell(formattable.ToString(null, CultureInfo.InvariantCulture), true);
            case IFormattable formattable:
                var text = formattable.ToString(null, CultureInfo.InvariantCulture);
                return new Cell(text, LooksNumeric(text));
            default:
                var other = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                return new Cell(other, LooksNumeric(other));
        }
    }

    public static bool IsNumericType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort)
               || type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong)
               || type == typeof(float) || type == typeof(double) || type == typeof(decimal) || type == typeof(Half)
               || type == typeof(System.Numerics.BigInteger) || type == typeof(Int128) || type == typeof(UInt128);
    }

    /// <summary>"1,234.5", "-3.2%", "12.5 億元", "+8.1 萬輛": a number optionally followed by a short unit.</summary>
    public static bool LooksNumeric(string text) => NumericPattern().IsMatch(text);

    [GeneratedRegex(@"^\s*[-+−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?\s*(%|‰|[^\s\d]{1,6})?\s*$")]
    private static partial Regex NumericPattern();

    public static string ToHtml(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<Cell>> rows, bool firstColumnIsIndex, string? footnote)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"nr-table\" style=\"").Append(Style).Append("\"><thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            html.Append("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">")
                .Append(WebUtility.HtmlEncode(headers[i])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var index = firstColumnIsIndex && i == 0;
                html.Append(cell.Numeric ? "<td align=\"right\" style=\"text-align:right;" : "<td style=\"text-align:left;")
                    .Append(index ? "color:#777;" : "")
                    .Append("padding:2px 8px;border-bottom:1px solid #eee\">")
                    .Append(WebUtility.HtmlEncode(cell.Text)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (footnote is not null)
        {
            html.Append("<p class=\"nr-table-note\" style=\"color:#777;font-size:12px;margin:2px 0\">")
                .Append(WebUtility.HtmlEncode(footnote)).Append("</p>");
        }

        return html.ToString();
    }

    public static string ToText(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<Cell>> rows, string? footnote)
    {
        var widths = new int[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            widths[c] = TextWidth.Of(headers[c]);
            foreach (var row in rows)
            {
                if (c < row.Count)
                {
                    widths[c] = Math.Max(widths[c], TextWidth.Of(row[c].Text));
                }
            }
        }

        var text = new StringBuilder();
        text.AppendJoin("  ", headers.Select((h, c) => TextWidth.PadRight(h, widths[c]))).TrimEndSpaces().Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin("  ", row.Select((cell, c) => cell.Numeric ? TextWidth.PadLeft(cell.Text, widths[c]) : TextWidth.PadRight(cell.Text, widths[c])))
                .TrimEndSpaces().Append('\n');
        }

        if (footnote is not null)
        {
            text.Append(footnote).Append('\n');
        }

        return text.ToString();
    }

    private static StringBuilder TrimEndSpaces(this StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] == ' ')
        {
            builder.Length--;
        }

        return builder;
    }

    /// <summary>The element type of a sequence if it is a class or record that should become one row per element.</summary>
    public static Type? RecordElementType(Type sequenceType)
    {
        if (sequenceType == typeof(string) || typeof(IDictionary).IsAssignableFrom(sequenceType))
        {
            return null;
        }

        var element = sequenceType.IsArray
            ? sequenceType.GetElementType()
            : sequenceType.GetInterfaces().Append(sequenceType)
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .Select(i => i.GetGenericArguments()[0])
                .FirstOrDefault();
        if (element is null || element == typeof(string) || element == typeof(object) || !element.IsClass
            || typeof(IEnumerable).IsAssignableFrom(element) || element.IsAbstract && element.IsSealed)
        {
            return null;
        }

        return RecordProperties(element).Count > 0 ? element : null;
    }

    public static IReadOnlyList<PropertyInfo> RecordProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .OrderBy(p => DeclarationDepth(p.DeclaringType!, type))
            .ThenBy(p => p.MetadataToken)
            .ToArray();

    private static int DeclarationDepth(Type declaring, Type type)
    {
        var depth = 0;
        for (var t = type; t is not null && t != declaring; t = t.BaseType)
        {
            depth++;
        }

        return -depth;
    }
}
