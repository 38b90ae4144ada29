using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Guangzhou.Analysis.Tests.Figures.PlotlyJson;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>
/// The cluster and fact-check figures on <see cref="TestData"/>: the article names 1 cluster at 萬億級 and 2 at 5000億級
/// (2萬億) of 5 clusters; the other 3 make the rest.
/// </summary>
public sealed class ClusterFiguresTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _d;

    public ClusterFiguresTests() => _d = _data.Load();

    private static ClusterParameters Clusters(decimal total = 6m, decimal baseline = 4.2m, int from = 2025, int to = 2030) =>
        ClusterParameters.Create(total, baseline, from, to);

    [Fact]
    public void Tiers_bridge_adds_the_named_tiers_and_what_the_unnamed_clusters_would_need()
    {
        var f = ClusterFigures.TiersBridge(_d, Clusters());
        Assert.Equal("點名的3個集群只有2萬億，距6萬億尚差4萬億", f.Title);
        Assert.Equal("其餘2個平均每個須達2萬億元，高於最低一級（5000億級）", f.Subtitle);
        var bridge = Traces(f)[0]!;
        Assert.Equal(["1個1萬億級", "2個5000億級", "其餘2個集群（須補足）", "檢驗的總規模"], Strings(bridge["x"]));
        Assert.Equal([1m, 1m, 4m, 0m], Numbers(bridge["y"]));
        Assert.Equal(["1.0", "1.0", "4.0", "6.0"], Strings(bridge["text"]));
    }

    [Theory]
    [InlineData(3, "其餘2個平均每個須達5000億元，與最低一級（5000億級）相同")]
    [InlineData(2.5, "其餘2個平均每個須達2500億元，低於最低一級（5000億級）")]
    [InlineData(2, "其餘2個集群無須補足")]
    public void Tiers_bridge_compares_the_need_with_the_smallest_tier_for_the_total_tested(decimal total, string subtitle)
    {
        var f = ClusterFigures.TiersBridge(_d, Clusters(total));
        Assert.Equal(subtitle, f.Subtitle);
        Assert.Equal(total - 2m, Numbers(Traces(f)[0]!["y"])[2]);
    }

    [Fact]
    public void Tiers_bridge_says_when_the_named_tiers_already_reach_the_total()
    {
        var f = ClusterFigures.TiersBridge(_d, Clusters(1.5m), Language.English);
        Assert.Equal("The 3 named clusters already add up to 2 trillion, at least 1.5", f.Title);
    }

    [Fact]
    public void Implied_growth_draws_the_constant_rate_path_from_baseline_to_total()
    {
        var f = ClusterFigures.ImpliedGrowth(_d, Clusters());
        Assert.Equal("cluster-implied-growth", f.Id);
        Assert.Equal("由4.2萬億到6萬億：2025–2030年每年須增長7.4%", f.Title);
        var path = Traces(f)[0]!;
        Assert.Equal([2025, 2026, 2027, 2028, 2029, 2030], path["x"]!.AsArray().Select(x => (int)x!));
        Assert.Equal([4.2m, 4.511m, 4.844m, 5.202m, 5.587m, 6m], Numbers(path["y"]));
        Assert.Equal("註：基數4.2萬億為自訂參數；名義增速。", f.Note);

        var longer = ClusterFigures.ImpliedGrowth(_d, Clusters(total: 5m, baseline: 2m, from: 2024, to: 2035), Language.English);
        Assert.Equal("From 2 to 5 trillion: 8.7% a year in 2024–2035", longer.Title);
        Assert.Equal("Note: the baseline, 2 tn, is the sum of the article's named tiers, not an official statistic; nominal growth.", longer.Note);
    }

    [Fact]
    public void Groups_stack_the_clusters_of_each_official_group_by_the_articles_tier()
    {
        var f = ClusterFigures.Groups(_d);
        Assert.Equal("5個戰略性產業集群，報道只為3個標了規模", f.Title);
        Assert.Equal(["1萬億級", "5000億級", "報道未分級"], Names(f));
        Assert.Equal(["先進製造業", "服務業"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([[1m, 0m], [1m, 1m], [2m, 0m]], Traces(f).Select(t => Numbers(t!["y"])).ToArray());
    }

    [Fact]
    public void Verdicts_stack_every_claim_under_its_theme()
    {
        var f = FactCheckFigures.Verdicts(_d);
        var verdicts = FactCheck.Verdicts(_d);
        Assert.Equal(16, verdicts.Count);
        Assert.Equal(VerdictWords.Categories.Select(c => c.Zh), Names(f));
        Assert.Equal(["經濟總量", "財政", "汽車", "產業集群", "市場"], Strings(Traces(f)[0]!["x"]));
        var perTheme = Enumerable.Range(0, 5).Select(i => Traces(f).Sum(t => Numbers(t!["y"])[i]!.Value)).ToArray();
        Assert.Equal([6m, 1m, 2m, 6m, 1m], perTheme);
        Assert.StartsWith("報道16個數字，", f.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Verdicts_follow_the_theme_and_refuse_an_unknown_one()
    {
        var f = FactCheckFigures.Verdicts(_d, Language.English, "gdp");
        Assert.Equal("claim-verdicts-gdp", f.Id);
        Assert.Equal(["GDP"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal(6m, Traces(f).Sum(t => Numbers(t!["y"])[0]!.Value));
        Assert.Equal("2 of the article's 6 numbers on GDP confirmed by official documents, 1 more supported only by media or weak sources", f.Title);
        var ex = Assert.Throws<InvalidParameterException>(() => FactCheckFigures.Verdicts(_d, Language.English, "gpd"));
        Assert.Equal("theme = \"gpd\": no claim has this theme. Valid values: \"\", \"autos\", \"clusters\", \"fiscal\", \"gdp\", \"market\".", ex.Message);
    }

    public void Dispose() => _data.Dispose();
}
