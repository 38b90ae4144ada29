using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Data;

/// <summary>DataSetLoader on a complete, valid data directory.</summary>
public sealed class DataSetLoaderTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _set;

    public DataSetLoaderTests() => _set = _data.Load();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Loads_every_file_with_its_row_count()
    {
        Assert.Equal(6, _set.Sources.Count);
        Assert.Equal(7, _set.Entities.Count);
        Assert.Equal(8, _set.Series.Count);
        Assert.Equal(7, _set.Plan.Count);
        // 15 gdp + 6 industry + 1 fiscal + 4 market + 1 targets + 1 plan_targets
        Assert.Equal(28, _set.Observations.Count);
        Assert.Equal(16, _set.Claims.Count);
    }

    [Fact]
    public void Values_are_exact_decimals_with_their_printed_precision()
    {
        var gz2023 = Assert.Single(_set.Find("gdp", "guangzhou", Period.OfYear(2023)));
        Assert.Equal(30355.73m, gz2023.Value);
        Assert.Equal("30355.73", gz2023.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Unit.Yi, gz2023.Unit);

        // Trailing zeros are part of the printed figure and survive the load.
        var gz2022 = Assert.Single(_set.Find("gdp", "guangzhou", Period.OfYear(2022)));
        Assert.Equal("28839.00", gz2022.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var output = Assert.Single(_set.Find("auto_output", "guangzhou", Period.OfYear(2024)));
        Assert.Equal(new Quantity(253.98m, Unit.WanVehicles), output.Quantity);
    }

    [Fact]
    public void Observation_rows_keep_series_entity_period_source_quote_and_location()
    {
        var o = Assert.Single(_set.Find("gdp", "chongqing", Period.OfYear(2022)));
        Assert.Equal("gdp", o.Series);
        Assert.Equal("chongqing", o.Entity);
        Assert.Equal("cq_stats_2024", o.SourceId);
        Assert.Equal("地區生產總值29129.03億元", o.Quote);
        Assert.Equal("", o.Note);
        Assert.Equal(new SourceLocation(_data.Display("gdp.csv"), 9), o.Location);

        var ytd = Assert.Single(_set.Find("gdp_real_growth", "guangzhou", Period.OfQuarters(2024, 1, 3)));
        Assert.Equal(2.0m, ytd.Value);
        Assert.Equal(Unit.Percent, ytd.Unit);
    }

    [Fact]
    public void File_with_bom_crlf_quoted_commas_and_quotes_and_cjk_loads()
    {
        var byd = Assert.Single(_set.Find("nev_sales", "byd"));
        Assert.Equal(TestData.ByDQuote, byd.Quote);
        Assert.Equal("Company figure, in 輛", byd.Note);
        Assert.Equal(4272145m, byd.Value);
        Assert.Equal(Unit.Vehicles, byd.Unit);
        Assert.Equal(Period.OfYear(2024), byd.Period);
        Assert.Equal("byd_2024", byd.SourceId);
        // The BOM is not part of the first header cell (else the header check fails), and CRLF counts as one line.
        Assert.Equal(new SourceLocation(_data.Display("market.csv"), 2), byd.Location);

        var guangdong = Assert.Single(_set.Find("nev_sales", "guangdong"));
        Assert.Equal(246.2m, guangdong.Value);
        Assert.Equal("全省新能源汽車銷量246.2萬輛", guangdong.Quote);
        Assert.Equal("", guangdong.Note); // no '\r' left over from CRLF
        Assert.Equal(5, guangdong.Location.Line);
    }

    [Fact]
    public void Sources_entities_and_series_are_typed()
    {
        var stats = _set.Sources["gz_stats_2024"];
        Assert.Equal("廣州市統計局", stats.Publisher);
        Assert.Equal("Guangzhou Municipal Bureau of Statistics", stats.PublisherEn);
        Assert.Equal(SourceKind.StatisticsCommunique, stats.Kind);
        Assert.Equal(EvidenceGrade.Official, stats.Grade);
        Assert.Equal(HostKind.Publisher, stats.HostKind);
        Assert.False(stats.IsArticle);
        Assert.Equal("Later than the communiqué, but less reliable", _set.Sources["media_x"].Note);

        var article = _set.Sources["article"];
        Assert.Equal(SourceKind.Article, article.Kind);
        Assert.Equal(EvidenceGrade.Article, article.Grade);
        Assert.Equal(HostKind.Print, article.HostKind);
        Assert.True(article.IsArticle);

        Assert.Equal(new Entity("guangdong", "廣東省", "Guangdong", "province"), _set.Entities["guangdong"]);
        Assert.Equal(Unit.WanVehicles, _set.Series["auto_output"].Unit);
        Assert.Equal("Gross domestic product at current prices, as first published", _set.Series["gdp"].Definition);
    }

    [Fact]
    public void Plan_items_load_in_file_order_and_are_entities_for_observations()
    {
        Assert.Equal(["c_nev", "c_fashion", "c_software", "c_rail", "c_bio", "f_ai", "f_robot"], _set.Plan.Select(p => p.Id));
        Assert.Equal(5, _set.Plan.Count(p => p.Kind == PlanItemKind.Cluster));
        Assert.Equal(PlanItemKind.FutureIndustry, _set.Plan[5].Kind);
        Assert.Equal("", _set.Plan[3].ArticleTier);
        Assert.Equal("萬億級", _set.Plan[0].ArticleTier);

        var target = Assert.Single(_set.Find("cluster_output_target", "c_nev"));
        Assert.Equal(Period.OfSpan(2021, 2025), target.Period);
        Assert.Equal(new Quantity(10000m, Unit.Yi), target.Quantity);
        Assert.Equal("智能網聯與新能源汽車", _set.EntityName("c_nev", Language.English));
        Assert.Equal("Chongqing", _set.EntityName("chongqing", Language.English));
    }

    [Fact]
    public void Claims_load_as_stated()
    {
        var total = _set.Claims.Single(c => c.Id == "gz_cluster_total");
        Assert.Equal(new Quantity(6m, Unit.WanYi), total.Stated);
        Assert.Equal(Qualifier.Over, total.Qualifier);
        Assert.Equal(CheckKind.PlanTotal, total.Check);
        Assert.Equal("", total.Compare);
        Assert.Equal("article", total.SourceId);

        var budget = _set.Claims.Single(c => c.Id == "gz_innovation_budget_2025");
        Assert.Equal("廣州今年將投入逾140億元（人民幣，下同）, \"全過程\"", budget.Quote);
        Assert.Equal(new SourceLocation(_data.Display("claims.csv"), 5), budget.Location);

        var overtake = _set.Claims.Single(c => c.Id == "cq_passed_gz_gdp");
        Assert.Equal(new Quantity(3m, Unit.Years), overtake.Stated);
        Assert.Equal(CheckKind.OvertakeYear, overtake.Check);
        Assert.Equal("guangzhou", overtake.Compare);
        Assert.Equal(Period.OfYear(2025), overtake.Period);

        // Claims keep file order.
        Assert.Equal("gz_gdp_growth_2024", _set.Claims[0].Id);
        Assert.Equal("byd_nev_sales_2024", _set.Claims[^1].Id);
    }

    [Fact]
    public void Best_prefers_the_more_reliable_source_over_the_later_one()
    {
        Assert.Equal(2, _set.Find("gdp_real_growth", "guangzhou", Period.OfYear(2024)).Count());
        var best = _set.Best("gdp_real_growth", "guangzhou", Period.OfYear(2024))!;
        Assert.Equal("gz_stats_2024", best.SourceId);
        Assert.Equal(2.1m, best.Value);
        Assert.Null(_set.Best("gdp_real_growth", "guangzhou", Period.OfYear(2023)));
    }

    [Fact]
    public void Annual_series_is_in_year_order_and_ignores_year_to_date_figures()
    {
        var annual = _set.AnnualSeries("gdp", "guangzhou", 2021, 2023);
        Assert.Equal([28231.97m, 28839.00m, 30355.73m], annual.Select(o => o.Value));
        Assert.Equal([2021, 2022, 2023], annual.Select(o => o.Period.Year));

        var growth = _set.AnnualSeries("gdp_real_growth", "guangzhou");
        Assert.Equal(2.1m, Assert.Single(growth).Value);
    }

    [Fact]
    public void A_trailing_slash_on_the_directory_does_not_change_the_display_name()
    {
        var set = DataSetLoader.Load(_data.Directory + Path.DirectorySeparatorChar);
        var o = Assert.Single(set.Find("gdp", "chongqing", Period.OfYear(2022)));
        Assert.Equal(_data.Display("gdp.csv"), o.Location.File);
    }

    [Fact]
    public void Missing_directory_and_missing_file_are_reported()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DataSetLoader.Load(_data.Directory + "-nope"));
        File.Delete(Path.Combine(_data.Directory, "targets.csv"));
        var ex = Assert.Throws<FileNotFoundException>(() => _data.Load());
        Assert.StartsWith(_data.Display("targets.csv") + ": file not found", ex.Message);
    }
}
