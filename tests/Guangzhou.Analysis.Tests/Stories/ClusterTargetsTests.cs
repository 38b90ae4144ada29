using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Stories;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Stories;

/// <summary>The cluster total read with tier labels as floors, on <see cref="TestData"/> (1 × 10000 + 2 × 5000 億元 over 3 of 5 clusters).</summary>
public sealed class ClusterTargetsTests : IDisposable
{
    private readonly TestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void The_floors_sentence_says_what_the_other_clusters_would_need_and_that_nothing_is_contradicted()
    {
        var set = _data.Load();
        var total = Money.FromWanYi(6m);
        var gap = ClusterTargets.Gap(set, total);
        Assert.Equal(
            "Tier labels are floors: if the named clusters stay at their floors, each of the other 2 would need 2 trillion yuan, at least the smallest named tier; named clusters above their floors would need less of them. The total is possible, not shown: no independent source gives it.",
            ClusterTargets.FloorsSentence(gap, total, Language.English));
        Assert.Equal(
            "層級是下限：若具名集群都只在下限，其餘2個集群每個須達2萬億元，不低於最小層級；具名集群超出下限則所需更少。總額可能成立，但沒有獨立來源證實。",
            ClusterTargets.FloorsSentence(gap, total, Language.Chinese));
        var small = Money.FromWanYi(1.5m);
        Assert.Equal("The named tiers' floors alone reach 1.5 trillion yuan.", ClusterTargets.FloorsSentence(ClusterTargets.Gap(set, small), small, Language.English));
    }
}
