using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Guangzhou.Analysis.Stories;
using static Guangzhou.Analysis.Tests.Figures.PlotlyJson;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>The GDP-race figures on <see cref="StoryData"/>: each drawn value, rank, margin and label follows from its rows.</summary>
public sealed class GdpFiguresTests : IDisposable
{
    private readonly StoryData _story = new();
    private DataSet D => _story.Data;
    private GdpRaceParameters Race(string challenger = "chongqing", string incumbent = "guangzhou", int from = 2020, int to = 2024) =>
        GdpRaceParameters.Create(D, challenger, incumbent, from, to);

    [Fact]
    public void Race_draws_levels_in_wan_yi_marks_every_lead_change_and_titles_the_first_pass()
    {
        var f = GdpFigures.Race(D, Race());
        Assert.Equal("gdp-race", f.Id);
        Assert.Equal("重慶2022年GDP超越廣州，其後領先易手", f.Title);
        Assert.Equal("八大城市地區生產總值，現價，2020–2024年", f.Subtitle);
        var traces = Traces(f);
        Assert.Equal(["廣州", "重慶", "深圳", "上海"], Names(f));
        Assert.Equal([2.502m, 2.823m, 2.884m, 3.036m, 3.103m], Numbers(traces[0]!["y"]));
        Assert.Equal([2.5m, 2.789m, 2.913m, 3.015m, 3.219m], Numbers(traces[1]!["y"]));
        Assert.Equal([4, 4, 2, 2], traces.Select(t => (int)t!["line"]!["width"]!));
        Assert.Equal(["2022年重慶超越廣州（+290億元）", "2023年廣州超越重慶（+210億元）", "2024年重慶超越廣州（+1161億元）"],
            Annotations(f).Where(a => a.Contains("超越", StringComparison.Ordinal)));
    }

    [Fact]
    public void Race_follows_the_challenger_and_the_years()
    {
        var f = GdpFigures.Race(D, Race(challenger: "shenzhen", from: 2021, to: 2024), Language.English);
        Assert.Equal("Shenzhen's GDP stayed above Guangzhou's in 2021–2024", f.Title);
        Assert.Equal([4, 2, 4, 2], Traces(f).Select(t => (int)t!["line"]!["width"]!));
        Assert.Equal([2021, 2022, 2023, 2024], Traces(f)[0]!["x"]!.AsArray().Select(x => (int)x!));
        Assert.DoesNotContain(Annotations(f), a => a.Contains("passes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_race_the_challenger_never_wins_says_so()
    {
        var f = GdpFigures.Race(D, Race(challenger: "guangzhou", incumbent: "shanghai"));
        Assert.Equal("廣州GDP在2020–2024年未能超越上海", f.Title);
    }

    [Fact]
    public void Growth_ranking_puts_the_fastest_on_top_and_titles_the_incumbents_rank()
    {
        var f = GdpFigures.GrowthRanking(D, Race(), 2024);
        Assert.Equal("gdp-growth-2024", f.Id);
        Assert.Equal("2024年GDP實際增速：廣州在3城中排第3", f.Title);
        var bar = Traces(f)[0]!;
        // plotly draws the first category at the bottom: slowest first.
        Assert.Equal(["廣州", "重慶", "深圳"], Strings(bar["y"]));
        Assert.Equal([2.1m, 5.7m, 5.8m], Numbers(bar["x"]));
        Assert.Equal(["2.1", "5.7", "5.8"], Strings(bar["text"]));
        Assert.Equal("註：上海無可引用數據。", f.Note);

        var other = GdpFigures.GrowthRanking(D, Race(challenger: "guangzhou", incumbent: "shenzhen"), 2023, Language.English);
        Assert.Equal("Real GDP growth 2023: no citable figure for Shenzhen", other.Title);
        Assert.Equal([4.6m, 6.1m], Numbers(Traces(other)[0]!["x"]));
    }

    [Fact]
    public void Growth_against_target_counts_the_misses_and_names_years_without_both()
    {
        var f = GdpFigures.GrowthVsTarget(D, Race());
        Assert.Equal("guangzhou-growth-vs-target", f.Id);
        Assert.Equal("廣州在1個可比年度中1個未達增長目標", f.Title);
        Assert.Equal(["2023", "2024", "2025"], Strings(Traces(f)[0]!["x"]));
        Assert.Equal([null, 5m, 5m], Numbers(Traces(f)[0]!["y"]));
        Assert.Equal([4.6m, 2.1m, null], Numbers(Traces(f)[1]!["y"]));
        Assert.Equal("註：2025年只有目標。2023年未找到可引用的目標。", f.Note);

        var chongqing = GdpFigures.GrowthVsTarget(D, Race(challenger: "guangzhou", incumbent: "chongqing"), Language.English);
        Assert.Equal("Chongqing's growth targets and outcomes: no year has both", chongqing.Title);
        Assert.Equal("chongqing-growth-vs-target", chongqing.Id);
    }

    public void Dispose() => _story.Dispose();
}
