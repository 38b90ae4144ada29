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
}
