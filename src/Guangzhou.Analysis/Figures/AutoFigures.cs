using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the auto industry, drawn from the notebook's parameters: growth measures, the value-added path, carmakers' NEV sales.</summary>
public static class AutoFigures
{
    /// <summary>The three growth measures of the two cities in the parameters' year.</summary>
    public static Figure IndustryGrowth(DataSet d, AutoIndustryParameters p, Language l = Language.Chinese)
    {
        var period = Period.OfYear(p.Year);
        var values = AutoIndustry.GrowthComparison(d, p.Cities, period);
        var categories = AutoIndustry.GrowthSeries.Select(s => d.Series[s].Name(l)).ToArray();
        var series = p.Cities.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            AutoIndustry.GrowthSeries.Select(s => values.Single(v => v.Entity == c && v.Series == s).Value?.In(Unit.Percent)).ToArray(),
            AutoIndustry.GrowthSeries.Select(s => Origin.Of(values.Single(v => v.Entity == c && v.Series == s).Observation())).ToArray())).ToArray();
        var missing = values.Where(v => v.Observation() is null).Select(v => $"{d.EntityName(v.Entity, l)}{T(l, "", " ")}{d.Series[v.Series].Name(l)}").ToArray();
        var wholeIndustry = values.Select(v => v.Observation()).OfType<Observation>().Where(AutoIndustry.CoversWholeAutoIndustry)
            .Select(o => d.EntityName(o.Entity, l)).Distinct().ToArray();
        decimal? Industrial(string city) => values.Single(v => v.Entity == city && v.Series == "industrial_va_growth").Value?.In(Unit.Percent);
        var (a, b) = (d.EntityName(p.CityA, l), d.EntityName(p.CityB, l));
        var text = new FigureText(
            Industrial(p.CityA) is { } ga && Industrial(p.CityB) is { } gb
                ? T(l, $"{p.Year}年規模以上工業增加值：{a}{Signed(ga)}，{b}{Signed(gb)}", $"Industrial value added {p.Year}: {a} {Signed(ga)}, {b} {Signed(gb)}")
                : T(l, $"{p.Year}年工業增速：{a}對{b}", $"Industrial growth {p.Year}: {a} and {b}"),
            T(l, "比上年增長，按可比價格，%", "Year-on-year real growth, %"), "", "%",
            SourceLine.From(d, values.Select(v => v.Observation()).OfType<Observation>(), l),
            string.Concat(
                missing.Length == 0 ? "" : T(l, $"註：{List(l, missing)}未找到可引用來源，留空。", $"Note: no citable source for {List(l, missing)}; left blank. "),
                wholeIndustry.Length == 0 ? "" : T(l, $"{List(l, wholeIndustry)}汽車數據為「汽車產業」增加值。", $"{List(l, wholeIndustry)}: the auto figure covers the whole auto industry.")).Trim());
        return Make($"industry-growth-{p.Year}", l, text, ChartBuilders.GroupedBars(text, categories, series, U(l, Unit.Percent), "0.0"));
    }

    /// <summary>Cumulative growth of auto-manufacturing value added from the parameters' year into the next, for both cities.</summary>
    public static Figure ValueAddedPath(DataSet d, AutoIndustryParameters p, Language l = Language.Chinese)
    {
        var path = AutoIndustry.Path(d, "auto_mfg_va_growth", p.Cities, p.Path);
        var categories = p.Path.Select(x => l == Language.Chinese ? x.ToChinese() : x.ToString()).ToArray();
        var series = p.Cities.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            p.Path.Select(x => path.Single(v => v.Entity == c && v.Period == x).Value?.In(Unit.Percent)).ToArray(),
            p.Path.Select(x => Origin.Of(path.Single(v => v.Entity == c && v.Period == x).Observation())).ToArray())).ToArray();
        var wholeIndustry = path.Select(v => v.Observation()).OfType<Observation>().Where(AutoIndustry.CoversWholeAutoIndustry)
            .Select(o => d.EntityName(o.Entity, l)).Distinct().ToArray();
        var text = new FigureText(
            PathTitle(d, p, series[0].Values, l),
            T(l, "汽車製造業增加值累計同比增速，%", "Cumulative year-on-year growth of auto manufacturing value added, %"), "", "%",
            SourceLine.From(d, path.Select(v => v.Observation()).OfType<Observation>(), l),
            string.Concat(
                wholeIndustry.Length == 0 ? "" : T(l, $"註：{List(l, wholeIndustry)}為「汽車產業」增加值。", $"Note: {List(l, wholeIndustry)}'s figure covers the whole auto industry. "),
                // National statistics count vehicle output where it is produced from 2025 on (經營地統計).
                p.Year + 1 >= 2025 && p.Year < 2025
                    ? T(l, "2025年起汽車產量按經營地統計，與此前不完全可比。", "From 2025 output is counted where produced, so years are not strictly comparable.")
                    : "").Trim());
        return Make("auto-va-path", l, text, ChartBuilders.GroupedBars(text, categories, series, U(l, Unit.Percent), "0.0"));
    }

    /// <summary>The headline of the path: how city A's latest cumulative growth in the next year compares with its full year.</summary>
    private static string PathTitle(DataSet d, AutoIndustryParameters p, IReadOnlyList<decimal?> cityA, Language l)
    {
        var a = d.EntityName(p.CityA, l);
        var next = p.Year + 1;
        var full = cityA[1];
        var latest = cityA.Skip(2).LastOrDefault(v => v is not null);
        return (full, latest) switch
        {
            ({ } f, { } x) when f < 0 && x >= 0 => T(l, $"{a}汽車製造業{next}年轉為增長", $"{a}'s car making returned to growth in {next}"),
            ({ } f, { } x) when f < 0 && x > f => T(l, $"{a}汽車製造業{next}年降幅收窄，仍未轉正", $"{a}'s car making shrank less in {next} but did not recover"),
            ({ } f, { } x) when f < 0 => T(l, $"{a}汽車製造業{next}年降幅未見收窄", $"{a}'s car making shrank as fast or faster in {next}"),
            ({ } f, { } x) when x >= f => T(l, $"{a}汽車製造業{next}年增速加快", $"{a}'s car making grew faster in {next}"),
            ({ }, { }) => T(l, $"{a}汽車製造業{next}年增速放緩", $"{a}'s car making slowed in {next}"),
            _ => T(l, $"{a}與{d.EntityName(p.CityB, l)}汽車製造業增加值，{p.Year}–{next}年", $"Auto manufacturing value added of {a} and {d.EntityName(p.CityB, l)}, {p.Year}–{next}"),
        };
    }

    /// <summary>NEV sales of the carmakers in the years around the parameters' year, in 萬輛.</summary>
    public static Figure NevCompanies(DataSet d, AutoIndustryParameters p, Language l = Language.Chinese)
    {
        var companies = AutoIndustry.Carmakers;
        var years = p.SalesYears;
        var sales = AutoIndustry.NevSales(d, companies, years[0], years[^1]);
        var series = companies.Select(c => new BarSeries(d.EntityName(c, l), EntityColors.For(c),
            years.Select(y => sales.Single(s => s.Entity == c && s.Period.Year == y).Value?.In(Unit.WanVehicles) is { } v ? Math.Round(v, 1) : (decimal?)null).ToArray(),
            years.Select(y => Origin.Of(sales.Single(s => s.Entity == c && s.Period.Year == y).Observation())).ToArray())).ToArray();
        var missing = companies.Select(c => (Name: d.EntityName(c, l), Years: years.Where(y => sales.Single(s => s.Entity == c && s.Period.Year == y).Value is null).ToArray()))
            .Where(m => m.Years.Length > 0)
            .Select(m => T(l, $"{m.Name}{string.Join("、", m.Years)}年", $"{m.Name} {string.Join(", ", m.Years)}")).ToArray();
        var (first, second) = (d.EntityName(companies[0], l), d.EntityName(companies[1], l));
        var last = years[^1];
        var text = new FigureText(
            series[0].Values[^1] is { } x && series[1].Values[^1] is { } y && y != 0
                ? T(l, $"{last}年{first}新能源車銷量是{second}的{N(x / y, "0.0")}倍", $"In {last} {first} sold {N(x / y, "0.0")} times as many NEVs as {second}")
                : T(l, $"{first}與{second}新能源汽車銷量", $"NEV sales of {first} and {second}"),
            T(l, "新能源汽車銷量，", "New-energy vehicle sales, ") + U(l, Unit.WanVehicles).Words, T(l, "年份", "Year"), U(l, Unit.WanVehicles).Words,
            SourceLine.From(d, sales.Select(s => s.Observation()).OfType<Observation>(), l),
            missing.Length == 0 ? "" : T(l, $"註：{List(l, missing)}新能源銷量未找到可引用來源，留空。", $"Note: no citable source for the NEV sales of {List(l, missing)}; left blank."));
        return Make("nev-sales-companies", l, text,
            ChartBuilders.GroupedBars(text, years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray(), series, U(l, Unit.WanVehicles), "0.##"));
    }
}
