namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the GDP race: levels over years, growth rankings, growth against targets.</summary>
internal static partial class CatalogFigures
{
    private static Figure GdpRaceFigure(DataSet d, Language l)
    {
        var levels = GdpRace.Levels(d, Cities.BigEight, 2019, 2025, l);
        var race = GdpRace.Race(d, Cities.Chongqing, Cities.Guangzhou);
        var series = Cities.BigEight.Select(c =>
        {
            var rows = levels.Where(v => v.City == c).OrderBy(v => v.Year).ToArray();
            return new LineSeries(d.EntityName(c, l), EntityColors.For(c), rows.Select(r => r.Year).ToArray(),
                rows.Select(r => Math.Round(r.Value / 10_000m, 3)).ToArray(), c is Cities.Guangzhou or Cities.Chongqing);
        }).Where(s => s.Years.Count > 0).ToArray();
        var events = race.Changes.Select(c => new ChartEvent(c.Year, Math.Round(race.In(c.Year)!.LeaderValue / 10_000m, 3),
            T(l, $"{c.Year}年{d.EntityName(c.Leader, l)}超越{d.EntityName(c.Passed, l)}（+{N(c.Margin, "0")}億元）",
                 $"{c.Year}: {d.EntityName(c.Leader, l)} passes {d.EntityName(c.Passed, l)} (+{N(c.Margin, "0")} 100m yuan)"))).ToArray();
        var text = new FigureText(
            race.FirstPass(Cities.Chongqing) is { } pass
                ? T(l, $"重慶{pass.Year}年GDP超越廣州" + (race.LeadChangedBack ? "，其後領先易手" : "，此後一直領先"),
                       $"Chongqing passed Guangzhou in {pass.Year}" + (race.LeadChangedBack ? "; the lead changed hands again" : " and has stayed ahead"))
                : T(l, "重慶與廣州GDP", "Chongqing and Guangzhou GDP"),
            T(l, "八大城市地區生產總值，現價，2019–2025年", "GDP at current prices of eight big cities, 2019–2025"),
            T(l, "年份", "Year"), T(l, "萬億元", "trillion yuan"),
            Sources(d, levels.Select(v => v.SourceId), l),
            T(l, "註：首次公布數；缺少可引用來源的年份留空。", "Note: first-published figures; years without a citable source are left out."));
        return Make("gdp-race", l, text, ChartBuilders.Lines(text, series, events, "0.00"));
    }

    private static Figure GrowthRankingFigure(DataSet d, Language l, int year)
    {
        var ranking = GdpRace.GrowthRanking(d, Cities.BigEight, year, l);
        var missing = Cities.BigEight.Where(c => ranking.All(r => r.City != c)).Select(c => d.EntityName(c, l)).ToArray();
        var text = new FigureText(
            T(l, $"{year}年GDP實際增速：廣州排第{ranking.ToList().FindIndex(r => r.City == Cities.Guangzhou) + 1}",
                 $"Real GDP growth {year}: Guangzhou ranks {ranking.ToList().FindIndex(r => r.City == Cities.Guangzhou) + 1}"),
            T(l, $"按可比價格計算，{year}年，%", $"At comparable prices, {year}, %"),
            T(l, "%", "%"), "",
            Sources(d, ranking.Select(r => r.SourceId), l),
            missing.Length == 0 ? "" : T(l, $"註：{string.Join("、", missing)}無可引用數據。", $"Note: no citable figure for {string.Join(", ", missing)}."));
        var bars = ranking.Select(r => new RankedBar(r.Name, r.Value, EntityColors.For(r.City))).ToArray();
        return Make($"gdp-growth-{year}", l, text, ChartBuilders.RankedBars(text, bars, "0.0"));
    }

    private static Figure GrowthVsTargetFigure(DataSet d, Language l)
    {
        var outcomes = GdpRace.AgainstTargets(d, Cities.Guangzhou, [2024, 2025, 2026]);
        var years = outcomes.Select(o => o.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        var series = new[]
        {
            new BarSeries(T(l, "目標", "Target"), HouseStyle.Unconfirmed, outcomes.Select(o => o.Target?.Value).ToArray()),
            new BarSeries(T(l, "實際", "Outcome"), EntityColors.For(Cities.Guangzhou), outcomes.Select(o => o.Outcome?.Value).ToArray()),
        };
        var rows = outcomes.SelectMany(o => new[] { o.Target, o.Outcome }).OfType<Observation>();
        var text = new FigureText(
            T(l, $"廣州{outcomes.Count(o => o.Met == false)}個年度未達增長目標", $"Guangzhou missed its growth target in {outcomes.Count(o => o.Met == false)} years"),
            T(l, "地區生產總值增長目標與實際增速，%", "GDP growth target and outcome, %"),
            T(l, "年份", "Year"), "%", SourceLine.From(d, rows, l),
            T(l, "註：2026年只有目標。2024年目標為「不低於5%」，2025、2026年為「5%左右」。", "Note: 2026 has a target only. The 2024 target was \"no less than 5%\", 2025 and 2026 \"about 5%\"."));
        return Make("gz-growth-vs-target", l, text, ChartBuilders.GroupedBars(text, years, series, "0.0"));
    }
}
