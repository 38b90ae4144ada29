using System.Text.Json.Nodes;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Workspace.Tests.NotebookRun;

namespace Workspace.Tests;

/// <summary>
/// A reader changes every parameter of an analysis notebook from the command line, as papermill does, and every chart and
/// printed sentence follows. One run per notebook changes all its parameters at once (each run costs 10–20 s); each
/// assertion is tied to the parameter that causes it. The library's tests check each value exactly.
/// </summary>
public sealed class NotebookParametersTests
{
    private static readonly DataSet Data = DataSetLoader.Load(RepositoryPaths.Data);

    /// <summary>The chart drawn with the notebook's default parameters differs in its data from the chart drawn with the changed ones.</summary>
    private static void DiffersFromDefault(JsonNode chart, Figure defaultFigure) =>
        Assert.False(JsonNode.DeepEquals(chart["data"], JsonNode.Parse(defaultFigure.ToJson())!["data"]), $"{defaultFigure.Id} did not change");

    [Fact]
    public async Task Gdp_race_follows_challenger_incumbent_and_years()
    {
        var run = await ReproduceAsync("01-gdp-race", "challenger=shenzhen", "incumbent=beijing", "fromYear=2020", "toYear=2024");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(4, run.Charts.Count);
        var (race, growthBefore, growthLast, targets) = (run.Charts[0], run.Charts[1], run.Charts[2], run.Charts[3]);
        var defaults = GdpRaceParameters.Defaults(Data);
        DiffersFromDefault(race, GdpFigures.Race(Data, defaults));
        DiffersFromDefault(growthBefore, GdpFigures.GrowthRanking(Data, defaults, 2024));
        DiffersFromDefault(targets, GdpFigures.GrowthVsTarget(Data, defaults));

        // challenger and incumbent: the title names them, their lines are the thick ones.
        Assert.StartsWith("深圳GDP在2020–2024年未能超越北京", Title(race), StringComparison.Ordinal);
        var thick = race["data"]!.AsArray().Where(t => (int)t!["line"]!["width"]! == 4).Select(t => (string)t!["name"]!);
        Assert.Equal(["深圳", "北京"], thick);
        // fromYear and toYear: no line starts before 2020 or runs past 2024.
        Assert.Equal(2020, race["data"]!.AsArray().Min(t => t!["x"]!.AsArray().Min(x => (int)x!)));
        Assert.Equal(2024, race["data"]!.AsArray().Max(t => t!["x"]!.AsArray().Max(x => (int)x!)));
        // toYear sets the ranking years; incumbent is the city they rank.
        Assert.StartsWith("2023年GDP實際增速：北京在7城中排第5", Title(growthBefore), StringComparison.Ordinal);
        Assert.StartsWith("2024年GDP實際增速：北京在8城中排第5", Title(growthLast), StringComparison.Ordinal);
        Assert.StartsWith("北京GDP增長目標與實際：沒有可比年份", Title(targets), StringComparison.Ordinal);
        Assert.Equal(["2023", "2024", "2025"], targets["data"]![0]!["x"]!.AsArray().Select(x => (string)x!));

        Assert.Contains("The lead never changed hands in the data.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("First pass of Beijing by Shenzhen, 2020–2024: none in the data.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Latest year 2024: Beijing leads Shenzhen by 1.304123 trillion yuan.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Beijing 2025: target not cited, outcome 5.4%", run.Printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Guangzhou", run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auto_industry_follows_both_cities_and_the_year()
    {
        var run = await ReproduceAsync("02-auto-industry", "cityA=chongqing", "cityB=guangzhou", "year=2023");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(3, run.Charts.Count);
        var (industry, path, sales) = (run.Charts[0], run.Charts[1], run.Charts[2]);
        var defaults = AutoIndustryParameters.Defaults(Data);
        DiffersFromDefault(industry, AutoFigures.IndustryGrowth(Data, defaults));
        DiffersFromDefault(path, AutoFigures.ValueAddedPath(Data, defaults));
        DiffersFromDefault(sales, AutoFigures.NevCompanies(Data, defaults));

        // cityA and cityB, in that order; year 2023.
        Assert.StartsWith("2023年工業增速：重慶對廣州", Title(industry), StringComparison.Ordinal);
        Assert.Equal(["重慶", "廣州"], Names(industry));
        Assert.Equal(["重慶", "廣州"], Names(path));
        Assert.Equal(["2023年前三季度", "2023年", "2024年第1季度", "2024年上半年", "2024年前三季度"], path["data"]![0]!["x"]!.AsArray().Select(x => (string)x!));
        Assert.Equal(["2022", "2023", "2024"], sales["data"]![0]!["x"]!.AsArray().Select(x => (string)x!));

        Assert.Contains("The article states no 2023 output for Chongqing.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Guangzhou output 2023: 3.1792 million vehicles", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Chongqing auto manufacturing: n/a in 2023, 25.9% in the first three quarters of 2024.", run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fiscal_tiers_follow_city_year_and_the_what_if_share()
    {
        var run = await ReproduceAsync("03-fiscal-tiers", "city=shanghai", "year=2023", "shareToProvince=0.2");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(2, run.Charts.Count);
        var (revenue, bridge) = (run.Charts[0], run.Charts[1]);
        var defaults = FiscalParameters.Defaults(Data);
        DiffersFromDefault(revenue, FiscalFigures.Revenue(Data, defaults));
        DiffersFromDefault(bridge, FiscalFigures.Bridge(Data, defaults));

        Assert.StartsWith("上海的財力：2023年一般公共預算收入", Title(revenue), StringComparison.Ordinal);
        // shareToProvince 0.2: the bridge pays up a fifth of Shanghai's 2023 revenue.
        Assert.StartsWith("若上海上解收入的20%，2023年須上解", Title(bridge), StringComparison.Ordinal);
        Assert.Equal(["一般公共預算收入", "上解（假設20%）"], bridge["data"]![0]!["x"]!.AsArray().Select(x => (string)x!));

        Assert.Contains("Shanghai 2023, remittances as a share of own revenue: not cited", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Paying up 20% would cost Shanghai", run.Printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Guangzhou", run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cluster_targets_follow_the_total_the_baseline_and_the_years()
    {
        var run = await ReproduceAsync("04-cluster-targets", "totalWanYi=5", "baselineWanYi=3", "baseYear=2024", "targetYear=2035",
            "city=shenzhen", "doublingFrom=2024", "doublingBy=2030");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(4, run.Charts.Count);
        var (bridge, multiple, implied) = (run.Charts[1], run.Charts[2], run.Charts[3]);
        var defaults = ClusterParameters.Defaults();
        DiffersFromDefault(bridge, ClusterFigures.TiersBridge(Data, defaults));
        DiffersFromDefault(implied, ClusterFigures.ImpliedGrowth(Data, defaults));
        DiffersFromDefault(multiple, GdpFigures.Multiple(Data, MultipleParameters.Defaults(Data)));

        // totalWanYi: the bridge ends at 5 and the unnamed clusters need 0.8 萬億.
        Assert.StartsWith("點名的9個集群只有4.2萬億，距5萬億尚差0.8萬億", Title(bridge), StringComparison.Ordinal);
        // baselineWanYi, baseYear, targetYear: the path runs from 3 in 2024 to 5 in 2035.
        Assert.StartsWith("由3萬億到5萬億：2024–2035年每年須增長4.8%", Title(implied), StringComparison.Ordinal);
        var path = implied["data"]![0]!;
        Assert.Equal(Enumerable.Range(2024, 12), path["x"]!.AsArray().Select(x => (int)x!));
        Assert.Equal((3m, 5m), ((decimal)path["y"]![0]!, (decimal)path["y"]![11]!));

        // city, doublingFrom, doublingBy: Shenzhen's cited GDP from 2024 beside the path that doubles it by 2030.
        Assert.StartsWith("深圳GDP要在2030年比2024年翻一番，每年須增長", Title(multiple), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(2024, 7), multiple["data"]![1]!["x"]!.AsArray().Select(x => (int)x!));
        Assert.Equal(2024, (int)multiple["data"]![0]!["x"]![0]!);

        Assert.Contains("total tested 5 trillion yuan; remainder 800 bn yuan for 6 unnamed clusters, 133.33333 bn yuan each.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("From 3 trillion yuan in 2024 to 5 trillion yuan in 2035: 4.75% a year.", run.Printed, StringComparison.Ordinal);
        Assert.Contains("Shenzhen's GDP in 2024 was ", run.Printed, StringComparison.Ordinal);
        Assert.Contains(" by 2030 takes ", run.Printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Guangzhou's GDP", run.Printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_city_fails_where_the_parameters_are_first_used_and_lists_the_valid_ones()
    {
        var run = await ReproduceAsync("01-gdp-race", "challenger=wuhan");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("cell 9: challenger = \"wuhan\": not one of the big cities with GDP in the data. Valid values: "
                        + "\"guangzhou\", \"chongqing\", \"shenzhen\", \"hangzhou\", \"beijing\", \"shanghai\", \"suzhou\", \"chengdu\".", run.Output, StringComparison.Ordinal);
    }
}
