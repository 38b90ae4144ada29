using static Guangzhou.Analysis.Figures.FigureWords;

namespace Guangzhou.Analysis.Figures;

/// <summary>Figures of the cluster plan: the article's tiers against the total to test, tiers by official group, the growth a target implies.</summary>
public static class ClusterFigures
{
    /// <summary>A bridge from the article's named tiers to the parameters' total: what the unnamed clusters would have to bring.</summary>
    public static Figure TiersBridge(DataSet d, ClusterParameters p, Language l = Language.Chinese)
    {
        var gap = ClusterTargets.Gap(d, p);
        var tiers = ClusterTargets.ArticleTiers(d);
        // The tiers are the article's (its claim row); the remainder and the total are computed from them and the parameters.
        var article = new[] { d.Claims.First(c => c.Id == ClusterTargets.TotalClaimId).SourceId };
        var plan = Origin.Computed(p.TargetYear.ToString(CultureInfo.InvariantCulture), article);
        var steps = tiers.Select((t, i) => new BridgeStep(
                T(l, $"{t.Count}個{TierName(t.Level, l)}", $"{t.Count} × {TierName(t.Level, l)}"),
                t.Total.WanYi, i == 0 ? BridgeStepKind.Start : BridgeStepKind.Change, plan))
            .Append(new BridgeStep(T(l, $"其餘{gap.UnnamedClusters}個集群（須補足）", $"Other {gap.UnnamedClusters} clusters (needed)"), gap.Remainder.WanYi, BridgeStepKind.Change, plan))
            .Append(new BridgeStep(T(l, "檢驗的總規模", "Total tested"), gap.StatedTotal.WanYi, BridgeStepKind.Total, Origin.Computed(p.TargetYear.ToString(CultureInfo.InvariantCulture), [])))
            .ToArray();
        var (named, total) = (N(gap.NamedTotal.WanYi), N(gap.StatedTotal.WanYi));
        var text = new FigureText(
            gap.Remainder.Yi > 0
                ? T(l, $"點名的{gap.NamedClusters}個集群只有{named}萬億，距{total}萬億尚差{N(gap.Remainder.WanYi)}萬億",
                       $"The {gap.NamedClusters} named clusters add up to {named} trillion, {N(gap.Remainder.WanYi)} short of {total}")
                : T(l, $"點名的{gap.NamedClusters}個集群已有{named}萬億，不少於{total}萬億", $"The {gap.NamedClusters} named clusters already add up to {named} trillion, at least {total}"),
            RequiredSubtitle(gap, l),
            "", U(l, Unit.WanYi).Words,
            T(l, "資料來源：香港文匯報（報道所列分級）", "Source: Wen Wei Po (the tiers as the article lists them)"),
            T(l, $"註：分級以其標示規模計（萬億級＝1萬億）；檢驗的總規模為{total}萬億（報道稱「超{N(ClusterTargets.ArticleTotal(d).WanYi)}萬億」）；官方未公布各級目標。",
                 $"Note: tiers counted at their labels (trillion tier = 1 tn); the total tested is {total} tn (the article says over {N(ClusterTargets.ArticleTotal(d).WanYi)} tn); no official tier targets were found."));
        return Make("cluster-tiers-bridge", l, text, ChartBuilders.Bridge(text, steps, U(l, Unit.WanYi), "0.0#"));
    }

    /// <summary>What each unnamed cluster would need against the smallest named tier: more, as much, or less.</summary>
    private static string RequiredSubtitle(PlanGap gap, Language l)
    {
        if (gap.RequiredPerUnnamed is not { } per || per.Yi <= 0)
            return T(l, $"其餘{gap.UnnamedClusters}個集群無須補足", $"The other {gap.UnnamedClusters} clusters need bring nothing");
        var smallest = TierName(gap.SmallestTierLevel, l);
        var (zh, en) = per.CompareTo(gap.SmallestTierLevel) switch
        {
            > 0 => ("高於", "more than"),
            0 => ("與", "as much as"),
            _ => ("低於", "less than"),
        };
        return T(l, $"其餘{gap.UnnamedClusters}個平均每個須達{A(l, per.Yi, Unit.Yi, "0")}，{zh}最低一級（{smallest}）" + (zh == "與" ? "相同" : ""),
                    $"The other {gap.UnnamedClusters} would need {A(l, per.Yi, Unit.Yi, "0.#")} each, {en} the lowest named tier ({smallest})");
    }

    /// <summary>A tier's name as the article writes it: 1萬億級, 5000億級 (trillion tier, 500 bn tier).</summary>
    private static string TierName(Money level, Language l) => l == Language.English
        ? $"{A(l, level.Yi, Unit.Yi)} tier"
        : level.WanYi >= 1 ? $"{N(level.WanYi)}萬億級" : $"{N(level.Yi)}億級";

    /// <summary>The 15 clusters by official group, stacked by the tier the article gives them.</summary>
    public static Figure Groups(DataSet d, Language l = Language.Chinese)
    {
        var clusters = ClusterTargets.Clusters(d);
        var groups = clusters.Select(c => c.Cluster.Group).Distinct().ToArray();
        var tiers = clusters.Select(c => c.TierLevel).Distinct().OrderByDescending(v => v?.Yi ?? -1).ToArray();
        var palette = new[] { "#c8102e", "#e07a5f", "#f2cc8f", HouseStyle.Unconfirmed };
        var parts = tiers.Select((t, i) => new BarSeries(t is { } level ? TierName(level, l) : T(l, "報道未分級", "No tier in the article"), palette[Math.Min(i, palette.Length - 1)],
            groups.Select(g => (decimal?)clusters.Count(c => c.Cluster.Group == g && c.TierLevel == t)).ToArray(),
            groups.Select(g => (Origin?)Origin.Computed("", clusters.Where(c => c.Cluster.Group == g && c.TierLevel == t).Select(c => c.Cluster.SourceId))).ToArray())).ToArray();
        var text = new FigureText(
            T(l, $"{clusters.Count}個戰略性產業集群，報道只為{clusters.Count(c => c.ArticleTier is not null)}個標了規模",
                 $"Of the {clusters.Count} strategic clusters, the article gives a size to {clusters.Count(c => c.ArticleTier is not null)}"),
            T(l, "按官方分組的集群數目，個", "Clusters by official group, count"), "", T(l, "個", "count"),
            SourceLine.From(clusters.Select(c => d.Sources[c.Cluster.SourceId]).Append(d.Sources[d.Claims.First(c => c.Id == ClusterTargets.TotalClaimId).SourceId]), l),
            T(l, "註：分組據官方名單；規模分級據香港文匯報。", "Note: groups from the official list; tiers from Wen Wei Po."));
        return Make("cluster-groups", l, text, ChartBuilders.StackedShares(text, groups.Select(g => Labels.PlanGroup(g, l)).ToArray(), parts, asShares: false, U(l, Unit.Count), "0"));
    }

    /// <summary>The path from the parameters' baseline to their total at the constant growth it needs, year by year.</summary>
    public static Figure ImpliedGrowth(DataSet d, ClusterParameters p, Language l = Language.Chinese)
    {
        var implied = ClusterTargets.Implied(p);
        var (from, to, rate) = (N(p.Baseline.WanYi), N(p.Total.WanYi), N(implied.AnnualRate.Value, "0.0"));
        var line = new LineSeries(T(l, "所需路徑", "Required path"), EntityColors.For(Cities.Guangzhou),
            implied.Path.Select(x => x.Year).ToArray(), implied.Path.Select(x => Math.Round(x.Level.WanYi, 3)).ToArray(), Emphasis: true,
            implied.Path.Select(x => (Origin?)Origin.Computed(x.Year.ToString(CultureInfo.InvariantCulture), [])).ToArray());
        var events = new[] { new ChartEvent(p.TargetYear, Math.Round(p.Total.WanYi, 3), T(l, $"{p.TargetYear}年{to}萬億", $"{to} tn in {p.TargetYear}")) };
        var namedTotal = ClusterTargets.Gap(d).NamedTotal;
        var text = new FigureText(
            T(l, $"由{from}萬億到{to}萬億：{p.BaseYear}–{p.TargetYear}年每年須增長{rate}%", $"From {from} to {to} trillion: {rate}% a year in {p.BaseYear}–{p.TargetYear}"),
            T(l, "按固定年增速推算的規模，", "Size at a constant annual growth rate, ") + U(l, Unit.WanYi).Words,
            T(l, "年份", "Year"), U(l, Unit.WanYi).Words,
            T(l, "資料來源：按筆記本參數計算", "Source: computed from the notebook's parameters"),
            p.Baseline == namedTotal
                ? T(l, $"註：基數{from}萬億為報道點名分級之和，並非官方統計；名義增速。", $"Note: the baseline, {from} tn, is the sum of the article's named tiers, not an official statistic; nominal growth.")
                : T(l, $"註：基數{from}萬億為自訂參數；名義增速。", $"Note: the baseline, {from} tn, is a chosen parameter; nominal growth."));
        return Make("cluster-implied-growth", l, text, ChartBuilders.Lines(text, [line], events, U(l, Unit.WanYi), "0.00"));
    }
}
