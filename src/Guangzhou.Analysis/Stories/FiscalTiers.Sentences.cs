using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>A scenario as a table row: what a share paid up costs and leaves.</summary>
public sealed record ScenarioRow(string Scenario, string ShareToProvince, string PaidToProvince, string Retained, string RetentionRate);

/// <summary>Public finance in sentences, built from the notebook's parameters, in either language.</summary>
public static partial class FiscalTiers
{
    /// <summary>Each cited flow of the city's budget year with its source, the share paid up, and what is left.</summary>
    public static IReadOnlyList<string> FlowLines(DataSet data, FiscalParameters p, Language l)
    {
        var flows = Flows(data, p.City, p.Year);
        var city = Name(data, p.City, l);
        return flows.Rows.Select(r => $"{data.Series[r.Series].Name(l)}{T(l, "：", ": ")}{Say(r.Quantity, l)}{Source(r.SourceId, l)}")
            .Append(T(l, $"{city}{p.Year}年上解佔本級收入的比例：{(flows.RemittanceShare is { } s ? Say(s, l, 1) : "未有可引用數字")}",
                $"{city} {p.Year}, remittances as a share of own revenue: {(flows.RemittanceShare is { } s2 ? Say(s2, l, 1) : "not cited")}"))
            .Append(T(l, $"計入補助與上解後的可用財力：{(flows.Available is { } a ? Say(a, l) : "無法計算")}",
                $"Available after transfers and remittances: {(flows.Available is { } a2 ? Say(a2, l) : "not computable")}"))
            .ToArray();
    }

    /// <summary>The parameters' scenario beside the two-level one, where nothing is paid up to a province.</summary>
    public static IReadOnlyList<ScenarioRow> Scenarios(DataSet data, FiscalParameters p, Language l)
    {
        var scenario = Scenario(data, p) with
        {
            Name = p.ShareToProvince is null ? T(l, $"{Name(data, p.City, l)}{p.Year}年（實際上解）", $"{Name(data, p.City, l)} {p.Year} (as remitted)")
                : T(l, $"{Name(data, p.City, l)}{p.Year}年（假設）", $"{Name(data, p.City, l)} {p.Year} (what-if)"),
        };
        var twoLevel = scenario.WithShare(T(l, "兩級財政（不上解）", "two-level (nothing paid up)"), new Percent(0));
        return new[] { scenario, twoLevel }
            .Select(s => new ScenarioRow(s.Name, Say(s.ShareToProvince, l), Say(s.PaidToProvince, l), Say(s.Retained, l), Say(s.RetentionRate, l, 1)))
            .ToArray();
    }

    private static readonly string[] CollectedSeries = ["revenue_collected_in_jurisdiction", "central_level_revenue", "general_budget_revenue"];

    /// <summary>
    /// What the city collects in its territory against what it keeps: revenue collected in the jurisdiction, the central
    /// level's part of it, and local revenue. Where these are not cited for the city, says which cities they are held for.
    /// </summary>
    public static IReadOnlyList<string> CollectedAndKept(DataSet data, FiscalParameters p, Language l)
    {
        var city = Name(data, p.City, l);
        var rows = CollectedSeries.Select(s => data.Best(s, p.City, Period.OfYear(p.Year))).OfType<Observation>().ToArray();
        if (rows.All(r => r.Series == "general_budget_revenue"))
        {
            var held = data.Find(CollectedSeries[0]).Select(o => Name(data, o.Entity, l)).Distinct().ToArray();
            return [held.Length == 0
                ? T(l, $"{city}{p.Year}年轄區收入與中央級收入未有可引用數字（數據中沒有任何城市的這兩項數字）。",
                    $"No cited revenue collected in {city}'s jurisdiction or central-level revenue for {p.Year} (held for no city).")
                : T(l, $"{city}{p.Year}年轄區收入與中央級收入未有可引用數字（只有{string.Join("、", held)}的數字）。",
                    $"No cited revenue collected in {city}'s jurisdiction or central-level revenue for {p.Year} (held for {string.Join(", ", held)} only).")];
        }
        return rows.Select(o => T(l, $"{city}{p.Year}年{data.Series[o.Series].Name(l)}：{Say(o.Quantity, l)}{Source(o.SourceId, l)}",
            $"{city} {p.Year}, {data.Series[o.Series].Name(l)}: {Say(o.Quantity, l)}{Source(o.SourceId, l)}")).ToArray();
    }

    /// <summary>The notebook's conclusion: what the city raised, received and paid up, and what a share would cost or save.</summary>
    public static IReadOnlyList<string> Summary(DataSet data, FiscalParameters p, Language l)
    {
        var flows = Flows(data, p.City, p.Year);
        var scenario = Scenario(data, p);
        var city = Name(data, p.City, l);
        string Or(Observation? o, string zh, string en) => o is null ? T(l, zh, en) : Say(o.Quantity, l);
        return
        [
            T(l, $"{p.Year}年：{city}本級收入{Or(flows.Revenue, "未有可引用數字", "not cited")}，獲上級補助{Or(flows.TransfersIn, "未有可引用數字", "no cited transfers")}，上解{Or(flows.RemittancesOut, "未有可引用數字", "no cited remittances")}"
                    + (flows.RemittanceShare is { } s ? $"（佔本級收入{Say(s, l, 1)}）。" : "。"),
                $"{p.Year}: {city} raised {Or(flows.Revenue, "", "nothing cited")}, received {Or(flows.TransfersIn, "", "no cited transfers")}, paid up {Or(flows.RemittancesOut, "", "no cited remittances")}"
                    + (flows.RemittanceShare is { } s2 ? $" ({Say(s2, l, 1)} of own revenue)." : ".")),
            p.ShareToProvince is { } what
                ? T(l, $"上解{Say(what, l)}每年會令{city}付出{Say(scenario.PaidToProvince, l)}；若留下，則多出同等數額。",
                    $"Paying up {Say(what, l)} would cost {city} {Say(scenario.PaidToProvince, l)} a year; keeping it would add that much.")
                : T(l, $"若把上解的全部留下，{city}每年可多{Say(scenario.GainIfTwoLevel, l)}。",
                    $"Keeping everything it paid up would add {Say(scenario.GainIfTwoLevel, l)} a year to {city}."),
        ];
    }
}
