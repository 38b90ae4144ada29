namespace Guangzhou.Analysis.Calculations;

/// <summary>
/// How much of the revenue raised in a city it keeps to spend, under a given share paid up to the province and transfers back.
/// A "two-level" city (北京, 上海, 深圳 as a 計劃單列市) pays nothing to a province; a "three-level" one (廣州) does.
/// Levels are the local general public budget revenue after the central government's share has been taken.
/// </summary>
public sealed record RetentionScenario(string Name, Money LocalRevenue, Percent ShareToProvince, Money TransfersFromProvince)
{
    public Money PaidToProvince => LocalRevenue * ShareToProvince.AsFraction;
    public Money Retained => LocalRevenue - PaidToProvince + TransfersFromProvince;
    public Percent RetentionRate => Calculations.Shares.Of(Retained, LocalRevenue);

    /// <summary>The same city with a different provincial share, everything else equal.</summary>
    public RetentionScenario WithShare(string name, Percent share) => this with { Name = name, ShareToProvince = share };

    /// <summary>What the city would keep in addition if it paid nothing up (a two-level city), everything else equal.</summary>
    public Money GainIfTwoLevel => PaidToProvince;

    /// <summary>The share paid up that an observed remittance implies.</summary>
    public static Percent ImpliedShare(Money remitted, Money localRevenue) => Calculations.Shares.Of(remitted, localRevenue);
}
