using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>A cluster as a table row: its official group and name, the tier the article gives it, and its source.</summary>
public sealed record ClusterRow(string Group, string Name, string Tier, string SourceId);

/// <summary>A plan item as a table row.</summary>
public sealed record PlanRow(PlanItemKind Kind, string Name, string SourceId, string Note);

/// <summary>The cluster plan in sentences, built from the notebook's parameters, in either language.</summary>
public static partial class ClusterTargets
{
    public static IReadOnlyList<ClusterRow> Table(DataSet data, Language l) =>
        Clusters(data).Select(c => new ClusterRow(c.Cluster.Group, c.Cluster.Name, c.TierLevel is { } t ? Say(t, l) : "—", c.Cluster.SourceId)).ToArray();

    /// <summary>The article's tiers, what they add up to against the total tested, and the floors reading.</summary>
    public static IReadOnlyList<string> GapLines(DataSet data, ClusterParameters p, Language l)
    {
        var gap = Gap(data, p);
        return ArticleTiers(data)
            .Select(t => T(l, $"{t.Count}個×{Say(t.Level, l)}＝{Say(t.Total, l)}", $"{t.Count} × {Say(t.Level, l)} = {Say(t.Total, l)}"))
            .Append(T(l,
                $"具名：{gap.NamedClusters}個集群，{Say(gap.NamedTotal, l)}；檢驗的總規模{Say(gap.StatedTotal, l)}；餘下{Say(gap.Remainder, l)}由{gap.UnnamedClusters}個未具名集群補足"
                    + (gap.RequiredPerUnnamed is { } per ? $"，每個{Say(per, l)}。" : "。"),
                $"Named: {gap.NamedClusters} clusters, {Say(gap.NamedTotal, l)}; total tested {Say(gap.StatedTotal, l)}; remainder {Say(gap.Remainder, l)} for {gap.UnnamedClusters} unnamed clusters"
                    + (gap.RequiredPerUnnamed is { } per2 ? $", {Say(per2, l)} each." : ".")))
            .Append(FloorsSentence(gap, p.Total, l))
            .ToArray();
    }

    /// <summary>The constant growth from the parameters' baseline to their total.</summary>
    public static string ImpliedSentence(ClusterParameters p, Language l)
    {
        var implied = Implied(p);
        return T(l, $"由{p.BaseYear}年的{Say(p.Baseline, l)}到{p.TargetYear}年的{Say(p.Total, l)}：每年須增長{Say(implied.AnnualRate, l)}。",
            $"From {Say(p.Baseline, l)} in {p.BaseYear} to {Say(p.Total, l)} in {p.TargetYear}: {Say(implied.AnnualRate, l)} a year.");
    }

    /// <summary>The plan's items besides the clusters: future industries and modern services, with their source and note.</summary>
    public static IReadOnlyList<PlanRow> OtherPlanItems(DataSet data) =>
        data.Plan.Where(i => i.Kind != PlanItemKind.Cluster).Select(i => new PlanRow(i.Kind, i.Name, i.SourceId, i.Note)).ToArray();

    private static readonly string[] FutureIndustrySeries = ["future_industry_pilot_zones_target", "future_industry_leading_firms_target"];

    /// <summary>The plan's future-industry targets, each with its period and source.</summary>
    public static IReadOnlyList<string> FutureIndustryTargets(DataSet data, Language l) =>
        FutureIndustrySeries.SelectMany(s => data.Find(s))
            .Select(o => T(l, $"{data.Series[o.Series].Name(l)}（{o.Period.ToChinese()}）：{Say(o.Quantity, l)}{Source(o.SourceId, l)}",
                $"{data.Series[o.Series].Name(l)} by {o.Period}: {Say(o.Quantity, l)}{Source(o.SourceId, l)}"))
            .ToArray();

    /// <summary>The verdict on the article's total, in its own words.</summary>
    public static string TotalVerdict(DataSet data, Language l)
    {
        var claim = data.Claims.Single(c => c.Id == TotalClaimId);
        var verdict = new ClaimChecker(data).Check(claim);
        return $"「{claim.Quote}」{T(l, "：", ": ")}{VerdictWords.Summary(verdict, l)} — {verdict.Explanation}";
    }
}
