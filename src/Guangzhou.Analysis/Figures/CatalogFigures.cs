using System.Globalization;
using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Stories;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Figures;

/// <summary>The figures of the story. Every number drawn comes from data/ through the story classes; every source line from the rows drawn.</summary>
internal static class CatalogFigures
{
    public static readonly IReadOnlyList<FigureDefinition> All =
    [
        new("gdp-race", new("八大城市GDP，2019–2025", "GDP of eight big cities, 2019–2025"), GdpRaceFigure),
        new("gdp-growth-2024", new("2024年GDP實際增速", "Real GDP growth, 2024"), (d, l) => GrowthRankingFigure(d, l, 2024)),
        new("gdp-growth-2025", new("2025年GDP實際增速", "Real GDP growth, 2025"), (d, l) => GrowthRankingFigure(d, l, 2025)),
        new("gz-growth-vs-target", new("廣州GDP增速與目標", "Guangzhou's growth against its target"), GrowthVsTargetFigure),
        new("industry-growth-2024", new("2024年工業增速：廣州對重慶", "Industrial growth 2024: Guangzhou vs Chongqing"), IndustryGrowthFigure),
        new("auto-va-path", new("汽車製造業增加值增速（累計）", "Auto manufacturing value added growth (cumulative)"), AutoValueAddedPathFigure),
        new("nev-sales-companies", new("比亞迪與廣汽集團新能源汽車銷量", "NEV sales of BYD and GAC Group"), NevCompaniesFigure),
        new("fiscal-revenue-2024", new("2024年一般公共預算收入", "General public budget revenue, 2024"), RevenueFigure),
        new("gz-fiscal-bridge-2024", new("廣州2024年：收入、補助與上解", "Guangzhou 2024: revenue, transfers and remittances"), FiscalBridgeFigure),
        new("cluster-tiers-bridge", new("「超6萬億」從何而來", "Where \"over 6 trillion\" would come from"), ClusterBridgeFigure),
        new("cluster-groups", new("15個產業集群：官方分組與報道的規模分級", "15 clusters: official groups and the article's tiers"), ClusterGroupsFigure),
        new("claim-verdicts", new("報道數字核實結果", "Fact check of the article's numbers"), VerdictsFigure),
    ];

    private static string T(Language l, string zh, string en) => l == Language.Chinese ? zh : en;
    private static string N(decimal v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

    private static Figure Make(string id, Language l, FigureText text, Plotly.NET.GenericChart chart) =>
        new(id, l, text.Title, text.Subtitle, text.SourceLine, text.Note, chart);

    private static string Sources(DataSet d, IEnumerable<string> sourceIds, Language l) =>
        SourceLine.From(sourceIds.Distinct().Select(id => d.Sources[id]), l);

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

    private static Figure RevenueFigure(DataSet d, Language l)
    {
        var revenue = FiscalTiers.Revenue(d, Cities.BigEight, 2024, l);
        var missing = Cities.BigEight.Where(c => revenue.All(r => r.City != c)).Select(c => d.EntityName(c, l)).ToArray();
        var text = new FigureText(
            T(l, "廣州的財力：2024年一般公共預算收入", "Guangzhou's purse: general public budget revenue 2024"),
            T(l, "地方一般公共預算收入，億元", "Local general public budget revenue, 100m yuan"), T(l, "億元", "100m yuan"), "",
            Sources(d, revenue.Select(r => r.SourceId), l),
            missing.Length == 0 ? "" : T(l, $"註：{string.Join("、", missing)}無可引用數據。", $"Note: no citable figure for {string.Join(", ", missing)}."));
        return Make("fiscal-revenue-2024", l, text,
            ChartBuilders.RankedBars(text, revenue.Select(r => new RankedBar(r.Name, r.Value, EntityColors.For(r.City))).ToArray(), "0"));
    }

    private static Figure FiscalBridgeFigure(DataSet d, Language l)
    {
        var flows = FiscalTiers.Flows(d, Cities.Guangzhou, 2024);
        if (!flows.Complete) throw new InvalidOperationException("Guangzhou 2024 revenue, transfers and remittances must all be cited for this figure.");
        var steps = new[]
        {
            new BridgeStep(T(l, "一般公共預算收入", "Own revenue"), flows.Revenue!.Value, BridgeStepKind.Start),
            new BridgeStep(T(l, "上級補助收入", "Transfers received"), flows.TransfersIn!.Value, BridgeStepKind.Change),
            new BridgeStep(T(l, "上解上級支出", "Remitted upwards"), -flows.RemittancesOut!.Value, BridgeStepKind.Change),
            new BridgeStep(T(l, "可用財力", "Available"), flows.Available!.Value.Value, BridgeStepKind.Total),
        };
        var text = new FigureText(
            T(l, $"廣州2024年上解{N(flows.RemittancesOut.Value)}億元，相當於收入的{N(flows.RemittanceShare!.Value.Value, "0.0")}%",
                 $"Guangzhou remitted {N(flows.RemittancesOut.Value)} (100m yuan) in 2024, {N(flows.RemittanceShare!.Value.Value, "0.0")}% of its own revenue"),
            T(l, "一般公共預算，億元", "General public budget, 100m yuan"), "", T(l, "億元", "100m yuan"),
            SourceLine.From(d, flows.Rows, l),
            T(l, "註：可用財力＝收入＋上級補助－上解，未計債務與結轉。來源未區分中央與省。",
                 "Note: available = revenue + transfers − remittances, before debt and carry-overs. The source does not split central from provincial flows."));
        return Make("gz-fiscal-bridge-2024", l, text, ChartBuilders.Bridge(text, steps, "0.#"));
    }

    private static Figure ClusterBridgeFigure(DataSet d, Language l)
    {
        var gap = ClusterTargets.Gap(d);
        var tiers = ClusterTargets.ArticleTiers(d);
        var steps = tiers.Select((t, i) => new BridgeStep(
                T(l, $"{t.Count}個{N(t.Level.ToWanYi().Value)}萬億級", $"{t.Count} × {N(t.Level.ToWanYi().Value)} tn tier"),
                t.Total.ToWanYi().Value, i == 0 ? BridgeStepKind.Start : BridgeStepKind.Change))
            .Append(new BridgeStep(T(l, $"其餘{gap.UnnamedClusters}個集群（須補足）", $"Other {gap.UnnamedClusters} clusters (needed)"), gap.Remainder.ToWanYi().Value, BridgeStepKind.Change))
            .Append(new BridgeStep(T(l, "報道總規模", "Stated total"), gap.StatedTotal.ToWanYi().Value, BridgeStepKind.Total))
            .ToArray();
        var text = new FigureText(
            T(l, $"點名的{gap.NamedClusters}個集群只有{N(gap.NamedTotal.ToWanYi().Value)}萬億", $"The {gap.NamedClusters} named clusters add up to {N(gap.NamedTotal.ToWanYi().Value)} trillion"),
            T(l, $"其餘{gap.UnnamedClusters}個平均每個須達{N(gap.RequiredPerUnnamed!.Value.Value, "0")}億元，與最低一級（{N(gap.SmallestTierLevel.Value, "0")}億級）相同",
                 $"The other {gap.UnnamedClusters} would need {N(gap.RequiredPerUnnamed!.Value.Value, "0")} (100m yuan) each, as much as the lowest named tier"),
            "", T(l, "萬億元", "trillion yuan"),
            T(l, "資料來源：香港文匯報（報道所列分級）", "Source: Wen Wei Po (the tiers as the article lists them)"),
            T(l, "註：分級以其標示規模計（萬億級＝1萬億）；官方未公布各級目標，只有智能建造「5000億級」有來源。",
                 "Note: tiers counted at their labels (trillion tier = 1 tn); no official tier targets were found except intelligent construction's 500bn."));
        return Make("cluster-tiers-bridge", l, text, ChartBuilders.Bridge(text, steps, "0.0#"));
    }

    private static Figure ClusterGroupsFigure(DataSet d, Language l)
    {
        var clusters = ClusterTargets.Clusters(d);
        var groups = clusters.Select(c => c.Cluster.Group).Distinct().ToArray();
        var tiers = clusters.Select(c => c.TierLevel?.Value).Distinct().OrderByDescending(v => v ?? -1).ToArray();
        string TierName(decimal? level) => level is { } v
            ? T(l, v >= 10_000 ? $"{N(v / 10_000)}萬億級" : $"{N(v)}億級", v >= 10_000 ? $"{N(v / 10_000)} tn tier" : $"{N(v / 10)} bn tier")
            : T(l, "報道未分級", "No tier in the article");
        var palette = new[] { "#c8102e", "#e07a5f", "#f2cc8f", HouseStyle.Unconfirmed };
        var parts = tiers.Select((t, i) => new BarSeries(TierName(t), palette[Math.Min(i, palette.Length - 1)],
            groups.Select(g => (decimal?)clusters.Count(c => c.Cluster.Group == g && c.TierLevel?.Value == t)).ToArray())).ToArray();
        var text = new FigureText(
            T(l, $"{clusters.Count}個戰略性產業集群，報道只為{clusters.Count(c => c.ArticleTier is not null)}個標了規模",
                 $"Of the {clusters.Count} strategic clusters, the article gives a size to {clusters.Count(c => c.ArticleTier is not null)}"),
            T(l, "按官方分組的集群數目，個", "Clusters by official group, count"), "", T(l, "個", "count"),
            SourceLine.From(clusters.Select(c => d.Sources[c.Cluster.SourceId]).Append(d.Sources[d.Claims.First(c => c.Id == ClusterTargets.TotalClaimId).SourceId]), l),
            T(l, "註：分組據官方名單；規模分級據香港文匯報。", "Note: groups from the official list; tiers from Wen Wei Po."));
        return Make("cluster-groups", l, text, ChartBuilders.StackedShares(text, groups.Select(g => Labels.PlanGroup(g, l)).ToArray(), parts, asShares: false, "0"));
    }

    private static Figure VerdictsFigure(DataSet d, Language l)
    {
        var verdicts = FactCheck.Verdicts(d);
        var themes = verdicts.Select(v => v.Claim.Theme).Distinct().ToArray();
        var colors = new Dictionary<Verdict, string>
        {
            [Verdict.Confirmed] = HouseStyle.Positive, [Verdict.Close] = "#8ab17d", [Verdict.Contradicted] = HouseStyle.Negative,
            [Verdict.InternallyInconsistent] = "#e9a23b", [Verdict.Unconfirmed] = HouseStyle.Unconfirmed,
        };
        var parts = Enum.GetValues<Verdict>().Select(v => new BarSeries(T(l, v.Chinese(), v.Id()), colors[v],
            themes.Select(t => (decimal?)verdicts.Count(x => x.Claim.Theme == t && x.Verdict == v)).ToArray())).ToArray();
        var confirmed = verdicts.Count(v => v.Verdict == Verdict.Confirmed);
        var text = new FigureText(
            T(l, $"報道{verdicts.Count}個數字，{confirmed}個獲獨立來源證實", $"{confirmed} of the article's {verdicts.Count} numbers confirmed by independent sources"),
            T(l, "按主題的核實結果，個", "Verdicts by theme, count"), "", T(l, "個", "count"),
            SourceLine.From(verdicts.SelectMany(v => v.EvidenceSources).Distinct().Select(id => d.Sources[id]), l).Split('、', ';').Length > 6
                ? T(l, "資料來源：見 claims.csv 各行所列來源", "Sources: see each row of claims.csv")
                : SourceLine.From(verdicts.SelectMany(v => v.EvidenceSources).Distinct().Select(id => d.Sources[id]), l),
            T(l, "註：「未能證實」指找不到獨立來源，並非證明有誤。", "Note: \"unconfirmed\" means no independent source was found, not that the number is wrong."));
        return Make("claim-verdicts", l, text, ChartBuilders.StackedShares(text, themes.Select(t => Labels.Theme(t, l)).ToArray(), parts, asShares: false, "0"));
    }
}
