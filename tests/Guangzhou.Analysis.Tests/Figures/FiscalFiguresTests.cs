using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Guangzhou.Analysis.Tests.Figures.PlotlyJson;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>The fiscal figures on <see cref="StoryData"/>: Guangzhou's cited flows, and the what-if share.</summary>
public sealed class FiscalFiguresTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;

    [Fact]
    public void Revenue_ranks_the_cities_and_titles_the_chosen_citys_rank()
    {
        var f = FiscalFigures.Revenue(D, FiscalParameters.Create(D, "guangzhou", 2024, null));
        Assert.Equal("fiscal-revenue-2024", f.Id);
        Assert.Equal("廣州的財力：2024年一般公共預算收入在3城中排第3", f.Title);
        Assert.Equal(["廣州", "重慶", "上海"], Strings(Traces(f)[0]!["y"]));
        Assert.Equal([1954.7m, 2596.0m, 8374.2m], Numbers(Traces(f)[0]!["x"]));
        Assert.Equal("註：深圳無可引用數據。", f.Note);

        var shanghai = FiscalFigures.Revenue(D, FiscalParameters.Create(D, "shanghai", 2024, 0.1m), Language.English);
        Assert.Equal("Shanghai's purse: general public budget revenue 2024, rank 1 of 3", shanghai.Title);
    }

    [Fact]
    public void Bridge_with_the_observed_share_steps_from_revenue_to_what_is_left()
    {
        var f = FiscalFigures.Bridge(D, FiscalParameters.Create(D, "guangzhou", 2024, null));
        Assert.Equal("guangzhou-fiscal-bridge-2024", f.Id);
        Assert.Equal("廣州2024年上解191.9億元，相當於收入的9.8%", f.Title);
        var bridge = Traces(f)[0]!;
        Assert.Equal(["一般公共預算收入", "上級補助收入", "上解上級支出", "可用財力"], Strings(bridge["x"]));
        Assert.Equal([1954.7m, 624.1m, -191.9m, 0m], Numbers(bridge["y"]));
        Assert.Equal(["1954.7", "624.1", "-191.9", "2386.9"], Strings(bridge["text"]));
    }

    [Fact]
    public void Bridge_with_a_what_if_share_pays_up_that_share_of_revenue()
    {
        var f = FiscalFigures.Bridge(D, FiscalParameters.Create(D, "guangzhou", 2024, 0.2m));
        Assert.Equal("若廣州上解收入的20%，2024年可用財力為2188億元", f.Title);
        var bridge = Traces(f)[0]!;
        Assert.Equal("上解（假設20%）", Strings(bridge["x"])[2]);
        Assert.Equal([1954.7m, 624.1m, -390.94m, 0m], Numbers(bridge["y"]));
        Assert.Equal("2187.9", Strings(bridge["text"])[3]);
        Assert.Contains("實際上解191.9億元，即收入的9.8%。", f.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_of_a_city_without_cited_transfers_leaves_out_the_transfers_and_the_total()
    {
        var f = FiscalFigures.Bridge(D, FiscalParameters.Create(D, "chongqing", 2024, 0.1m), Language.English);
        Assert.Equal("If Chongqing paid up 10% of revenue, it would remit 26 bn yuan in 2024", f.Title);
        Assert.Equal(["Own revenue", "Paid up (if 10%)"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([259.60m, -25.96m], Numbers(Traces(f)[0]!["y"]));
        Assert.EndsWith("No citable transfers received, so nothing is shown as available.", f.Note, StringComparison.Ordinal);
    }

    public void Dispose() => _story.Dispose();
}
