namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the auto industry: growth measures, the value-added path into 2025, carmakers' NEV sales.</summary>
internal static partial class CatalogFigures
{
    private static Figure IndustryGrowthFigure(DataSet d, Language l)
    {
        var cities = new[] { Cities.Guangzhou, Cities.Chongqing };
        var values = AutoIndustry.GrowthComparison(d, cities, Period.OfYear(2024));
        var categories = AutoIndustry.GrowthSeries.Select(s => d.Series[s].Name(l)).ToArray();
        var series = cities.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            AutoIndustry.GrowthSeries.Select(s => values.Single(v => v.Entity == c && v.Series == s).Value).ToArray())).ToArray();
        var missing = values.Where(v => v.Observation() is null).Select(v => $"{d.EntityName(v.Entity, l)}{T(l, "", " ")}{d.Series[v.Series].Name(l)}").ToArray();
        var text = new FigureText(
            T(l, "2024年廣州工業負增長，重慶汽車業拉動大增", "In 2024 Guangzhou's industry shrank while Chongqing's cars surged"),
            T(l, "比上年增長，按可比價格，%", "Year-on-year real growth, %"), "", "%",
            SourceLine.From(d, values.Select(v => v.Observation()).OfType<Observation>(), l),
            (missing.Length == 0 ? "" : T(l, $"註：{string.Join("、", missing)}未找到可引用來源，留空。", $"Note: no citable source for {string.Join(", ", missing)}; left blank. "))
            + T(l, "重慶汽車數據為「汽車產業」增加值。", "Chongqing's auto figure covers its whole auto industry."));
        return Make("industry-growth-2024", l, text, ChartBuilders.GroupedBars(text, categories, series, "0.0"));
    }

    private static readonly Period[] AutoPeriods =
        [Period.OfQuarters(2024, 1, 3), Period.OfYear(2024), Period.OfQuarters(2025, 1, 1), Period.OfQuarters(2025, 1, 2), Period.OfQuarters(2025, 1, 3)];

    private static Figure AutoValueAddedPathFigure(DataSet d, Language l)
    {
        var cities = new[] { Cities.Guangzhou, Cities.Chongqing };
        var path = AutoIndustry.Path(d, "auto_mfg_va_growth", cities, AutoPeriods);
        var categories = AutoPeriods.Select(p => l == Language.Chinese ? p.ToChinese() : p.ToString()).ToArray();
        var series = cities.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            AutoPeriods.Select(p => path.Single(v => v.Entity == c && v.Period == p).Value).ToArray())).ToArray();
        var text = new FigureText(
            T(l, "廣州汽車製造業2025年降幅收窄，仍未轉正", "Guangzhou's car making shrank less in 2025 but did not recover"),
            T(l, "汽車製造業增加值累計同比增速，%", "Cumulative year-on-year growth of auto manufacturing value added, %"), "", "%",
            SourceLine.From(d, path.Select(v => v.Observation()).OfType<Observation>(), l),
            T(l, "註：重慶為「汽車產業」增加值；2025年起汽車產量按經營地統計，與此前不完全可比。",
                 "Note: Chongqing's figure covers its whole auto industry; from 2025 output is counted where produced, so years are not strictly comparable."));
        return Make("auto-va-path", l, text, ChartBuilders.GroupedBars(text, categories, series, "0.0"));
    }

    private static Figure NevCompaniesFigure(DataSet d, Language l)
    {
        var companies = new[] { "byd", "gac_group" };
        var sales = AutoIndustry.NevSales(d, companies, 2023, 2025);
        var years = new[] { 2023, 2024, 2025 };
        var series = companies.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            years.Select(y => sales.Single(s => s.Entity == c && s.Period.Year == y).Observation()?.Quantity.To(Unit.WanVehicles).Value is { } v ? Math.Round(v, 1) : (decimal?)null).ToArray())).ToArray();
        var text = new FigureText(
            Ratio2025(series) is { } ratio
                ? T(l, $"2025年比亞迪新能源車銷量是廣汽集團的{N(ratio, "0.0")}倍", $"In 2025 BYD sold {N(ratio, "0.0")} times as many NEVs as GAC Group")
                : T(l, "比亞迪與廣汽集團新能源汽車銷量", "NEV sales of BYD and GAC Group"),
            T(l, "新能源汽車銷量，萬輛", "New-energy vehicle sales, 10,000 vehicles"), T(l, "年份", "Year"), T(l, "萬輛", "10k vehicles"),
            SourceLine.From(d, sales.Select(s => s.Observation()).OfType<Observation>(), l),
            T(l, "註：廣汽集團2023、2024年新能源銷量未找到可引用來源，留空。", "Note: no citable source for GAC Group's 2023 and 2024 NEV sales; left blank."));
        return Make("nev-sales-companies", l, text,
            ChartBuilders.GroupedBars(text, years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray(), series, "0.#"));
    }

    private static decimal? Ratio2025(IReadOnlyList<BarSeries> series) =>
        series[0].Values[^1] is { } a && series[1].Values[^1] is { } b && b != 0 ? a / b : null;
}
