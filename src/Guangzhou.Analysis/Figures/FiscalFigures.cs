using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of public finance, drawn from the notebook's parameters: revenue of the big cities, one city's flows with higher levels.</summary>
public static class FiscalFigures
{
    /// <summary>General budget revenue of the big cities in the parameters' year, largest first, titled with the city's rank.</summary>
    public static Figure Revenue(DataSet d, FiscalParameters p, Language l = Language.Chinese)
    {
        var revenue = FiscalTiers.Revenue(d, p.Field, p.Year, l);
        var missing = p.Field.Where(c => revenue.All(r => r.City != c)).Select(c => d.EntityName(c, l)).ToArray();
        var city = d.EntityName(p.City, l);
        var rank = GdpRace.RankOf(revenue, p.City);
        var text = new FigureText(
            rank is { } r
                ? T(l, $"{city}的財力：{p.Year}年一般公共預算收入在{revenue.Count}城中排第{r}", $"{city}'s purse: general public budget revenue {p.Year}, rank {r} of {revenue.Count}")
                : T(l, $"{p.Year}年一般公共預算收入", $"General public budget revenue {p.Year}"),
            T(l, "地方一般公共預算收入，", "Local general public budget revenue, ") + U(l, Unit.Yi).Words, U(l, Unit.Yi).Words, "",
            Sources(d, revenue.Select(x => x.SourceId), l),
            MissingNote(l, missing));
        return Make($"fiscal-revenue-{p.Year}", l, text,
            ChartBuilders.RankedBars(text, revenue.Select(x => new RankedBar(x.Name, x.Value.In(Unit.Yi), EntityColors.For(x.City), Origin.Of(x.Row))).ToArray(),
                U(l, Unit.Yi), l == Language.Chinese ? "0" : "0.#"));
    }

    /// <summary>
    /// The city's budget year as a bridge: own revenue, plus transfers received, minus what is paid up — the cited remittance,
    /// or revenue × the parameters' what-if share — to what is left. Flows without a citable figure are left out and named.
    /// </summary>
    public static Figure Bridge(DataSet d, FiscalParameters p, Language l = Language.Chinese)
    {
        var flows = FiscalTiers.Flows(d, p.City, p.Year);
        var scenario = FiscalTiers.Scenario(flows, p.ShareToProvince);
        var city = d.EntityName(p.City, l);
        var modeled = p.ShareToProvince is not null;
        var paid = modeled ? scenario.PaidToProvince : flows.RemittancesOut!.Quantity.AsMoney();
        var share = modeled ? p.ShareToProvince!.Value : flows.RemittanceShare!.Value;
        var year = p.Year.ToString(CultureInfo.InvariantCulture);
        var inputs = flows.Rows.Select(r => r.SourceId).ToArray();
        var steps = new List<BridgeStep> { new(T(l, "一般公共預算收入", "Own revenue"), scenario.LocalRevenue.Yi, BridgeStepKind.Start, Origin.Of(flows.Revenue)) };
        if (flows.TransfersIn is { } transfers)
            steps.Add(new(T(l, "上級補助收入", "Transfers received"), transfers.Quantity.In(Unit.Yi), BridgeStepKind.Change, Origin.Of(transfers)));
        steps.Add(new(modeled ? T(l, $"上解（假設{N(share.Value, "0.#")}%）", $"Paid up (if {N(share.Value, "0.#")}%)") : T(l, "上解上級支出", "Remitted upwards"),
            -Math.Round(paid.Yi, 2), BridgeStepKind.Change,
            modeled ? Origin.Computed(year, flows.Revenue is null ? [] : [flows.Revenue.SourceId]) : Origin.Of(flows.RemittancesOut)));
        var available = flows.TransfersIn is null ? null : modeled ? scenario.Retained : flows.Available;
        if (available is { } left)
            steps.Add(new(T(l, "可用財力", "Available"), Math.Round(left.Yi, 2), BridgeStepKind.Total, Origin.Computed(year, inputs)));
        var observed = flows.RemittanceShare is { } o
            ? T(l, $"實際上解{A(l, flows.RemittancesOut!.Quantity.In(Unit.Yi), Unit.Yi)}，即收入的{N(o.Value, "0.0")}%。", $"Actually remitted: {A(l, flows.RemittancesOut!.Quantity.In(Unit.Yi), Unit.Yi)}, {N(o.Value, "0.0")}% of revenue. ")
            : T(l, "實際上解未找到可引用來源。", "No citable figure for the actual remittances. ");
        var text = new FigureText(
            modeled
                ? available is { } a
                    ? T(l, $"若{city}上解收入的{N(share.Value, "0.#")}%，{p.Year}年可用財力為{A(l, a.Yi, Unit.Yi, "0")}", $"If {city} paid up {N(share.Value, "0.#")}% of revenue, {A(l, a.Yi, Unit.Yi, "0.#")} would be left in {p.Year}")
                    : T(l, $"若{city}上解收入的{N(share.Value, "0.#")}%，{p.Year}年須上解{A(l, paid.Yi, Unit.Yi, "0")}", $"If {city} paid up {N(share.Value, "0.#")}% of revenue, it would remit {A(l, paid.Yi, Unit.Yi, "0.#")} in {p.Year}")
                : T(l, $"{city}{p.Year}年上解{A(l, paid.Yi, Unit.Yi)}，相當於收入的{N(share.Value, "0.0")}%",
                       $"{city} remitted {A(l, paid.Yi, Unit.Yi)} in {p.Year}, {N(share.Value, "0.0")}% of its own revenue"),
            T(l, "一般公共預算，", "General public budget, ") + U(l, Unit.Yi).Words, "", U(l, Unit.Yi).Words,
            SourceLine.From(d, flows.Rows, l),
            string.Concat(
                T(l, "註：可用財力＝收入＋上級補助－上解，未計債務與結轉。來源未區分中央與省。",
                     "Note: available = revenue + transfers − remittances, before debt and carry-overs. The source does not split central from provincial flows. "),
                modeled ? T(l, $"上解為假設；{observed}", $"Paid up is a what-if. {observed}") : "",
                flows.TransfersIn is null ? T(l, "上級補助收入未找到可引用來源，未計可用財力。", "No citable transfers received, so nothing is shown as available.") : "").Trim());
        return Make($"{p.City}-fiscal-bridge-{p.Year}", l, text, ChartBuilders.Bridge(text, steps, U(l, Unit.Yi), "0.#"));
    }
}
