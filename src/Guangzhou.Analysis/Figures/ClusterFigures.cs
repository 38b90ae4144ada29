namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the cluster plan: the article's tiers against its total, tiers by official group.</summary>
internal static partial class CatalogFigures
{
    private static Figure ClusterBridgeFigure(DataSet d, Language l)
    {
        var gap = ClusterTargets.Gap(d);
        var tiers = ClusterTargets.ArticleTiers(d);
        var steps = tiers.Select((t, i) => new BridgeStep(
                T(l, $"{t.Count}個{N(t.Level.ToWanYi().Value)}萬億級", $"{t.Count} × {N(t.Level.ToWanYi().Value)} tn tier"),
                t.Total.ToWanYi().Value, i == 0 ? BridgeStepKind.Start : BridgeStepKind.Change))
            .Append(new BridgeStep(T(l, $"其餘{gap.UnnamedClusters}個集群（須補足）", $"Other {gap.UnnamedClusters} clusters (needed)"), gap.Remainder.ToWanYi().Value, BridgeStepKind.Change))
            .Append(new BridgeStep(T(l, "報道總規模", "Stated total"), gap.StatedTotal.ToWanYi().Value, BridgeStepKind.Total))
            .ToArray();
        var text = new FigureText(
            T(l, $"點名的{gap.NamedClusters}個集群只有{N(gap.NamedTotal.ToWanYi().Value)}萬億", $"The {gap.NamedClusters} named clusters add up to {N(gap.NamedTotal.ToWanYi().Value)} trillion"),
            T(l, $"其餘{gap.UnnamedClusters}個平均每個須達{N(gap.RequiredPerUnnamed!.Value.Value, "0")}億元，與最低一級（{N(gap.SmallestTierLevel.Value, "0")}億級）相同",
                 $"The other {gap.UnnamedClusters} would need {N(gap.RequiredPerUnnamed!.Value.Value, "0")} (100m yuan) each, as much as the lowest named tier"),
            "", T(l, "萬億元", "trillion yuan"),
            T(l, "資料來源：香港文匯報（報道所列分級）", "Source: Wen Wei Po (the tiers as the article lists them)"),
            T(l, "註：分級以其標示規模計（萬億級＝1萬億）；官方未公布各級目標，只有智能建造「5000億級」有來源。",
                 "Note: tiers counted at their labels (trillion tier = 1 tn); no official tier targets were found except intelligent construction's 500bn."));
        return Make("cluster-tiers-bridge", l, text, ChartBuilders.Bridge(text, steps, "0.0#"));
    }

    private static Figure ClusterGroupsFigure(DataSet d, Language l)
    {
        var clusters = ClusterTargets.Clusters(d);
        var groups = clusters.Select(c => c.Cluster.Group).Distinct().ToArray();
        var tiers = clusters.Select(c => c.TierLevel?.Value).Distinct().OrderByDescending(v => v ?? -1).ToArray();
        string TierName(decimal? level) => level is { } v
            ? T(l, v >= 10_000 ? $"{N(v / 10_000)}萬億級" : $"{N(v)}億級", v >= 10_000 ? $"{N(v / 10_000)} tn tier" : $"{N(v / 10)} bn tier")
            : T(l, "報道未分級", "No tier in the article");
        var palette = new[] { "#c8102e", "#e07a5f", "#f2cc8f", HouseStyle.Unconfirmed };
        var parts = tiers.Select((t, i) => new BarSeries(TierName(t), palette[Math.Min(i, palette.Length - 1)],
            groups.Select(g => (decimal?)clusters.Count(c => c.Cluster.Group == g && c.TierLevel?.Value == t)).ToArray())).ToArray();
        var text = new FigureText(
            T(l, $"{clusters.Count}個戰略性產業集群，報道只為{clusters.Count(c => c.ArticleTier is not null)}個標了規模",
                 $"Of the {clusters.Count} strategic clusters, the article gives a size to {clusters.Count(c => c.ArticleTier is not null)}"),
            T(l, "按官方分組的集群數目，個", "Clusters by official group, count"), "", T(l, "個", "count"),
            SourceLine.From(clusters.Select(c => d.Sources[c.Cluster.SourceId]).Append(d.Sources[d.Claims.First(c => c.Id == ClusterTargets.TotalClaimId).SourceId]), l),
            T(l, "註：分組據官方名單；規模分級據香港文匯報。", "Note: groups from the official list; tiers from Wen Wei Po."));
        return Make("cluster-groups", l, text, ChartBuilders.StackedShares(text, groups.Select(g => Labels.PlanGroup(g, l)).ToArray(), parts, asShares: false, "0"));
    }
}
