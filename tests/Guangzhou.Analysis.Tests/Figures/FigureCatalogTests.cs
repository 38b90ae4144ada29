using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>The catalog draws every figure for the request it is given; the exporter gives it the defaults.</summary>
public sealed class FigureCatalogTests : IDisposable
{
    private readonly StoryData _story = new();

    [Fact]
    public void The_catalog_draws_each_figure_for_its_request()
    {
        var d = _story.Data;
        var request = new FigureRequest(
            GdpRaceParameters.Create(d, "shenzhen", "guangzhou", 2021, 2024),
            AutoIndustryParameters.Create(d, "chongqing", "guangzhou", 2024),
            FiscalParameters.Create(d, "guangzhou", 2024, 0.2m),
            ClusterParameters.Create(3m, 2m, 2025, 2035),
            MultipleParameters.Create(d, "chongqing", 2020, 3m, 2040));
        var catalog = new FigureCatalog(d, request);
        Assert.Same(request, catalog.Request);
        Assert.Equal("深圳GDP在2021–2024年一直高於廣州", catalog.Build("gdp-race").Title);
        Assert.Equal("GDP of eight big cities, 2021–2024", catalog.Caption("gdp-race", Language.English));
        Assert.Equal("gdp-growth-2023", catalog.Build("gdp-growth-2024").Id);
        Assert.Equal("2024年規模以上工業增加值：重慶+7.1%，廣州−1.3%", catalog.Build("industry-growth-2024").Title);
        Assert.Equal("若廣州上解收入的20%，2024年可用財力為2188億元", catalog.Build("guangzhou-fiscal-bridge-2024").Title);
        Assert.Equal("「3萬億」從何而來", catalog.Caption("cluster-tiers-bridge"));
        Assert.Equal("由2萬億到3萬億：2025–2035年每年須增長4.1%", catalog.Build("cluster-implied-growth").Title);
        Assert.Equal("重慶GDP要在2040年達到2020年的3倍，每年須增長5.6%", catalog.Build("gdp-multiple").Title);
        Assert.Equal("Growth to multiply Chongqing's GDP by 3, 2020–2040", catalog.Caption("gdp-multiple", Language.English));
    }

    [Fact]
    public void An_unknown_id_lists_the_known_ones()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => new FigureCatalog(_story.Data).Build("gdp"));
        Assert.StartsWith("No figure 'gdp' in the catalog; known ids: gdp-race, gdp-growth-2024, gdp-growth-2025,", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _story.Dispose();
}
