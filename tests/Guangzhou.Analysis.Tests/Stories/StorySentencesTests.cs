using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Stories;
using Guangzhou.Analysis.Tests.Figures;

namespace Guangzhou.Analysis.Tests.Stories;

/// <summary>
/// The sentences the notebooks print, on <see cref="StoryData"/>, in both languages: every city, year, amount and unit
/// comes from the parameters and the rows, in the units each language counts in.
/// </summary>
public sealed class StorySentencesTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;
    private GdpRaceParameters Race() => GdpRaceParameters.Create(D, "chongqing", "guangzhou", 2020, 2024);

    [Fact]
    public void The_race_names_each_change_of_the_lead_with_its_margin_and_vintage()
    {
        Assert.Equal(
            [
                "2022: Chongqing passed Guangzhou by 29.003 bn yuan (first published figures)",
                "2023: Guangzhou passed Chongqing by 20.994 bn yuan (first published figures)",
                "2024: Chongqing passed Guangzhou by 116.065 bn yuan (first published figures)",
                "The lead changed hands 3 times.",
            ],
            GdpRace.LeadChanges(D, Race(), Language.English));
        Assert.Equal("2022年：重慶以290.03億元超越廣州（初步核算（首次公布）數）", GdpRace.LeadChanges(D, Race(), Language.Chinese)[0]);
    }

    [Fact]
    public void Targets_and_the_summary_say_what_is_missing()
    {
        Assert.Equal(
            [
                "廣州2023年：目標未有可引用數字，實際4.6%，差距–",
                "廣州2024年：目標5%，實際2.1%，差距−2.9個百分點",
                "廣州2025年：目標5%，實際尚無可引用數字，差距–",
            ],
            GdpRace.TargetLines(D, Race(), Language.Chinese));
        Assert.Equal(
            [
                "First pass of Guangzhou by Chongqing, 2020–2024: 2022, by 29.003 bn yuan on first published figures.",
                "Latest year 2024: Chongqing leads Guangzhou by 116.065 bn yuan.",
                "Guangzhou missed its growth target in 1 of the 1 years with both a target and an outcome.",
            ],
            GdpRace.Summary(D, Race(), Language.English));
    }

    [Fact]
    public void The_doubling_arithmetic_follows_its_parameters_and_sets_the_latest_year_against_the_path()
    {
        var doubling = MultipleParameters.Create(D, "guangzhou", 2023, 2m, 2035);
        // 2^(1/12) − 1 = 5.95% a year; the path's 2024 level is 30355.73 × 1.0594631 = 32160.78億, which 31032.50 misses by 3.51%.
        Assert.Equal("廣州2023年GDP為3.035573萬億元（gz_stats_2024）；要在2035年達到其2倍（6.071146萬億元），每年須增長5.95%。"
                     + "2024年實際為3.10325萬億元（gz_stats_2024），比此路徑當年的3.216078萬億元低3.51%。這是算術示例，不是來源中的目標。",
            GdpRace.GrowthToMultiply(D, doubling, Language.Chinese));
        Assert.Equal("Guangzhou's GDP in 2023 was 3.035573 trillion yuan (gz_stats_2024); reaching 2 times that (6.071146 trillion yuan) by 2035 takes 5.95% a year. "
                     + "In 2024 it was 3.10325 trillion yuan (gz_stats_2024), 3.51% below the path's 3.216078 trillion yuan for that year. An arithmetic illustration, not a target in the sources.",
            GdpRace.GrowthToMultiply(D, doubling, Language.English));
        // The last year held has nothing after it to set against the path.
        Assert.Equal("廣州2024年GDP為3.10325萬億元（gz_stats_2024）；要在2030年達到其3倍（9.30975萬億元），每年須增長20.09%。這是算術示例，不是來源中的目標。",
            GdpRace.GrowthToMultiply(D, MultipleParameters.Create(D, "guangzhou", 2024, 3m, 2030), Language.Chinese));
    }

    [Fact]
    public void The_doubling_parameters_reject_what_the_data_cannot_answer_and_name_what_would_work()
    {
        string Fails(Func<MultipleParameters> create) => Assert.Throws<InvalidParameterException>(() => create()).Message;
        Assert.Equal("fromYear = 2019: no cited GDP of \"guangzhou\" in that year. Valid values: 2020, 2021, 2022, 2023, 2024.",
            Fails(() => MultipleParameters.Create(D, "guangzhou", 2019, 2m, 2035)));
        Assert.Equal("city = \"wuhan\": not a city with cited GDP. Valid values: \"guangzhou\", \"chongqing\", \"shenzhen\", \"shanghai\".",
            Fails(() => MultipleParameters.Create(D, "wuhan", 2023, 2m, 2035)));
        Assert.Equal("factor = 1: the multiple to reach must be above 1 (2 doubles).", Fails(() => MultipleParameters.Create(D, "guangzhou", 2023, 1m, 2035)));
        Assert.Equal("byYear = 2023: must be after fromYear (2023).", Fails(() => MultipleParameters.Create(D, "guangzhou", 2023, 2m, 2023)));
    }

    [Fact]
    public void Fiscal_sentences_read_the_flows_in_each_languages_units()
    {
        var observed = FiscalParameters.Create(D, "guangzhou", 2024, null);
        Assert.Equal(
            [
                "General public budget revenue: 195.47 bn yuan (gz_stats_2024)",
                "Transfers from higher levels: 62.41 bn yuan (gz_stats_2024)",
                "Remittances to higher levels: 19.19 bn yuan (gz_stats_2024)",
                "Guangzhou 2024, remittances as a share of own revenue: 9.8%",
                "Available after transfers and remittances: 238.69 bn yuan",
            ],
            FiscalTiers.FlowLines(D, observed, Language.English));
        Assert.Equal(
            [
                "2024年：廣州本級收入1954.7億元，獲上級補助624.1億元，上解191.9億元（佔本級收入9.8%）。",
                "上解10%每年會令廣州付出195.47億元；若留下，則多出同等數額。",
            ],
            FiscalTiers.Summary(D, FiscalParameters.Create(D, "guangzhou", 2024, 0.1m), Language.Chinese));
        Assert.Equal(["No cited revenue collected in Guangzhou's jurisdiction or central-level revenue for 2024 (held for no city)."],
            FiscalTiers.CollectedAndKept(D, observed, Language.English));
    }

    [Fact]
    public void Cluster_sentences_follow_the_total_and_the_years()
    {
        var clusters = ClusterParameters.Create(6m, 4.2m, 2025, 2030);
        Assert.Equal(
            [
                "1 × 1 trillion yuan = 1 trillion yuan",
                "2 × 500 bn yuan = 1 trillion yuan",
                "Named: 3 clusters, 2 trillion yuan; total tested 6 trillion yuan; remainder 4 trillion yuan for 2 unnamed clusters, 2 trillion yuan each.",
                "Tier labels are floors: if the named clusters stay at their floors, each of the other 2 would need 2 trillion yuan, at least the smallest named tier; named clusters above their floors would need less of them. The total is possible, not shown: no independent source gives it.",
            ],
            ClusterTargets.GapLines(D, clusters, Language.English));
        Assert.Equal("由2025年的4.2萬億元到2030年的6萬億元：每年須增長7.39%。", ClusterTargets.ImpliedSentence(clusters, Language.Chinese));
        Assert.Equal("共49個數據點，來自6份文件的6次閱讀；報道共有16個可核實的數字。", Inventory.Sentence(D, Language.Chinese));
    }

    [Fact]
    public void The_scenario_table_names_the_city_and_puts_the_two_level_case_beside_it()
    {
        Assert.Equal(
            [
                new ScenarioRow("Guangzhou 2024 (what-if)", "10%", "19.547 bn yuan", "238.333 bn yuan", "121.9%"),
                new ScenarioRow("two-level (nothing paid up)", "0%", "0 yuan", "257.88 bn yuan", "131.9%"),
            ],
            FiscalTiers.Scenarios(D, FiscalParameters.Create(D, "guangzhou", 2024, 0.1m), Language.English));
    }

    public void Dispose() => _story.Dispose();
}
