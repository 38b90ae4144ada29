using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Units;

/// <summary>Units in words, as a reader of each language writes them.</summary>
public sealed class UnitWordsTests
{
    [Theory]
    [InlineData(3000, Unit.Yi, "300 bn yuan", "3000億元")]
    [InlineData(30000, Unit.Yi, "3 trillion yuan", "3萬億元")]
    [InlineData(3, Unit.WanYi, "3 trillion yuan", "3萬億元")]
    [InlineData(0.5, Unit.WanYi, "500 bn yuan", "5000億元")]
    [InlineData(0.5, Unit.Yi, "50 million yuan", "0.5億元")]
    [InlineData(254.01, Unit.WanVehicles, "2.54 million vehicles", "254.01萬輛")]
    [InlineData(43.36, Unit.WanVehicles, "433,600 vehicles", "43.36萬輛")]
    [InlineData(4602436, Unit.Vehicles, "4.6 million vehicles", "460.24萬輛")]
    [InlineData(-3.0, Unit.Percent, "−3%", "−3%")]
    [InlineData(1.2, Unit.PercentagePoints, "1.2 percentage points", "1.2個百分點")]
    [InlineData(-1, Unit.PercentagePoints, "−1 percentage point", "−1個百分點")]
    [InlineData(15, Unit.Count, "15", "15個")]
    [InlineData(0, Unit.Yi, "0 yuan", "0億元")]
    public void Amounts_read_in_the_scale_each_language_counts_in(decimal value, Unit unit, string english, string chinese)
    {
        Assert.Equal(english, UnitWords.Amount(value, unit, Language.English));
        Assert.Equal(chinese, UnitWords.Amount(value, unit, Language.Chinese));
    }

    [Fact]
    public void English_figures_plot_yi_as_billions_and_chinese_ones_as_printed()
    {
        var en = UnitWords.For(Unit.Yi, Language.English);
        Assert.Equal(("bn yuan", 195.47m, "195.47 bn yuan"), (en.Words, en.From(1954.7m), en.Format(en.From(1954.7m))));
        var zh = UnitWords.For(Unit.Yi, Language.Chinese);
        Assert.Equal(("億元", 1954.7m, "1954.7億元"), (zh.Words, zh.From(1954.7m), zh.Format(1954.7m)));
        Assert.Equal("4.27 million vehicles", UnitWords.For(Unit.WanVehicles, Language.English).Format(4.272m));
    }
}
