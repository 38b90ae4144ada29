using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Stories;

/// <summary>A cluster of the official list with the tier the article puts it in, if any.</summary>
public sealed record ClusterTier(PlanItem Cluster, Claim? ArticleTier)
{
    public Yi? TierLevel => ArticleTier?.Stated.AsYi();
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

    /// <summary>The article's tiers against its total, with an optional different total to test (e.g. 6萬億 as the 2035 GDP goal).</summary>
    public static PlanGap Gap(DataSet data, WanYi? statedTotal = null)
    {
        var total = data.Claims.Single(c => c.Id == TotalClaimId);
        var tiers = ArticleTiers(data);
        return PlanArithmetic.Gap(tiers, (statedTotal ?? total.Stated.AsWanYi()).ToYi(), data.Plan.Count(p => p.Kind == PlanItemKind.Cluster));
    }
}
