using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Units;

public sealed class DisplayTests
{
    [Fact]
    public void Published_precision_is_kept() =>
        Assert.Equal("31032.50 億元", new Quantity(31032.50m, Unit.Yi).ToString());

    [Fact]
    public void Computed_values_print_with_at_most_four_decimals()
    {
        // 1954.7 × (191.9 / 1954.7): decimal division leaves 28 digits behind the point.
        var paid = Money.FromYi(1954.7m) * (191.9m / 1954.7m);
        Assert.NotEqual(191.9m, paid.Value);
        Assert.Equal("191.9 億元", paid.ToString());
        Assert.Equal("9.8174%", new Percent(191.9m / 1954.7m * 100m).ToString());
        Assert.Equal("246.1538 萬輛", VehicleCount.FromWanVehicles(64m / 0.26m).ToString());
    }
}
