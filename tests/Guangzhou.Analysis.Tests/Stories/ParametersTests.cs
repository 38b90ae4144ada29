using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Stories;
using Guangzhou.Analysis.Tests.Figures;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Stories;

/// <summary>
/// Each notebook's parameters are checked when they are first used: a value the data cannot answer fails with a message
/// naming the parameter, the value and the values that would work.
/// </summary>
public sealed class ParametersTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;

    private static void Fails(string parameter, string message, Action create)
    {
        var ex = Assert.Throws<InvalidParameterException>(create);
        Assert.Equal(parameter, ex.Parameter);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gdp_race_takes_two_big_cities_with_gdp_and_years_with_gdp()
    {
        var p = GdpRaceParameters.Create(D, "shenzhen", "shanghai", 2021, 2024);
        Assert.Equal(("shenzhen", "shanghai", 2021, 2024), (p.Challenger, p.Incumbent, p.FromYear, p.ToYear));
        Assert.Equal(["guangzhou", "chongqing", "shenzhen", "shanghai"], p.Field);
        Assert.Equal([2023, 2024], p.GrowthYears);
        Assert.Equal([2023, 2024, 2025], p.TargetYears);
    }

    [Theory]
    [InlineData("wuhan", "guangzhou", 2020, 2024, "challenger", "challenger = \"wuhan\": not one of the big cities with GDP in the data. Valid values: \"guangzhou\", \"chongqing\", \"shenzhen\", \"shanghai\".")]
    [InlineData("chongqing", "byd", 2020, 2024, "incumbent", "incumbent = \"byd\": not one of the big cities with GDP in the data. Valid values: \"guangzhou\", \"chongqing\", \"shenzhen\", \"shanghai\".")]
    [InlineData("guangzhou", "guangzhou", 2020, 2024, "challenger", "challenger = \"guangzhou\": the same city as incumbent; a race needs two. Valid values: \"chongqing\", \"shenzhen\", \"shanghai\".")]
    [InlineData("chongqing", "guangzhou", 2019, 2024, "fromYear", "fromYear = 2019: no city has GDP for that year in the data. Valid values: 2020, 2021, 2022, 2023, 2024.")]
    [InlineData("chongqing", "guangzhou", 2020, 2026, "toYear", "toYear = 2026: no city has GDP for that year in the data. Valid values: 2020, 2021, 2022, 2023, 2024.")]
    [InlineData("chongqing", "guangzhou", 2023, 2021, "toYear", "toYear = 2021: must come after fromYear (2023). Valid values: 2024.")]
    public void Gdp_race_rejects_what_the_data_cannot_answer(string challenger, string incumbent, int from, int to, string parameter, string message) =>
        Fails(parameter, message, () => GdpRaceParameters.Create(D, challenger, incumbent, from, to));

    [Fact]
    public void Auto_industry_takes_two_cities_with_growth_figures_and_a_year_one_of_them_has()
    {
        var p = AutoIndustryParameters.Create(D, "chongqing", "guangzhou", 2023);
        Assert.Equal(["chongqing", "guangzhou"], p.Cities);
        Assert.Equal(["2023Q1-Q3", "2023", "2024Q1", "2024Q1-Q2", "2024Q1-Q3"], p.Path.Select(x => x.ToString()));
        Assert.Equal([2022, 2023, 2024], p.SalesYears);
    }

    [Theory]
    [InlineData("shenzhen", "chongqing", 2024, "cityA", "cityA = \"shenzhen\": not a city with industrial or auto growth figures in the data. Valid values: \"guangzhou\", \"chongqing\".")]
    [InlineData("guangzhou", "Chongqing", 2024, "cityB", "cityB = \"Chongqing\": not a city with industrial or auto growth figures in the data. Valid values: \"guangzhou\", \"chongqing\".")]
    [InlineData("guangzhou", "guangzhou", 2024, "cityB", "cityB = \"guangzhou\": the same city as cityA; the comparison needs two. Valid values: \"chongqing\".")]
    [InlineData("guangzhou", "chongqing", 2022, "year", "year = 2022: neither guangzhou nor chongqing has a full-year growth figure for it. Valid values: 2023, 2024.")]
    public void Auto_industry_rejects_what_the_data_cannot_answer(string a, string b, int year, string parameter, string message) =>
        Fails(parameter, message, () => AutoIndustryParameters.Create(D, a, b, year));

    [Fact]
    public void Fiscal_takes_a_city_and_year_with_revenue_and_a_share_as_a_fraction()
    {
        var p = FiscalParameters.Create(D, "chongqing", 2024, 0.125m);
        Assert.Equal(new Percent(12.5m), p.ShareToProvince);
        Assert.Equal(["guangzhou", "chongqing", "shenzhen", "shanghai"], p.Field);
        Assert.Null(FiscalParameters.Create(D, "guangzhou", 2024, null).ShareToProvince);
        Assert.Equal(new Percent(0m), FiscalParameters.Create(D, "guangzhou", 2024, 0m).ShareToProvince);
        Assert.Equal(new Percent(100m), FiscalParameters.Create(D, "guangzhou", 2024, 1m).ShareToProvince);
    }

    [Theory]
    [InlineData("shenzhen", 2024, null, "city", "city = \"shenzhen\": not a city with cited general budget revenue. Valid values: \"guangzhou\", \"chongqing\", \"shanghai\".")]
    [InlineData("guangzhou", 2023, null, "year", "year = 2023: no cited general budget revenue for guangzhou that year. Valid values: 2024.")]
    [InlineData("guangzhou", 2024, 12.5, "shareToProvince", "shareToProvince = 12.5: a share of revenue is a fraction from 0 to 1 (0.125 is 12.5%), or null for the share the budget report implies.")]
    [InlineData("guangzhou", 2024, -0.1, "shareToProvince", "shareToProvince = -0.1: a share of revenue is a fraction from 0 to 1")]
    [InlineData("shanghai", 2024, null, "shareToProvince", "shareToProvince = null: no remittances to higher levels are cited for shanghai 2024, so there is no observed share; give a share from 0 to 1, or choose a city and year with cited remittances: guangzhou 2024.")]
    public void Fiscal_rejects_what_the_data_cannot_answer(string city, int year, double? share, string parameter, string message) =>
        Fails(parameter, message, () => FiscalParameters.Create(D, city, year, share is { } s ? (decimal)s : null));

    [Fact]
    public void Clusters_take_positive_amounts_in_wan_yi_and_years_in_order()
    {
        var p = ClusterParameters.Create(5m, 3m, 2024, 2035);
        Assert.Equal(Money.FromYi(50000m), p.Total);
        Assert.Equal(Unit.WanYi, p.Total.Unit);
        Assert.Equal(Money.FromWanYi(3m), p.Baseline);
        Assert.Equal(Period.OfSpan(2024, 2035), p.Years);
    }

    [Theory]
    [InlineData(0, 4.2, 2025, 2030, "totalWanYi", "totalWanYi = 0: a total in 萬億元 must be positive (the article states 6).")]
    [InlineData(6, -1, 2025, 2030, "baselineWanYi", "baselineWanYi = -1: a baseline in 萬億元 must be positive (the named tiers add up to 4.2).")]
    [InlineData(6, 4.2, 2030, 2030, "targetYear", "targetYear = 2030: must come after baseYear (2030); valid values: 2031 or later.")]
    public void Clusters_reject_amounts_and_years_that_cannot_be(double total, double baseline, int from, int to, string parameter, string message) =>
        Fails(parameter, message, () => ClusterParameters.Create((decimal)total, (decimal)baseline, from, to));

    public void Dispose() => _story.Dispose();
}
