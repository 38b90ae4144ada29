namespace Guangzhou.Analysis.Figures;

/// <summary>
/// One value a figure draws, as drawn: its series and category (the legend entry and the axis label), the value in the
/// figure's display unit, and its origin. A missing value (a gap in the chart) is kept with a null value, so the table says
/// what is absent instead of dropping it.
/// </summary>
public sealed record PlottedValue(string Series, string Category, decimal? Value, Origin? Origin);

/// <summary>
/// The values a figure plots, in the unit it plots them in: what a reader downloads beside the chart and what its alt text
/// and data table are built from, so the three never disagree with the drawing.
/// </summary>
public sealed record FigureData(IReadOnlyList<PlottedValue> Values, DisplayUnit Unit)
{
    /// <summary>Column ids of the data file, the same in every language.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["series", "category", "value", "unit", "period", "vintage", "sources"];

    /// <summary>Column headings of the data table shown under a figure, in its language.</summary>
    public static IReadOnlyList<string> Headings(Language l) => l == Language.Chinese
        ? ["系列", "類別", "數值", "單位", "時期", "版本", "來源"]
        : ["Series", "Category", "Value", "Unit", "Period", "Vintage", "Sources"];

    /// <summary>One row per value, as text, in <see cref="Columns"/> order; sources joined with spaces.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows() => Values
        .Select(v => (IReadOnlyList<string>)
        [
            v.Series, v.Category, v.Value is { } x ? x.ToString(CultureInfo.InvariantCulture) : "", Unit.Words,
            v.Origin?.Period ?? "", v.Origin?.Vintage ?? "", string.Join(' ', v.Origin?.SourceIds ?? []),
        ])
        .ToArray();

    /// <summary>
    /// The rows as a reader reads them under the figure: periods and vintages in words, sources by publisher (the data
    /// file keeps ids, which <c>data/sources.csv</c> resolves).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ReadableRows(DataSet data, Language l) => Values
        .Select(v => (IReadOnlyList<string>)
        [
            v.Series, v.Category, v.Value is { } x ? x.ToString(CultureInfo.InvariantCulture) : "", Unit.Words,
            v.Origin is { } o && Period.TryParse(o.Period, out var p) ? (l == Language.Chinese ? p.ToChinese() : p.ToString()) : v.Origin?.Period ?? "",
            v.Origin is null ? ""
                : v.Origin.Vintage == Origin.ComputedVintage ? (l == Language.Chinese ? "計算所得" : "computed")
                : Vintage.TryParse(v.Origin.Vintage, out var vintage) ? vintage.Describe(l) : v.Origin.Vintage,
            string.Join(l == Language.Chinese ? "、" : "; ", (v.Origin?.SourceIds ?? []).Select(id => data.Sources[id].PublisherIn(l)).Distinct()),
        ])
        .ToArray();
}
