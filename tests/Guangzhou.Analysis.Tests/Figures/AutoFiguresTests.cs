using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Guangzhou.Analysis.Tests.Figures.PlotlyJson;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>The auto-industry figures on <see cref="StoryData"/>.</summary>
public sealed class AutoFiguresTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;
    private AutoIndustryParameters Autos(string a = "guangzhou", string b = "chongqing", int year = 2024) => AutoIndustryParameters.Create(D, a, b, year);

    [Fact]
    public void Industry_growth_draws_three_measures_per_city_and_titles_the_industrial_figures()
    {
        var f = AutoFigures.IndustryGrowth(D, Autos());
        Assert.Equal("industry-growth-2024", f.Id);
        Assert.Equal("2024年規模以上工業增加值：廣州−1.3%，重慶+7.1%", f.Title);
        Assert.Equal(["廣州", "重慶"], Names(f));
        Assert.Equal(["第二產業增加值增速", "規模以上工業增加值增速", "汽車製造業增加值增速"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([-0.8m, -1.3m, -18.2m], Numbers(Traces(f)[0]!["y"]));
        Assert.Equal([null, 7.1m, 26.7m], Numbers(Traces(f)[1]!["y"]));
        Assert.Equal("註：重慶第二產業增加值增速未找到可引用來源，留空。重慶汽車數據為「汽車產業」增加值。", f.Note);
    }

    [Fact]
    public void Industry_growth_follows_the_cities_and_the_year()
    {
        var swapped = AutoFigures.IndustryGrowth(D, Autos("chongqing", "guangzhou"), Language.English);
        Assert.Equal("Industrial value added 2024: Chongqing +7.1%, Guangzhou −1.3%", swapped.Title);
        Assert.Equal(["Chongqing", "Guangzhou"], Names(swapped));

        var earlier = AutoFigures.IndustryGrowth(D, Autos(year: 2023));
        Assert.Equal("industry-growth-2023", earlier.Id);
        Assert.Equal("2023年工業增速：廣州對重慶", earlier.Title);
        Assert.Equal([null, null, 3.0m], Numbers(Traces(earlier)[0]!["y"]));
    }

    [Fact]
    public void Value_added_path_runs_from_the_year_into_the_next_and_reads_the_trend_of_city_a()
    {
        var f = AutoFigures.ValueAddedPath(D, Autos());
        Assert.Equal("廣州汽車製造業2025年降幅收窄，仍未轉正", f.Title);
        Assert.Equal(["2024年前三季度", "2024年", "2025年第1季度", "2025年上半年", "2025年前三季度"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([-17.4m, -18.2m, null, -5.0m, null], Numbers(Traces(f)[0]!["y"]));
        Assert.Equal([null, 26.7m, null, null, null], Numbers(Traces(f)[1]!["y"]));
        Assert.Equal("註：重慶為「汽車產業」增加值。2025年起汽車產量按經營地統計，與此前不完全可比。", f.Note);

        var earlier = AutoFigures.ValueAddedPath(D, Autos(year: 2023), Language.English);
        Assert.Equal("Guangzhou's car making slowed in 2024", earlier.Title);
        Assert.Equal([null, 3.0m, null, null, -17.4m], Numbers(Traces(earlier)[0]!["y"]));
    }

    [Fact]
    public void Nev_sales_convert_vehicles_to_wan_and_title_the_last_years_ratio()
    {
        var f = AutoFigures.NevCompanies(D, Autos());
        Assert.Equal("2025年比亞迪新能源車銷量是廣汽集團的10.6倍", f.Title);
        Assert.Equal(["2023", "2024", "2025"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([302.4m, 427.2m, 460.2m], Numbers(Traces(f)[0]!["y"]));
        Assert.Equal([null, null, 43.4m], Numbers(Traces(f)[1]!["y"]));
        Assert.Equal("註：廣汽集團2023、2024年新能源銷量未找到可引用來源，留空。", f.Note);

        var earlier = AutoFigures.NevCompanies(D, Autos(year: 2023));
        Assert.Equal("比亞迪與廣汽集團新能源汽車銷量", earlier.Title);
        Assert.Equal(["2022", "2023", "2024"], Strings(Traces(earlier)[0]!["x"]));
    }

    public void Dispose() => _story.Dispose();
}
