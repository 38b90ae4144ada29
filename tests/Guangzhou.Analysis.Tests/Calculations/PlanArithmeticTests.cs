using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class PlanArithmeticTests
{
    private static readonly PlanTier[] ArticleTiers =
    [
        new("萬億級", 1, Money.FromYi(10000m)),
        new("5000億級", 4, Money.FromYi(5000m)),
        new("3000億級", 4, Money.FromYi(3000m)),
    ];

    [Fact]
    public void Tier_totals_and_sum()
    {
        Assert.Equal(Money.FromYi(20000m), ArticleTiers[1].Total);
        Assert.Equal(Money.FromYi(42000m), PlanArithmetic.Sum(ArticleTiers));
        Assert.Equal(Money.FromYi(0m), PlanArithmetic.Sum([]));
    }

    [Fact]
    public void Gap_against_the_stated_total()
    {
        var gap = PlanArithmetic.Gap(ArticleTiers, Money.FromWanYi(6m).In(Unit.Yi), 15);
        Assert.Equal(Money.FromYi(60000m), gap.StatedTotal);
        Assert.Equal(Money.FromYi(42000m), gap.NamedTotal);
        Assert.Equal(Money.FromYi(18000m), gap.Remainder);
        Assert.Equal(9, gap.NamedClusters);
        Assert.Equal(15, gap.AllClusters);
        Assert.Equal(6, gap.UnnamedClusters);
        Assert.Equal(Money.FromYi(3000m), gap.RequiredPerUnnamed);
        Assert.Equal(Money.FromYi(3000m), gap.SmallestTierLevel);
        Assert.True(gap.TotalNeedsUnnamedAtTierLevel);
    }

    [Fact]
    public void A_smaller_total_leaves_room_for_smaller_unnamed_clusters()
    {
        var gap = PlanArithmetic.Gap(ArticleTiers, Money.FromYi(50000m), 15);
        Assert.Equal(Money.FromYi(8000m), gap.Remainder);
        Assert.Equal(8000m / 6m, gap.RequiredPerUnnamed!.Value.Value);
        Assert.False(gap.TotalNeedsUnnamedAtTierLevel);
    }

    [Fact]
    public void Every_cluster_named_needs_nothing_more()
    {
        var gap = PlanArithmetic.Gap(ArticleTiers, Money.FromYi(60000m), 9);
        Assert.Equal(0, gap.UnnamedClusters);
        Assert.Null(gap.RequiredPerUnnamed);
        Assert.False(gap.TotalNeedsUnnamedAtTierLevel);
    }

    [Fact]
    public void Gap_needs_a_tier() =>
        Assert.Throws<ArgumentException>(() => PlanArithmetic.Gap([], Money.FromYi(1m), 15));
}
