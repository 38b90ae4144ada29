namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the GDP race: levels over years, growth rankings, growth against targets.</summary>
internal static partial class CatalogFigures
{
    private static Figure GdpRaceFigure(DataSet d, Language l)
    {
        var levels = GdpRace.Levels(d, Cities.BigEight, 2019, 2025, l);
        // Standings on the latest vintage decide the headline; the first-published ones are named where they differ, so a
        // preliminary overtaking (2022 on 初步核算 figures) is never shown as settled.
        var race = Leads.Compare(d, "gdp", Cities.Chongqing, Cities.Guangzhou, VintagePreference.Latest);
        var firstRace = Leads.Compare(d, "gdp", Cities.Chongqing, Cities.Guangzhou, VintagePreference.FirstPublished);
        var series = Cities.BigEight.Select(c =>
        {
            var rows = levels.Where(v => v.City == c).OrderBy(v => v.Year).ToArray();
            return new LineSeries(d.EntityName(c, l), EntityColors.For(c), rows.Select(r => r.Year).ToArray(),
                rows.Select(r => Math.Round(r.Value / 10_000m, 3)).ToArray(), c is Cities.Guangzhou or Cities.Chongqing);
        }).Where(s => s.Years.Count > 0).ToArray();
        decimal LevelOf(string city, int year) => levels.FirstOrDefault(v => v.City == city && v.Year == year)?.Value ?? 0m;
        var finalEvents = race.Changes.Select(c => new ChartEvent(c.Year, Math.Round(LevelOf(c.Leader, c.Year) / 10_000m, 3),
            T(l, $"{c.Year}年{d.EntityName(c.Leader, l)}超越{d.EntityName(c.Trailer, l)}（+{N(c.Margin, "0")}億元）",
                 $"{c.Year}: {d.EntityName(c.Leader, l)} passes {d.EntityName(c.Trailer, l)} (+{N(c.Margin, "0")} 100m yuan)")));
        var preliminaryOnly = firstRace.Changes.Where(c => race.In(c.Year) is { } f && f.Leader != c.Leader)
            .Select(c => new ChartEvent(c.Year, Math.Round(LevelOf(c.Leader, c.Year) / 10_000m, 3),
                T(l, $"{c.Year}年初步核算：{d.EntityName(c.Leader, l)}領先{N(c.Margin, "0")}億元；終核後{d.EntityName(race.In(c.Year)!.Leader, l)}仍領先約{N(race.In(c.Year)!.Margin, "0")}億元",
                     $"{c.Year} first published: {d.EntityName(c.Leader, l)} ahead by {N(c.Margin, "0")}; final: {d.EntityName(race.In(c.Year)!.Leader, l)} still ahead by about {N(race.In(c.Year)!.Margin, "0")}")));
        var events = finalEvents.Concat(preliminaryOnly).OrderBy(e => e.Year).ToArray();
        var firstPass = firstRace.FirstPass(Cities.Chongqing);
        var text = new FigureText(
            race.FirstPass(Cities.Chongqing) is { } pass
                ? T(l, $"重慶{pass.Year}年GDP超越廣州" + (race.LeadChangedBack ? "，其後領先易手" : "，此後一直領先")
                       + (firstPass is { } fp && fp.Year != pass.Year ? $"（{fp.Year}年的超越只見於初步核算數）" : ""),
                       $"Chongqing passed Guangzhou in {pass.Year}" + (race.LeadChangedBack ? "; the lead changed hands again" : " and has stayed ahead")
                       + (firstPass is { } fp2 && fp2.Year != pass.Year ? $" ({fp2.Year} only on first-published figures)" : ""))
                : T(l, "重慶與廣州GDP", "Chongqing and Guangzhou GDP"),
            T(l, "八大城市地區生產總值，現價，2019–2025年", "GDP at current prices of eight big cities, 2019–2025"),
            T(l, "年份", "Year"), T(l, "萬億元", "trillion yuan"),
            Sources(d, levels.Select(v => v.SourceId).Concat(race.Evidence.Select(o => o.SourceId)), l),
            T(l, "註：各年取最新一版數字（有最終核實或修訂數時用之，其餘為首次公布數）；2022年渝穗高低按終核後差額判斷，曲線仍為首次公布數；缺少可引用來源的年份留空。",
                 "Note: each year shows the latest vintage (final or revised where published, else first published); the 2022 Chongqing–Guangzhou standing follows the final-verified margin while the lines show first-published levels; years without a citable source are left out."));
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
