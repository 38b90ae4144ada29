using System.Text.Json.Nodes;
using Guangzhou.Analysis.Figures;
using Plotly.NET;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>Every text of a figure names the house font stack: a Traditional Chinese face for each system, Noto first.</summary>
public sealed class HouseStyleFontTests
{
    [Fact]
    public void Every_font_of_a_figure_is_the_house_stack_noto_first_then_windows_and_macos_faces()
    {
        var text = new FigureText("地區生產總值", "2024年", "", "億元", "資料來源：廣州市統計局", "");
        var chart = ChartBuilders.RankedBars(text, [new RankedBar("廣州", 31032.5m, EntityColors.For("guangzhou"))],
            Guangzhou.Analysis.Units.UnitWords.For(Guangzhou.Analysis.Units.Unit.Yi, Guangzhou.Analysis.Data.Language.Chinese)).Chart;
        var families = new List<string>();
        Collect(JsonNode.Parse(GenericChart.toFigureJson(chart)), families);

        Assert.NotEmpty(families);
        Assert.All(families, f => Assert.Equal("Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, Microsoft JhengHei, PingFang TC, sans-serif", f));
    }

    private static void Collect(JsonNode? node, List<string> families)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj)
            {
                if (name == "family" && child is JsonValue v) families.Add(v.GetValue<string>());
                else Collect(child, families);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array) Collect(child, families);
        }
    }
}
