namespace Guangzhou.Analysis.Stories;

/// <summary>One city's budget year: own revenue, money received from and paid to higher levels, and what that leaves.</summary>
public sealed record FiscalFlows(string City, int Year, Observation? Revenue, Observation? TransfersIn, Observation? RemittancesOut, Observation? Expenditure)
{
    public bool Complete => Revenue is not null && TransfersIn is not null && RemittancesOut is not null;

    /// <summary>Own revenue plus transfers received minus remittances paid, in 億元; null unless all three were cited.</summary>
    public Money? Available => Complete
        ? Revenue!.Quantity.AsMoney().In(Unit.Yi) + TransfersIn!.Quantity.AsMoney() - RemittancesOut!.Quantity.AsMoney()
        : null;

    /// <summary>Remittances paid up as a share of own revenue.</summary>
    public Percent? RemittanceShare => Revenue is null || RemittancesOut is null ? null
        : RetentionScenario.ImpliedShare(RemittancesOut.Quantity.AsMoney(), Revenue.Quantity.AsMoney());

    public IEnumerable<Observation> Rows => new[] { Revenue, TransfersIn, RemittancesOut, Expenditure }.OfType<Observation>();
}

/// <summary>What "three-level" against "two-level" finance means in money.</summary>
public static partial class FiscalTiers
{
    public static FiscalFlows Flows(DataSet data, string city, int year)
    {
        var p = Period.OfYear(year);
        return new FiscalFlows(city, year, data.Best("general_budget_revenue", city, p), data.Best("transfer_from_higher", city, p),
            data.Best("remit_to_higher", city, p), data.Best("general_budget_expenditure", city, p));
    }

    /// <summary>Local general public budget revenue of each city in a year in 億元, largest first.</summary>
    public static IReadOnlyList<CityValue> Revenue(DataSet data, IEnumerable<string> cities, int year, Language language = Language.Chinese) =>
        cities.Select(c => data.Best("general_budget_revenue", c, Period.OfYear(year))).OfType<Observation>()
            .Select(o => CityValue.Of(data, o, year, o.Quantity.To(Unit.Yi), language))
            .OrderByDescending(v => v.Value).ToArray();

    /// <summary>A retention scenario from a city's cited flows, with the share paid up as observed unless overridden.</summary>
    public static RetentionScenario Scenario(FiscalFlows flows, Percent? shareToProvince = null)
    {
        if (flows.Revenue is null) throw new InvalidOperationException($"No cited general budget revenue for {flows.City} {flows.Year}.");
        var share = shareToProvince ?? flows.RemittanceShare
            ?? throw new InvalidOperationException($"No cited remittances for {flows.City} {flows.Year}; give a share to model.");
        return new RetentionScenario($"{flows.City} {flows.Year}", flows.Revenue.Quantity.AsMoney().In(Unit.Yi), share,
            flows.TransfersIn?.Quantity.AsMoney() ?? Money.Zero);
    }

    /// <summary>The scenario the parameters ask for: the parameters' city and year, at their share or the observed one.</summary>
    public static RetentionScenario Scenario(DataSet data, FiscalParameters p) => Scenario(Flows(data, p.City, p.Year), p.ShareToProvince);
}
