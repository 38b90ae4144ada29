using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>
/// The text alternative of a figure, built from the values it draws: the chart type, its finding (the title, itself
/// computed from the data), what it measures (the subtitle) and the values a reader needs to check the finding. Lines give
/// each emphasised line's first and last point; every other type lists its values, as the data table under it does in full.
/// </summary>
public static class AltText
{
    public static string Describe(Drawing drawing, FigureText text, Language l)
    {
        var stop = T(l, "。", ". ");
        var head = string.Concat(KindName(drawing.Kind, l), stop, Sentence(text.Title), stop, Sentence(text.Subtitle), stop);
        return (head + Values(drawing, l)).Trim();
    }

    private static string KindName(ChartKind kind, Language l) => kind switch
    {
        ChartKind.Lines => T(l, "折線圖", "Line chart"),
        ChartKind.RankedBars => T(l, "由大至小排列的橫條圖", "Bar chart, largest first"),
        ChartKind.GroupedBars => T(l, "分組柱狀圖", "Grouped bar chart"),
        ChartKind.Bridge => T(l, "瀑布圖", "Waterfall chart"),
        ChartKind.StackedBars => T(l, "堆疊柱狀圖", "Stacked bar chart"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    // A title or subtitle already ending in a stop keeps it; an empty one adds nothing.
    private static string Sentence(string s) => s.TrimEnd('.', '。', ' ');

    private static string Values(Drawing drawing, Language l)
    {
        var (kind, data) = (drawing.Kind, drawing.Data);
        string V(decimal? v) => v is { } x ? data.Unit.Format(x) : T(l, "無數據", "no figure");
        var (sep, listSep, end) = (T(l, "；", "; "), T(l, "、", ", "), T(l, "。", "."));
        switch (kind)
        {
            case ChartKind.Lines:
            {
                var lines = data.Values.GroupBy(v => v.Series).Where(g => g.Any(v => v.Value is not null)).ToArray();
                var emphasised = drawing.Emphasised ?? [];
                var read = emphasised.Count == 0 ? lines : lines.Where(g => emphasised.Contains(g.Key)).ToArray();
                var others = lines.Except(read).Select(g => g.Key).ToArray();
                var clauses = read.Select(g =>
                {
                    var (first, last) = (g.First(), g.Last());
                    return first == last
                        ? T(l, $"{g.Key}：{first.Category}年{V(first.Value)}", $"{g.Key}: {V(first.Value)} in {first.Category}")
                        : T(l, $"{g.Key}：{first.Category}年{V(first.Value)}，{last.Category}年{V(last.Value)}",
                               $"{g.Key}: {V(first.Value)} in {first.Category}, {V(last.Value)} in {last.Category}");
                }).ToList();
                if (others.Length > 0)
                    clauses.Add(T(l, $"另有{List(l, others)}的數據（見數據表）", $"also drawn: {List(l, others)} (see the data table)"));
                return clauses.Count == 0 ? "" : string.Join(sep, clauses) + end;
            }
            case ChartKind.RankedBars:
                return data.Values.Count == 0 ? "" : string.Join(listSep, data.Values.Select(v => T(l, $"{v.Category}{V(v.Value)}", $"{v.Category} {V(v.Value)}"))) + end;
            case ChartKind.Bridge:
                // Changes carry their sign (+ received, − paid up); levels and totals do not.
                return data.Values.Count == 0 ? "" : string.Join(listSep, data.Values.Select(v =>
                {
                    var value = v.Series == "change" && v.Value > 0 ? "+" + V(v.Value) : V(v.Value);
                    return T(l, $"{v.Category}：{value}", $"{v.Category}: {value}");
                })) + end;
            default:
            {
                // Grouped and stacked bars: one clause per series, its values by category; a stacked part that is zero is not drawn, so not read.
                var groups = data.Values.Where(v => kind != ChartKind.StackedBars || v.Value is not (null or 0m)).GroupBy(v => v.Series).ToArray();
                return groups.Length == 0 ? "" : string.Join(sep, groups.Select(g =>
                    T(l, $"{g.Key}：", $"{g.Key}: ") + string.Join(listSep, g.Select(v => T(l, $"{v.Category}{V(v.Value)}", $"{v.Category} {V(v.Value)}"))))) + end;
            }
        }
    }
}
