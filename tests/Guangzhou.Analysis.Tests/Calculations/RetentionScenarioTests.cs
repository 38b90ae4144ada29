using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class RetentionScenarioTests
{
    private static readonly RetentionScenario ThreeLevel = new("three-level", new Yi(2000m), new Percent(30m), new Yi(100m));

    [Fact]
    public void Paid_retained_and_rate()
    {
        Assert.Equal(new Yi(600m), ThreeLevel.PaidToProvince);
        Assert.Equal(new Yi(1500m), ThreeLevel.Retained);
        Assert.Equal(new Percent(75m), ThreeLevel.RetentionRate);
        Assert.Equal(new Yi(600m), ThreeLevel.GainIfTwoLevel);
    }

    [Fact]
    public void Exact_with_published_figures()
    {
        var s = new RetentionScenario("gz", new Yi(1944.24m), new Percent(12.5m), new Yi(37.80m));
        Assert.Equal(new Yi(243.03m), s.PaidToProvince);
        Assert.Equal(new Yi(1739.01m), s.Retained);
        Assert.Equal(new Percent(89.4442m), s.RetentionRate.Round(4));
    }

    [Fact]
    public void WithShare_changes_only_name_and_share()
    {
        var twoLevel = ThreeLevel.WithShare("two-level", new Percent(0m));
        Assert.Equal("two-level", twoLevel.Name);
        Assert.Equal(new Yi(2000m), twoLevel.LocalRevenue);
        Assert.Equal(new Yi(100m), twoLevel.TransfersFromProvince);
        Assert.Equal(new Yi(0m), twoLevel.PaidToProvince);
        Assert.Equal(new Yi(2100m), twoLevel.Retained);
        Assert.Equal(new Percent(105m), twoLevel.RetentionRate);
        Assert.Equal("three-level", ThreeLevel.Name);
    }

    [Fact]
    public void ImpliedShare()
    {
        Assert.Equal(new Percent(30m), RetentionScenario.ImpliedShare(new Yi(600m), new Yi(2000m)));
        Assert.Equal(new Percent(12.5m), RetentionScenario.ImpliedShare(new Yi(243.03m), new Yi(1944.24m)));
    }
}
