using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class OvertakingTests
{
    [Fact]
    public void B_passes_A_in_2022_and_stays_ahead()
    {
        var a = new Dictionary<int, decimal> { [2020] = 25019.11m, [2021] = 28231.97m, [2022] = 28839.00m, [2023] = 30355.73m };
        var b = new Dictionary<int, decimal> { [2020] = 25002.79m, [2021] = 27894.02m, [2022] = 29129.03m, [2023] = 30500.00m };
        var result = Overtaking.Compare("guangzhou", a, "chongqing", b);

        Assert.Equal([2020, 2021, 2022, 2023], result.Standings.Select(s => s.Year));
        Assert.Equal(["guangzhou", "guangzhou", "chongqing", "chongqing"], result.Standings.Select(s => s.Leader));
        Assert.Equal(16.32m, result.In(2020)!.Margin);
        Assert.Equal(337.95m, result.In(2021)!.Margin);

        var change = Assert.Single(result.Changes);
        Assert.Equal(new LeadChange<decimal>(2022, "chongqing", "guangzhou", 290.03m), change);
        Assert.Equal(change, result.FirstPass("chongqing"));
        Assert.Null(result.FirstPass("guangzhou"));
        Assert.False(result.LeadChangedBack);
        Assert.Null(result.In(2019));
    }

    [Fact]
    public void Lead_changes_back()
    {
        var a = new Dictionary<int, decimal> { [2021] = 28231.97m, [2022] = 28839.00m, [2023] = 30355.73m, [2024] = 31032.50m };
        var b = new Dictionary<int, decimal> { [2021] = 27894.02m, [2022] = 29129.03m, [2023] = 30145.79m, [2024] = 32193.15m };
        var result = Overtaking.Compare("guangzhou", a, "chongqing", b);

        Assert.Equal(
            [
                new LeadChange<decimal>(2022, "chongqing", "guangzhou", 290.03m),
                new LeadChange<decimal>(2023, "guangzhou", "chongqing", 209.94m),
                new LeadChange<decimal>(2024, "chongqing", "guangzhou", 1160.65m),
            ],
            result.Changes);
        Assert.True(result.LeadChangedBack);
        Assert.Equal(2022, result.FirstPass("chongqing")!.Year);
        Assert.Equal(2023, result.FirstPass("guangzhou")!.Year);
        var s2023 = result.In(2023)!;
        Assert.Equal(("guangzhou", "chongqing", 30355.73m, 30145.79m), (s2023.Leader, s2023.Trailer, s2023.LeaderValue, s2023.TrailerValue));
    }

    [Fact]
    public void Only_years_both_have_are_compared_and_a_tie_keeps_the_first_as_leader()
    {
        var a = new Dictionary<int, decimal> { [2019] = 1m, [2020] = 5m, [2022] = 7m };
        var b = new Dictionary<int, decimal> { [2020] = 5m, [2021] = 9m, [2022] = 8m };
        var result = Overtaking.Compare("a", a, "b", b);
        Assert.Equal([2020, 2022], result.Standings.Select(s => s.Year));
        Assert.Equal("a", result.In(2020)!.Leader);
        Assert.Equal(0m, result.In(2020)!.Margin);
        Assert.Equal(new LeadChange<decimal>(2022, "b", "a", 1m), Assert.Single(result.Changes));
    }

    [Fact]
    public void No_common_years_gives_no_standings()
    {
        var result = Overtaking.Compare("a", new Dictionary<int, decimal> { [2020] = 1m }, "b", new Dictionary<int, decimal> { [2021] = 2m });
        Assert.Empty(result.Standings);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void Quantities_in_different_units_of_one_dimension_compare_and_the_margin_is_in_the_leaders_unit()
    {
        var a = new Dictionary<int, Quantity> { [2024] = new(31032.50m, Unit.Yi), [2025] = new(3.2m, Unit.WanYi) };
        var b = new Dictionary<int, Quantity> { [2024] = new(3.22m, Unit.WanYi), [2025] = new(31500m, Unit.Yi) };
        var result = Overtaking.Compare("guangzhou", a, "chongqing", b);
        Assert.Equal(["chongqing", "guangzhou"], result.Standings.Select(s => s.Leader));
        Assert.Equal(new Quantity(0.11675m, Unit.WanYi), result.In(2024)!.Margin);
        Assert.Equal("500 億元", (result.Latest!.Margin.To(Unit.Yi)).ToString());
        Assert.Equal(new LeadChange<Quantity>(2025, "guangzhou", "chongqing", new Quantity(0.05m, Unit.WanYi)), Assert.Single(result.Changes));
    }
}
