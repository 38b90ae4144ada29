namespace Guangzhou.Analysis.Calculations;

/// <summary>A tier of the cluster plan as the article states it: <see cref="Count"/> clusters at <see cref="Level"/> each.</summary>
public sealed record PlanTier(string Label, int Count, Money Level)
{
    public Money Total => Level * Count;
}

/// <summary>What named tiers add up to against a stated total, and what the clusters left unnamed would have to bring.</summary>
public sealed record PlanGap(Money StatedTotal, Money NamedTotal, int NamedClusters, int AllClusters, Money SmallestTierLevel)
{
    public Money Remainder => StatedTotal - NamedTotal;
    public int UnnamedClusters => AllClusters - NamedClusters;

    /// <summary>What each unnamed cluster would have to bring on average; null when every cluster is named.</summary>
    public Money? RequiredPerUnnamed => UnnamedClusters > 0 ? Remainder.In(Unit.Yi) / UnnamedClusters : null;

    /// <summary>
    /// The unnamed clusters would need to average at least the smallest named tier: a cluster that big would have been named
    /// in a tier, so the total and the tiers cannot both hold (assuming a tier's label is its floor).
    /// </summary>
    public bool TotalNeedsUnnamedAtTierLevel => RequiredPerUnnamed is { } r && r >= SmallestTierLevel;
}

public static class PlanArithmetic
{
    public static Money Sum(IEnumerable<PlanTier> tiers) => tiers.Aggregate(Money.Zero, (acc, t) => acc + t.Total);

    public static PlanGap Gap(IReadOnlyCollection<PlanTier> tiers, Money statedTotal, int allClusters)
    {
        if (tiers.Count == 0) throw new ArgumentException("At least one tier is needed.", nameof(tiers));
        return new PlanGap(statedTotal, Sum(tiers), tiers.Sum(t => t.Count), allClusters, tiers.Min(t => t.Level));
    }
}
