using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the GDP race, drawn from the notebook's parameters: levels over the years, growth rankings, growth against targets.</summary>
public static class GdpFigures
{
    /// <summary>GDP of the big cities over the parameters' years, the two raced cities emphasised and every lead change marked.</summary>
    public static Figure Race(DataSet d, GdpRaceParameters p, Language l = Language.Chinese)
    {
        var levels = GdpRace.Levels(d, p.Field, p.FromYear, p.ToYear, l);
        // Standings on the latest vintage decide the headline; the first-published ones are named where they differ, so a
        // preliminary overtaking (2022 on 初步核算 figures) is never shown as settled.
        var race = GdpRace.Race(d, p);
        var firstRace = GdpRace.Race(d, p, VintagePreference.FirstPublished);
        var (challenger, incumbent) = (d.EntityName(p.Challenger, l), d.EntityName(p.Incumbent, l));
        var series = p.Field.Select(c =>
        {
            var rows = levels.Where(v => v.City == c).OrderBy(v => v.Year).ToArray();
            return new LineSeries(d.EntityName(c, l), EntityColors.For(c), rows.Select(r => r.Year).ToArray(),
                rows.Select(r => Math.Round(r.Value.In(Unit.WanYi), 3)).ToArray(), c == p.Challenger || c == p.Incumbent,
                rows.Select(r => Origin.Of(r.Row)).ToArray());
        }).Where(s => s.Years.Count > 0).ToArray();
        decimal LevelOf(string city, int year) => levels.FirstOrDefault(v => v.City == city && v.Year == year) is { } v ? Math.Round(v.Value.In(Unit.WanYi), 3) : 0m;
        var finalEvents = race.Changes.Select(c => new ChartEvent(c.Year, LevelOf(c.Leader, c.Year),
            T(l, $"{c.Year}年{d.EntityName(c.Leader, l)}超越{d.EntityName(c.Trailer, l)}（+{A(l, c.Lead.In(Unit.Yi), Unit.Yi, "0")}）",
                 $"{c.Year}: {d.EntityName(c.Leader, l)} passes {d.EntityName(c.Trailer, l)} (+{A(l, c.Lead.In(Unit.Yi), Unit.Yi, "0.#")})")));
        var preliminaryOnly = GdpRace.Revisions(d, p).Where(r => firstRace.Changes.Any(c => c.Year == r.FirstPublished.Year))
            .Select(r => new ChartEvent(r.FirstPublished.Year, LevelOf(r.FirstPublished.Leader, r.FirstPublished.Year),
                T(l, $"{r.FirstPublished.Year}年初步核算：{d.EntityName(r.FirstPublished.Leader, l)}領先{A(l, r.FirstPublished.Lead.In(Unit.Yi), Unit.Yi, "0")}；終核後{d.EntityName(r.Latest.Leader, l)}仍領先約{A(l, r.Latest.Lead.In(Unit.Yi), Unit.Yi, "0")}",
                     $"{r.FirstPublished.Year} first published: {d.EntityName(r.FirstPublished.Leader, l)} ahead by {A(l, r.FirstPublished.Lead.In(Unit.Yi), Unit.Yi, "0.#")}; final: {d.EntityName(r.Latest.Leader, l)} still ahead by about {A(l, r.Latest.Lead.In(Unit.Yi), Unit.Yi, "0.#")}")));
        // A weaker source reporting another leader is marked where it applies, never allowed to decide the year.
        var reported = GdpRace.Reported(d, p).Select(y => new ChartEvent(y.Year, LevelOf(y.Leader, y.Year),
            T(l, $"{y.Year}年：一個較弱來源稱終核後{d.EntityName(y.Trailer, l)}仍領先約{A(l, y.ReportedOtherwise!.Quantity.In(Unit.Yi), Unit.Yi, "0")}（未能證實）",
                 $"{y.Year}: one weaker source reports {d.EntityName(y.Trailer, l)} still ahead by about {A(l, y.ReportedOtherwise!.Quantity.In(Unit.Yi), Unit.Yi, "0.#")} after final verification (unconfirmed)")));
        var events = finalEvents.Concat(preliminaryOnly).Concat(reported).OrderBy(e => e.Year).ToArray();
        var firstPass = firstRace.FirstPass(p.Challenger);
        var years = $"{p.FromYear}–{p.ToYear}";
        var text = new FigureText(
            race.FirstPass(p.Challenger) is { } pass
                ? T(l, $"{challenger}{pass.Year}年GDP超越{incumbent}" + (race.LeadChangedBack ? "，其後領先易手" : "，此後一直領先"),
                       $"{challenger} passed {incumbent} in {pass.Year}" + (race.LeadChangedBack ? "; the lead changed hands again" : " and has stayed ahead"))
                : race.Latest is null
                    ? T(l, $"{challenger}與{incumbent}GDP：{years}年沒有共同年份", $"{challenger} and {incumbent}: no common year of GDP in {years}")
                    : race.Latest.Leader == p.Challenger
                        ? T(l, $"{challenger}GDP在{years}年一直高於{incumbent}", $"{challenger}'s GDP stayed above {incumbent}'s in {years}")
                        : T(l, $"{challenger}GDP在{years}年未能超越{incumbent}", $"{challenger} did not pass {incumbent} in {years}"),
            // The vintage caveat sits under the headline: a pass seen only in first-published figures is not settled.
            T(l, $"八大城市地區生產總值，現價，{years}年"
                   + (firstPass is { } fp && fp.Year != race.FirstPass(p.Challenger)?.Year ? $"。{challenger}{fp.Year}年的超越只見於初步核算數" : ""),
                 $"GDP at current prices of eight big cities, {years}"
                   + (firstPass is { } fp2 && fp2.Year != race.FirstPass(p.Challenger)?.Year ? $". {challenger}'s {fp2.Year} pass shows only in first-published figures" : "")),
            T(l, "年份", "Year"), U(l, Unit.WanYi).Words,
            Sources(d, levels.Select(v => v.SourceId).Concat(race.Evidence.Select(o => o.SourceId)), l),
            T(l, "註：各年取最新一版數字（有最終核實或修訂數時用之，其餘為首次公布數），兩城同年取同一版本；只給出終核差額的來源，須不弱於其所推翻的數字才據以判斷高低，否則只作標註；缺少可引用來源的年份留空。",
                 "Note: each year shows the latest vintage (final or revised where published, else first published), the same vintage for both cities where both have it; a source stating only a final-verified margin decides the standing only if it is as strong as the levels it overrides, else it is marked as a report; years without a citable source are left out."));
        return Make("gdp-race", l, text, ChartBuilders.Lines(text, series, events, U(l, Unit.WanYi), "0.00"));
    }

    /// <summary>Real growth of the big cities in one year, fastest first, titled with the incumbent's rank.</summary>
    public static Figure GrowthRanking(DataSet d, GdpRaceParameters p, int year, Language l = Language.Chinese)
    {
        var ranking = GdpRace.GrowthRanking(d, p.Field, year, l);
        var missing = p.Field.Where(c => ranking.All(r => r.City != c)).Select(c => d.EntityName(c, l)).ToArray();
        var incumbent = d.EntityName(p.Incumbent, l);
        var text = new FigureText(
            GdpRace.RankOf(ranking, p.Incumbent) is { } rank
                ? T(l, $"{year}年GDP實際增速：{incumbent}在{ranking.Count}城中排第{rank}", $"Real GDP growth {year}: {incumbent} ranks {rank} of {ranking.Count}")
                : T(l, $"{year}年GDP實際增速：{incumbent}無可引用數據", $"Real GDP growth {year}: no citable figure for {incumbent}"),
            T(l, $"按可比價格計算，{year}年，%", $"At comparable prices, {year}, %"),
            T(l, "%", "%"), "",
            Sources(d, ranking.Select(r => r.SourceId), l),
            MissingNote(l, missing));
        var bars = ranking.Select(r => new RankedBar(r.Name, r.Value.In(Unit.Percent), EntityColors.For(r.City), Origin.Of(r.Row))).ToArray();
        return Make($"gdp-growth-{year}", l, text, ChartBuilders.RankedBars(text, bars, U(l, Unit.Percent), "0.0"));
    }

    /// <summary>The incumbent's growth targets against outcomes in the parameters' target years.</summary>
    public static Figure GrowthVsTarget(DataSet d, GdpRaceParameters p, Language l = Language.Chinese)
    {
        var outcomes = GdpRace.AgainstTargets(d, p.Incumbent, p.TargetYears);
        var incumbent = d.EntityName(p.Incumbent, l);
        var years = outcomes.Select(o => o.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        var series = new[]
        {
            new BarSeries(T(l, "目標", "Target"), HouseStyle.Unconfirmed, outcomes.Select(o => o.Target?.Quantity.In(Unit.Percent)).ToArray(),
                outcomes.Select(o => Origin.Of(o.Target)).ToArray()),
            new BarSeries(T(l, "實際", "Outcome"), EntityColors.For(p.Incumbent), outcomes.Select(o => o.Outcome?.Quantity.In(Unit.Percent)).ToArray(),
                outcomes.Select(o => Origin.Of(o.Outcome)).ToArray()),
        };
        var rows = outcomes.SelectMany(o => new[] { o.Target, o.Outcome }).OfType<Observation>();
        var compared = outcomes.Count(o => o.Met is not null);
        var missed = outcomes.Count(o => o.Met == false);
        var targetOnly = outcomes.Where(o => o.Target is not null && o.Outcome is null).Select(o => o.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        var noTarget = outcomes.Where(o => o.Target is null).Select(o => o.Year.ToString(CultureInfo.InvariantCulture)).ToArray();
        var text = new FigureText(
            compared == 0
                ? T(l, $"{incumbent}GDP增長目標與實際：沒有可比年份", $"{incumbent}'s growth targets and outcomes: no year has both")
                : T(l, $"{incumbent}在{compared}個可比年度中{missed}個未達增長目標", $"{incumbent} missed its growth target in {missed} of {compared} years"),
            T(l, "地區生產總值增長目標與實際增速，%", "GDP growth target and outcome, %"),
            T(l, "年份", "Year"), "%", SourceLine.From(d, rows, l),
            targetOnly.Length + noTarget.Length == 0 ? "" : T(l, "註：", "Note: ") + string.Concat(
                targetOnly.Length == 0 ? "" : T(l, $"{List(l, targetOnly)}年只有目標。", $"{List(l, targetOnly)} has a target only. "),
                noTarget.Length == 0 ? "" : T(l, $"{List(l, noTarget)}年未找到可引用的目標。", $"No citable target for {List(l, noTarget)}.")).Trim());
        return Make($"{p.Incumbent}-growth-vs-target", l, text, ChartBuilders.GroupedBars(text, years, series, U(l, Unit.Percent), "0.0"));
    }

    /// <summary>
    /// The constant growth that would multiply the city's GDP of one year by the parameters' factor, as a path beside the
    /// cited GDP of the years since: an arithmetic illustration (no source sets such a goal), titled with the rate it needs.
    /// </summary>
    public static Figure Multiple(DataSet d, MultipleParameters p, Language l = Language.Chinese)
    {
        var m = GdpRace.Multiple(d, p);
        var city = d.EntityName(p.City, l);
        var rate = N(m.AnnualRate.Value, "0.0");
        var cited = new LineSeries(T(l, $"{city}GDP（現價）", $"{city} GDP (current prices)"), EntityColors.For(p.City),
            m.Cited.Select(o => o.Period.Year).ToArray(), m.Cited.Select(o => Math.Round(o.Quantity.In(Unit.WanYi), 3)).ToArray(), Emphasis: true,
            m.Cited.Select(Origin.Of).ToArray());
        var path = new LineSeries(T(l, $"{N(p.Factor)}倍所需路徑", $"Path to {N(p.Factor)}×"), HouseStyle.Muted,
            m.Path.Select(x => x.Year).ToArray(), m.Path.Select(x => Math.Round(x.Level.WanYi, 3)).ToArray(), Emphasis: false,
            m.Path.Select(x => (Origin?)Origin.Computed(x.Year.ToString(CultureInfo.InvariantCulture), [p.Baseline.SourceId])).ToArray());
        var events = new[] { new ChartEvent(p.ByYear, Math.Round(m.Target.WanYi, 3), T(l, $"{p.ByYear}年{A(l, m.Target.WanYi, Unit.WanYi)}", $"{A(l, m.Target.WanYi, Unit.WanYi)} in {p.ByYear}")) };
        var goal = p.Factor == 2m
            ? T(l, $"{city}GDP要在{p.ByYear}年比{p.FromYear}年翻一番，每年須增長{rate}%", $"Doubling {city}'s {p.FromYear} GDP by {p.ByYear} takes {rate}% a year")
            : T(l, $"{city}GDP要在{p.ByYear}年達到{p.FromYear}年的{N(p.Factor)}倍，每年須增長{rate}%", $"Multiplying {city}'s {p.FromYear} GDP by {N(p.Factor)} by {p.ByYear} takes {rate}% a year");
        var standing = m.Latest is not { } c
            ? T(l, $"{p.FromYear}年之後尚無可引用的GDP", $"No cited GDP after {p.FromYear} yet")
            : T(l, $"{c.Year}年實際{A(l, c.Level.WanYi, Unit.WanYi)}，比路徑{(c.Gap.Value < 0 ? "低" : "高")}{N(Math.Abs(c.Gap.Value), "0.0")}%",
                   $"{c.Year}: {A(l, c.Level.WanYi, Unit.WanYi)}, {N(Math.Abs(c.Gap.Value), "0.0")}% {(c.Gap.Value < 0 ? "below" : "above")} the path");
        var text = new FigureText(goal, standing, T(l, "年份", "Year"), U(l, Unit.WanYi).Words,
            Sources(d, m.Cited.Select(o => o.SourceId), l),
            T(l, "註：路徑按固定名義年增速推算，是算術示例，不是官方目標；GDP為現價，各年取最新一版數字。",
                 "Note: the path grows at a constant nominal rate; an arithmetic illustration, not an official goal. GDP at current prices, each year at its latest vintage."));
        return Make("gdp-multiple", l, text, ChartBuilders.Lines(text, [cited, path], events, U(l, Unit.WanYi), "0.00"));
    }
}
