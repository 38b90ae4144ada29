using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>A cluster of the official list with the tier the article puts it in, if any.</summary>
public sealed record ClusterTier(PlanItem Cluster, Claim? ArticleTier)
{
    public Money? TierLevel => ArticleTier?.Stated.AsMoney();
}

/// <summary>The 15 clusters, the article's tiers and its "over 6萬億" total.</summary>
public static partial class ClusterTargets
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

    /// <summary>
    /// What the tiers leave for the total, read as a fact checker reads tier labels: as floors (萬億級 = at least 1萬億元), so
    /// the named clusters may be larger and nothing about the total is contradicted by the tiers alone.
    /// </summary>
    public static string FloorsSentence(PlanGap gap, Money total, Language l)
    {
        var zh = l == Language.Chinese;
        if (gap.Remainder.Yi <= 0)
            return zh ? $"單是具名層級的下限已達{Say(total, l)}。" : $"The named tiers' floors alone reach {Say(total, l)}.";
        if (gap.RequiredPerUnnamed is not { } per)
            return zh ? $"所有集群均已具名，其下限合計比{Say(total, l)}少{Say(gap.Remainder, l)}，須由具名集群超出下限補足。"
                : $"Every cluster is named; their floors fall {Say(gap.Remainder, l)} short of {Say(total, l)}, which named clusters above their floors would have to bring.";
        var atTier = gap.TotalNeedsUnnamedAtTierLevel;
        return zh
            ? $"層級是下限：若具名集群都只在下限，其餘{gap.UnnamedClusters}個集群每個須達{Say(per, l)}{(atTier ? "，不低於最小層級" : "")}；具名集群超出下限則所需更少。總額可能成立，但沒有獨立來源證實。"
            : $"Tier labels are floors: if the named clusters stay at their floors, each of the other {gap.UnnamedClusters} would need {Say(per, l)}{(atTier ? ", at least the smallest named tier" : "")}; named clusters above their floors would need less of them. The total is possible, not shown: no independent source gives it.";
    }

    /// <summary>The constant annual growth from the parameters' baseline to their total, and the path it draws year by year.</summary>
    public static ImpliedGrowth Implied(ClusterParameters p)
    {
        var rate = Growth.RequiredToReach(p.Baseline, p.BaseYear, p.Total, p.TargetYear);
        return new ImpliedGrowth(p.Baseline, p.BaseYear, p.Total, p.TargetYear, rate, Growth.Path(p.Baseline, p.BaseYear, rate, p.TargetYear));
    }
}

/// <summary>The growth a target implies: from a baseline in one year to a target in a later one, at a constant rate.</summary>
public sealed record ImpliedGrowth(Money Baseline, int BaseYear, Money Target, int TargetYear, Percent AnnualRate, IReadOnlyList<(int Year, Money Level)> Path);
