using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Guangzhou.Analysis.Tests.Figures.PlotlyJson;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>
/// What a figure ships besides its drawing, on <see cref="StoryData"/>: the values it plots with their origins, and the
/// alt text built from them, in both languages.
/// </summary>
public sealed class FigureDataAndAltTextTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;

    private GdpRaceParameters Race() => GdpRaceParameters.Create(D, "chongqing", "guangzhou", 2020, 2024);

    [Fact]
    public void A_ranking_lists_its_bars_from_the_top_with_period_vintage_and_source()
    {
        var f = GdpFigures.GrowthRanking(D, Race(), 2024);
        Assert.Equal(
            [
                ["", "深圳", "5.8", "%", "2024", "first", "media_x"],
                ["", "重慶", "5.7", "%", "2024", "first", "cq_stats_2024"],
                ["", "廣州", "2.1", "%", "2024", "first", "gz_stats_2024"],
            ],
            f.Data.Rows());
        Assert.Equal("由大至小排列的橫條圖。2024年GDP實際增速：廣州在3城中排第3。按可比價格計算，2024年，%。深圳5.8%、重慶5.7%、廣州2.1%。", f.AltText);
        Assert.Equal("Bar chart, largest first. Real GDP growth 2024: Guangzhou ranks 3 of 3. At comparable prices, 2024, %. Shenzhen 5.8%, Chongqing 5.7%, Guangzhou 2.1%.",
            GdpFigures.GrowthRanking(D, Race(), 2024, Language.English).AltText);
    }

    [Fact]
    public void The_readable_rows_give_periods_vintages_and_publishers_in_words()
    {
        var f = FiscalFigures.Bridge(D, FiscalParameters.Create(D, "guangzhou", 2024, null));
        var rows = f.Data.ReadableRows(D, Language.Chinese);
        Assert.Equal(["start", "一般公共預算收入", "1954.7", "億元", "2024年", "初步核算（首次公布）數", D.Sources["gz_stats_2024"].Publisher], rows[0]);
        Assert.Equal("計算所得", rows[3][5]);
    }

    [Fact]
    public void English_figures_plot_money_in_billions_and_say_so_in_words()
    {
        var f = FiscalFigures.Bridge(D, FiscalParameters.Create(D, "guangzhou", 2024, null), Language.English);
        Assert.Equal("Guangzhou remitted 19.19 bn yuan in 2024, 9.8% of its own revenue", f.Title);
        Assert.Equal([195.47m, 62.41m, -19.19m, 0m], Numbers(Traces(f)[0]!["y"]));
        Assert.Equal("Waterfall chart. Guangzhou remitted 19.19 bn yuan in 2024, 9.8% of its own revenue. General public budget, bn yuan. Own revenue: 195.47 bn yuan, Transfers received: +62.41 bn yuan, Remitted upwards: −19.19 bn yuan, Available: 238.69 bn yuan.",
            f.AltText);
        Assert.Equal("瀑布圖。廣州2024年上解191.9億元，相當於收入的9.8%。一般公共預算，億元。一般公共預算收入：1954.7億元、上級補助收入：+624.1億元、上解上級支出：−191.9億元、可用財力：2386.9億元。",
            FiscalFigures.Bridge(D, FiscalParameters.Create(D, "guangzhou", 2024, null)).AltText);
        Assert.Equal(["start", "change", "change", "total"], f.Data.Rows().Select(r => r[0]));
        Assert.Equal("computed", f.Data.Rows()[3][5]);
    }

    [Fact]
    public void The_doubling_path_is_computed_from_the_cited_baseline_and_set_beside_the_cited_years_since()
    {
        var f = GdpFigures.Multiple(D, MultipleParameters.Create(D, "guangzhou", 2023, 2m, 2035));
        Assert.Equal("gdp-multiple", f.Id);
        Assert.Equal("廣州GDP要在2035年比2023年翻一番，每年須增長5.9%", f.Title);
        Assert.Equal("2024年實際3.1萬億元，比路徑低3.5%", f.Subtitle);
        var rows = f.Data.Rows();
        Assert.Equal(["廣州GDP（現價）", "2023", "3.036", "萬億元", "2023", "first", "gz_stats_2024"], rows[0]);
        Assert.Equal(["廣州GDP（現價）", "2024", "3.103", "萬億元", "2024", "first", "gz_stats_2024"], rows[1]);
        // The path starts at the cited level and ends at twice it, computed from that one row.
        Assert.Equal(["2倍所需路徑", "2023", "3.036", "萬億元", "2023", "computed", "gz_stats_2024"], rows[2]);
        Assert.Equal(["2倍所需路徑", "2035", "6.071", "萬億元", "2035", "computed", "gz_stats_2024"], rows[^1]);
        Assert.Equal(2 + 13, rows.Count);
        Assert.Equal("折線圖。廣州GDP要在2035年比2023年翻一番，每年須增長5.9%。2024年實際3.1萬億元，比路徑低3.5%。廣州GDP（現價）：2023年3.04萬億元，2024年3.1萬億元；另有2倍所需路徑的數據（見數據表）。", f.AltText);
        Assert.Equal("Doubling Guangzhou's 2023 GDP by 2035 takes 5.9% a year",
            GdpFigures.Multiple(D, MultipleParameters.Create(D, "guangzhou", 2023, 2m, 2035), Language.English).Title);
    }

    [Fact]
    public void A_line_chart_reads_each_emphasised_line_from_its_first_to_its_last_point()
    {
        var f = GdpFigures.Race(D, Race(), Language.English);
        Assert.Equal("Line chart. Chongqing passed Guangzhou in 2022; the lead changed hands again. GDP at current prices of eight big cities, 2020–2024. Guangzhou: 2.5 trillion yuan in 2020, 3.1 trillion yuan in 2024; Chongqing: 2.5 trillion yuan in 2020, 3.22 trillion yuan in 2024; also drawn: Shenzhen, Shanghai (see the data table).",
            f.AltText);
        Assert.Equal("折線圖。重慶2022年GDP超越廣州，其後領先易手。八大城市地區生產總值，現價，2020–2024年。廣州：2020年2.5萬億元，2024年3.1萬億元；重慶：2020年2.5萬億元，2024年3.22萬億元；另有深圳、上海的數據（見數據表）。",
            GdpFigures.Race(D, Race()).AltText);
    }

    [Fact]
    public void The_alt_text_travels_in_the_chart_json_for_notebook_outputs()
    {
        var f = GdpFigures.GrowthRanking(D, Race(), 2024);
        Assert.Equal(f.AltText, (string?)System.Text.Json.Nodes.JsonNode.Parse(f.ToJson())!["layout"]!["meta"]!["description"]);
    }

    public void Dispose() => _story.Dispose();
}
