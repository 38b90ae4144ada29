using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Calculations;

/// <summary>A tier of the cluster plan as the article states it: <see cref="Count"/> clusters at <see cref="Level"/> each.</summary>
public sealed record PlanTier(string Label, int Count, Yi Level)
{
    public Yi Total => Level * Count;
}

/// <summary>What named tiers add up to against a stated total, and what the clusters left unnamed would have to bring.</summary>
public sealed record PlanGap(Yi StatedTotal, Yi NamedTotal, int NamedClusters, int AllClusters, Yi SmallestTierLevel)
{
    public Yi Remainder => StatedTotal - NamedTotal;
    public int UnnamedClusters => AllClusters - NamedClusters;

    /// <summary>What each unnamed cluster would have to bring on average; null when every cluster is named.</summary>
    public Yi? RequiredPerUnnamed => UnnamedClusters > 0 ? new Yi(Remainder.Value / UnnamedClusters) : null;

    /// <summary>
    /// The unnamed clusters would need to average at least the smallest named tier: a cluster that big would have been named
    /// in a tier, so the total and the tiers cannot both hold (assuming a tier's label is its floor).
    /// </summary>
    public bool TotalNeedsUnnamedAtTierLevel => RequiredPerUnnamed is { } r && r >= SmallestTierLevel;
}

public static class PlanArithmetic
{
    public static Yi Sum(IEnumerable<PlanTier> tiers) => tiers.Aggregate(new Yi(0), (acc, t) => acc + t.Total);

    public static PlanGap Gap(IReadOnlyCollection<PlanTier> tiers, Yi statedTotal, int allClusters)
    {
        if (tiers.Count == 0) throw new ArgumentException("At least one tier is needed.", nameof(tiers));
        return new PlanGap(statedTotal, Sum(tiers), tiers.Sum(t => t.Count), allClusters, tiers.Min(t => t.Level));
    }
}
