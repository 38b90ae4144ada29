using Guangzhou.Analysis.Figures;

namespace Guangzhou.Analysis.Tests.Figures;

public sealed class ChartLayoutWrapTests
{
    [Fact]
    public void Long_source_lines_break_between_publishers_not_inside_a_name()
    {
        var publishers = string.Join("、", Enumerable.Range(1, 12).Select(i => $"第{i}號城市統計局"));
        var lines = ChartLayout.Wrap("資料來源：" + publishers + "、unidentified outlet、都市快报");
        Assert.True(lines.Count > 1);
        Assert.All(lines.SkipLast(1), l => Assert.True(l.EndsWith('、') || l.EndsWith(' ') || l.EndsWith(';'), l));
        Assert.Equal("資料來源：" + publishers + "、unidentified outlet、都市快报", string.Concat(lines));
    }

    [Fact]
    public void Short_text_is_one_line_and_empty_text_none()
    {
        Assert.Equal(["資料來源：香港文匯報"], ChartLayout.Wrap("資料來源：香港文匯報"));
        Assert.Empty(ChartLayout.Wrap(""));
    }

    [Fact]
    public void A_long_title_wraps_after_its_comma_and_the_top_margin_grows_by_a_line()
    {
        const string title = "重慶2024年GDP超越廣州，此後一直領先，而廣州的增速在八大城市中排名最後";
        Assert.Equal(["重慶2024年GDP超越廣州，此後一直領先，", "而廣州的增速在八大城市中排名最後"], ChartLayout.Wrap(title, 62));

        var shortLayout = ChartLayout.Build(new FigureText("短標題", "副題", "", "", "", ""), showLegend: false);
        var longLayout = ChartLayout.Build(new FigureText(title, "副題", "", "", "", ""), showLegend: false);
        Assert.Equal(150, TopMargin(shortLayout));
        Assert.Equal(182, TopMargin(longLayout));
    }

    private static int TopMargin(Plotly.NET.Layout layout) =>
        System.Text.Json.JsonDocument.Parse(Plotly.NET.GenericChart.toJson(ChartLayout.Compose([], layout)))
            .RootElement.GetProperty("layout").GetProperty("margin").GetProperty("t").GetInt32();
}
