namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of public finance: revenue of the big cities, Guangzhou's flows with higher levels.</summary>
internal static partial class CatalogFigures
{
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
}
