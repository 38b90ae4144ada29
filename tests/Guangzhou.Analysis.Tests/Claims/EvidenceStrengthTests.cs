using Guangzhou.Analysis.Claims;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Claims;

/// <summary>
/// Verdicts as strong as their weakest evidence, on <see cref="TestData"/> plus a media column published in the article's
/// month that carries one of its figures (a possible source of the article) and states a final-verified 2022 margin.
/// </summary>
public sealed class EvidenceStrengthTests : IDisposable
{
    private readonly TestData _data = new();
    private readonly DataSet _set;

    public EvidenceStrengthTests()
    {
        _data.Write(DataFiles.Documents, TestData.DocumentsCsv + "column_2025,某專欄,Some Column,重慶超車,2025-02,media,zh-Hans,,\n");
        _data.Write(DataFiles.Sources, TestData.SourcesCsv + "column_2025,column_2025,http://spam.example.net/c,2025-06-01,reprint,spam-mirror,weak,\n");
        _data.Write(DataFiles.Series, TestData.SeriesCsv.TrimEnd() + """

            gdp_lead_over_chongqing,億元,地區生產總值領先重慶,GDP lead over Chongqing,Margin,
            industrial_va_growth,%,規模以上工業增加值增速,Industrial value added growth,Real growth,
            auto_mfg_va_growth,%,汽車製造業增加值增速,Auto manufacturing growth,Real growth,
            auto_industry_va_growth,%,汽車產業增加值增速,Auto industry growth,Whole auto industry,auto_mfg_va_growth

            """);
        _data.Write("gdp.csv", TestData.GdpCsv.TrimEnd() + "\ngdp_lead_over_chongqing,guangzhou,2022,263,億元,final,column_2025,依然落後廣州約263億元,\n");
        _data.Write("industry.csv", TestData.IndustryCsv.TrimEnd() + """

            industrial_va_growth,guangzhou,2024,-3.0,%,first,column_2025,規上工業增加值同比下降3.0%,
            auto_industry_va_growth,chongqing,2024,26.7,%,first,cq_stats_2024,汽車產業增加值增長26.7%,

            """);
        _data.WriteObservations("market.csv",
            "nev_sales,byd,2023,3024417,輛,first,byd_2024,全年累計銷量3024417輛,",
            "nev_sales,byd,2024,4272145,輛,first,byd_2024,全年累計銷量4272145輛,",
            "nev_sales,china,2023,949.5,萬輛,first,gz_stats_2024,新能源汽車銷量949.5萬輛,",
            "nev_sales,china,2024,1286.6,萬輛,first,gz_stats_2024,新能源汽車銷量1286.6萬輛,");
        _data.Write(DataFiles.Claims, TestData.ClaimsCsv + """
            gz_industrial_va_2024,industry,規模以上工業增加值廣州同比下降3.0%,-3.0,%,exactly,guangzhou,industrial_va_growth,2024,observation,,article,,
            cq_auto_va_2024,autos,重慶卻增長26.7%,26.7,%,exactly,chongqing,auto_mfg_va_growth,2024,observation,,article,,
            byd_passed_2024,market,比亞迪突破300萬輛,300,萬輛,passed,byd,nev_sales,2024,observation,,article,,
            cn_passed_2024,market,全國新能源汽車突破千萬輛,1000,萬輛,passed,china,nev_sales,2024,observation,,article,,

            """);
        _set = _data.Load();
    }

    public void Dispose() => _data.Dispose();

    private ClaimVerdict Check(string id) => new ClaimChecker(_set).Check(_set.Claims.Single(c => c.Id == id));

    [Fact]
    public void A_document_of_the_weeks_before_the_article_that_carries_its_figures_is_a_possible_source()
    {
        var possible = Assert.Single(ArticleIndependence.Explain(_set));
        Assert.Equal("column_2025", possible.DocumentId);
        Assert.Equal(["gz_industrial_va_2024"], possible.Claims);
    }

    [Fact]
    public void A_possible_source_of_the_article_never_confirms_it()
    {
        var v = Check("gz_industrial_va_2024");
        Assert.Equal(Verdict.Unconfirmed, v.Verdict);
        Assert.Null(v.Grade);
        Assert.Equal(
            "No independent source found for industrial_va_growth of guangzhou in 2024. Only column_2025 (2025-02, a self-media post, aggregator or spam mirror) gives the article's figure: published in the weeks before the article with the article's own figures, it is a possible source of the article. It may explain where the number came from; it cannot confirm it.",
            v.Explanation);
    }

    [Fact]
    public void One_weak_final_reading_disputes_an_official_first_published_standing_and_does_not_contradict_it()
    {
        var v = Check("cq_passed_gz_gdp");
        Assert.Equal(Verdict.Disputed, v.Verdict);
        Assert.Equal(EvidenceGrade.Official, v.Grade);
        Assert.Equal(Verdict.Confirmed, v.BeforeArticle!.Verdict);
        Assert.Equal(Verdict.Contradicted, v.Challenge!.Verdict);
        Assert.Equal(
            "disputed: confirmed on first-published figures (an official document read at its publisher's site); final verification reported to reverse it by one weaker source (column_2025: a self-media post, aggregator or spam mirror, a possible source of the article) — unconfirmed",
            v.Summary);
        Assert.Equal(
            "有爭議：按首次公布數屬實（官方原文（發布機構網站））；1個較弱來源稱最終核實數推翻此結論（column_2025: a self-media post, aggregator or spam mirror, a possible source of the article），未能證實",
            VerdictWords.Summary(v, Language.Chinese));
        Assert.EndsWith("Evidence graded weak cannot overturn evidence graded official: the claim is disputed until a source as strong settles it.", v.Explanation);
    }

    [Fact]
    public void A_broader_definition_confirms_and_says_so()
    {
        var v = Check("cq_auto_va_2024");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(
            "cq_stats_2024 gives 26.7% (first published); the article says exactly 26.7%. On a broader definition: chongqing publishes auto_industry_va_growth (汽車產業增加值增速, Whole auto industry), not auto_mfg_va_growth (汽車製造業增加值增速) as the article says. Vintage: first published.",
            v.Explanation);
        Assert.Equal(
            "confirmed by an official document read at its publisher's site — on a broader definition (auto_industry_va_growth, not the article's auto_mfg_va_growth)",
            v.Summary);
    }

    [Fact]
    public void Passed_a_threshold_a_year_earlier_is_close()
    {
        var v = Check("byd_passed_2024");
        Assert.Equal(Verdict.Close, v.Verdict);
        Assert.Equal(new Quantity(427.2145m, Unit.WanVehicles), v.Observed);
        Assert.Equal(
            "byd_2024 gives 4,272,145 輛 (first published); the article says passed 300 萬輛. But it had passed 300 萬輛 by 2023 already (byd_2024 gives 3,024,417 輛): 300 萬輛 fits 2023, not 2024. Vintage: first published.",
            v.Explanation);
        Assert.Equal("close, on an official document read at its publisher's site", v.Summary);
    }

    [Fact]
    public void Passed_a_threshold_in_the_year_claimed_is_confirmed()
    {
        var v = Check("cn_passed_2024");
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(
            "gz_stats_2024 gives 1286.6 萬輛 (first published); the article says passed 1000 萬輛. It passed 1000 萬輛 in 2024: gz_stats_2024 gives 949.5 萬輛 for 2023. Vintage: first published.",
            v.Explanation);
    }

    [Fact]
    public void Media_only_support_is_named_as_such()
    {
        // media_x is the only source of Shenzhen's GDP: a confirmation resting on it says so.
        var claim = _set.Claims.Single(c => c.Id == "gz_gdp_2024_close") with
        {
            Id = "sz", Entity = "shenzhen", Stated = new Quantity(36801.87m, Unit.Yi),
        };
        var v = new ClaimChecker(_set).Check(claim);
        Assert.Equal(Verdict.Confirmed, v.Verdict);
        Assert.Equal(EvidenceGrade.Media, v.Grade);
        Assert.Equal("supported by media reports only", v.Summary);
        Assert.Equal("僅獲媒體報道支持", VerdictWords.Summary(v, Language.Chinese));
        Assert.Equal("supported by media only", VerdictWords.Category(v, Language.English));
    }
}
