using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class GrowthTests
{
    [Fact]
    public void Rate_is_exact()
    {
        Assert.Equal(new Percent(2.1m), Growth.Rate(100m, 102.1m));
        Assert.Equal(new Percent(-18.2m), Growth.Rate(100m, 81.8m));
        Assert.Equal(new Percent(2.23m), Growth.Rate(Money.FromYi(30355.73m), Money.FromYi(31032.65m)).Round(2));
        Assert.Equal(new Percent(-15.37m), Growth.Rate(VehicleCount.FromWanVehicles(300.12m), VehicleCount.FromWanVehicles(253.98m)).Round(2));
    }

    [Fact]
    public void Rate_from_zero_is_undefined() =>
        Assert.Throws<ArgumentException>(() => Growth.Rate(0m, 1m));

    [Fact]
    public void Cagr_rounded_to_four_decimals()
    {
        Assert.Equal(10m, Math.Round(Growth.Cagr(100m, 121m, 2).Value, 4));
        Assert.Equal(5.5325m, Math.Round(Growth.Cagr(Money.FromYi(25019.11m), Money.FromYi(31032.50m), 4).Value, 4));
        Assert.Equal(-5m, Math.Round(Growth.Cagr(100m, 90.25m, 2).Value, 4));
    }

    [Fact]
    public void Cagr_over_one_year_is_the_rate() =>
        Assert.Equal(2.1m, Math.Round(Growth.Cagr(100m, 102.1m, 1).Value, 10));

    [Theory]
    [InlineData(0, 100, 1)]
    [InlineData(100, 0, 1)]
    [InlineData(-100, 100, 1)]
    public void Cagr_needs_positive_levels(int from, int to, int years) =>
        Assert.Throws<ArgumentException>(() => Growth.Cagr(from, to, years));

    [Fact]
    public void Cagr_needs_a_year() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(100m, 110m, 0));

    [Fact]
    public void RequiredToReach()
    {
        Assert.Equal(4.3215m, Math.Round(Growth.RequiredToReach(Money.FromYi(31032.50m), 2024, Money.FromYi(40000m), 2030).Value, 4));
        Assert.Equal(10m, Math.Round(Growth.RequiredToReach(Money.FromYi(100m), 2023, Money.FromYi(121m), 2025).Value, 4));
    }

    [Fact]
    public void Project_compounds_exactly()
    {
        Assert.Equal(110.25m, Growth.Project(100m, new Percent(5m), 2));
        Assert.Equal(133.1m, Growth.Project(100m, new Percent(10m), 3));
        Assert.Equal(31032.50m, Growth.Project(31032.50m, new Percent(5m), 0));
        Assert.Equal(31032.50m * 1.05m, Growth.Project(31032.50m, new Percent(5m), 1));
    }

    [Fact]
    public void Chain_of_rates()
    {
        Assert.Equal(new Percent(7.205m), Growth.Chain([new Percent(2.1m), new Percent(5m)]));
        Assert.Equal(new Percent(0m), Growth.Chain([]));
        Assert.Equal(new Percent(-1m), Growth.Chain([new Percent(10m), new Percent(-10m)]));
    }
}
