using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Units;

public sealed class UnitSymbolsTests
{
    [Theory]
    [InlineData("億元", Unit.Yi, Dimension.Money)]
    [InlineData("萬億元", Unit.WanYi, Dimension.Money)]
    [InlineData("萬輛", Unit.WanVehicles, Dimension.Vehicles)]
    [InlineData("輛", Unit.Vehicles, Dimension.Vehicles)]
    [InlineData("%", Unit.Percent, Dimension.Rate)]
    [InlineData("百分點", Unit.PercentagePoints, Dimension.RateDifference)]
    [InlineData("個", Unit.Count, Dimension.Count)]
    [InlineData("年", Unit.Years, Dimension.Duration)]
    public void Symbols_parse_round_trip_and_have_a_dimension(string symbol, Unit unit, Dimension dimension)
    {
        Assert.True(UnitSymbols.TryParse(symbol, out var parsed));
        Assert.Equal(unit, parsed);
        Assert.Equal(symbol, unit.Symbol());
        Assert.Equal(dimension, unit.Dimension());
        Assert.True(UnitSymbols.TryParse(" " + symbol + " ", out _));
    }

    [Theory]
    [InlineData("亿元")] // Simplified: the data spell units in Traditional Chinese
    [InlineData("万辆")]
    [InlineData("億")]
    [InlineData("yuan")]
    [InlineData("")]
    public void Other_spellings_are_not_units(string symbol) => Assert.False(UnitSymbols.TryParse(symbol, out _));

    [Fact]
    public void All_lists_every_symbol() =>
        Assert.Equal(["億元", "萬億元", "萬輛", "輛", "%", "百分點", "個", "年", "平方米"], UnitSymbols.All);
}
