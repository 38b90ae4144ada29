namespace Guangzhou.Analysis.Stories;

/// <summary>A cluster of the official list with the tier the article puts it in, if any.</summary>
public sealed record ClusterTier(PlanItem Cluster, Claim? ArticleTier)
{
    public Money? TierLevel => ArticleTier?.Stated.AsMoney();
}

/// <summary>The 15 clusters, the article's tiers and its "over 6萬億" total.</summary>
public static class ClusterTargets
{
    public const string TotalClaimId = "gz_cluster_total";

    public static IReadOnlyList<ClusterTier> Clusters(DataSet data) =>
        data.Plan.Where(p => p.Kind == PlanItemKind.Cluster)
            .Select(p => new ClusterTier(p, data.Claims.FirstOrDefault(c => c.Entity == p.Id && c.Series == "cluster_output_target")))
            .ToArray();

    public static IReadOnlyList<PlanTier> ArticleTiers(DataSet data) => ArticlePlan.Tiers(data, "cluster_output_target");

    /// <summary>The total the article states for the clusters (超6萬億).</summary>
    public static Money ArticleTotal(DataSet data) => data.Claims.Single(c => c.Id == TotalClaimId).Stated.AsMoney();

    /// <summary>The article's tiers against its total, or against a different total to test (e.g. 6萬億 as the 2035 GDP goal).</summary>
    public static PlanGap Gap(DataSet data, Money? statedTotal = null) =>
        PlanArithmetic.Gap(ArticleTiers(data), statedTotal ?? ArticleTotal(data), data.Plan.Count(p => p.Kind == PlanItemKind.Cluster));

    /// <summary>The gap for the parameters' total.</summary>
    public static PlanGap Gap(DataSet data, ClusterParameters p) => Gap(data, p.Total);

    /// <summary>The constant annual growth from the parameters' baseline to their total, and the path it draws year by year.</summary>
    public static ImpliedGrowth Implied(ClusterParameters p)
    {
        var rate = Growth.RequiredToReach(p.Baseline, p.BaseYear, p.Total, p.TargetYear);
        return new ImpliedGrowth(p.Baseline, p.BaseYear, p.Total, p.TargetYear, rate, Growth.Path(p.Baseline, p.BaseYear, rate, p.TargetYear));
    }
}

/// <summary>The growth a target implies: from a baseline in one year to a target in a later one, at a constant rate.</summary>
public sealed record ImpliedGrowth(Money Baseline, int BaseYear, Money Target, int TargetYear, Percent AnnualRate, IReadOnlyList<(int Year, Money Level)> Path);
