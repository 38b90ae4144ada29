namespace Guangzhou.Analysis.Claims;

/// <summary>The article's own cluster plan: its tiers, read from its per-cluster claims, and what they leave for its total.</summary>
public static class ArticlePlan
{
    /// <summary>The article's tiers on <paramref name="series"/>, largest first, from its per-cluster claims.</summary>
    public static IReadOnlyList<PlanTier> Tiers(DataSet data, string series) =>
        data.Claims.Where(c => c.Series == series && c.Check == CheckKind.Observation && data.Plan.Any(p => p.Id == c.Entity))
            .GroupBy(c => c.Stated.To(Unit.Yi).Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new PlanTier($"{g.Key.ToString("0.####", CultureInfo.InvariantCulture)}億元級", g.Count(), Money.FromYi(g.Key)))
            .ToArray();

    /// <summary>The article's tiers against its stated total and the clusters of the official list.</summary>
    public static PlanGap Gap(DataSet data, Claim total) =>
        PlanArithmetic.Gap(Tiers(data, total.Series), total.Stated.AsMoney(), data.Plan.Count(p => p.Kind == PlanItemKind.Cluster));
}
