using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class RetentionScenarioTests
{
    private static readonly RetentionScenario ThreeLevel = new("three-level", Money.FromYi(2000m), new Percent(30m), Money.FromYi(100m));

    [Fact]
    public void Paid_retained_and_rate()
    {
        Assert.Equal(Money.FromYi(600m), ThreeLevel.PaidToProvince);
        Assert.Equal(Money.FromYi(1500m), ThreeLevel.Retained);
        Assert.Equal(new Percent(75m), ThreeLevel.RetentionRate);
        Assert.Equal(Money.FromYi(600m), ThreeLevel.GainIfTwoLevel);
    }

    [Fact]
    public void Exact_with_published_figures()
    {
        var s = new RetentionScenario("gz", Money.FromYi(1944.24m), new Percent(12.5m), Money.FromYi(37.80m));
        Assert.Equal(Money.FromYi(243.03m), s.PaidToProvince);
        Assert.Equal(Money.FromYi(1739.01m), s.Retained);
        Assert.Equal(new Percent(89.4442m), s.RetentionRate.Round(4));
    }

    [Fact]
    public void WithShare_changes_only_name_and_share()
    {
        var twoLevel = ThreeLevel.WithShare("two-level", new Percent(0m));
        Assert.Equal("two-level", twoLevel.Name);
        Assert.Equal(Money.FromYi(2000m), twoLevel.LocalRevenue);
        Assert.Equal(Money.FromYi(100m), twoLevel.TransfersFromProvince);
        Assert.Equal(Money.FromYi(0m), twoLevel.PaidToProvince);
        Assert.Equal(Money.FromYi(2100m), twoLevel.Retained);
        Assert.Equal(new Percent(105m), twoLevel.RetentionRate);
        Assert.Equal("three-level", ThreeLevel.Name);
    }

    [Fact]
    public void ImpliedShare()
    {
        Assert.Equal(new Percent(30m), RetentionScenario.ImpliedShare(Money.FromYi(600m), Money.FromYi(2000m)));
        Assert.Equal(new Percent(12.5m), RetentionScenario.ImpliedShare(Money.FromYi(243.03m), Money.FromYi(1944.24m)));
    }
}
