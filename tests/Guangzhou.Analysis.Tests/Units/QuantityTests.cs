using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Units;

public sealed class QuantityTests
{
    [Fact]
    public void WanYi_converts_to_Yi()
    {
        var q = new Quantity(1.2m, Unit.WanYi).To(Unit.Yi);
        Assert.Equal(12000m, q.Value);
        Assert.Equal(Unit.Yi, q.Unit);
        Assert.Equal(new Yi(12000m), new Quantity(1.2m, Unit.WanYi).AsYi());
        Assert.Equal(new Yi(12000m), new WanYi(1.2m).ToYi());
    }

    [Fact]
    public void Yi_converts_to_WanYi()
    {
        Assert.Equal(new WanYi(3.035573m), new Quantity(30355.73m, Unit.Yi).AsWanYi());
        Assert.Equal(new WanYi(4.2m), new Yi(42000m).ToWanYi());
    }

    [Fact]
    public void WanVehicles_convert_to_Vehicles_and_back()
    {
        Assert.Equal(new Vehicles(2539800m), new Quantity(253.98m, Unit.WanVehicles).AsVehicles());
        Assert.Equal(new Vehicles(2539800m), new WanVehicles(253.98m).ToVehicles());
        Assert.Equal(new WanVehicles(427.2145m), new Quantity(4272145m, Unit.Vehicles).AsWanVehicles());
        Assert.Equal(new WanVehicles(427.2145m), new Vehicles(4272145m).ToWanVehicles());
    }

    [Fact]
    public void Converting_to_its_own_unit_is_the_identity()
    {
        var q = new Quantity(2.10m, Unit.Percent);
        Assert.Equal("2.10", q.To(Unit.Percent).Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new Percent(2.1m), q.AsPercent());
    }

    [Fact]
    public void WanVehicles_as_Yi_is_a_unit_mismatch()
    {
        var ex = Assert.Throws<UnitMismatchException>(() => new Quantity(253.98m, Unit.WanVehicles).AsYi());
        Assert.Equal(Unit.WanVehicles, ex.Actual);
        Assert.Equal(Unit.Yi, ex.Wanted);
        Assert.Equal("Cannot use a value in 萬輛 as 億元: they measure different things.", ex.Message);
    }

    [Theory]
    [InlineData(Unit.Percent, Unit.PercentagePoints)]
    [InlineData(Unit.PercentagePoints, Unit.Percent)]
    [InlineData(Unit.Count, Unit.Years)]
    [InlineData(Unit.Yi, Unit.Vehicles)]
    [InlineData(Unit.Count, Unit.WanVehicles)]
    public void Units_of_different_dimensions_do_not_convert(Unit from, Unit to)
    {
        var ex = Assert.Throws<UnitMismatchException>(() => new Quantity(1m, from).To(to));
        Assert.Equal(from, ex.Actual);
        Assert.Equal(to, ex.Wanted);
    }

    [Fact]
    public void Percent_minus_Percent_is_PercentagePoints()
    {
        PercentagePoints gap = new Percent(7.3m) - new Percent(2.1m);
        Assert.Equal(new PercentagePoints(5.2m), gap);
        Assert.Equal(new PercentagePoints(-3.7m), new Percent(0.7m) - new Percent(4.4m));
    }

    [Fact]
    public void Percent_fraction_and_rounding()
    {
        Assert.Equal(0.021m, new Percent(2.1m).AsFraction);
        Assert.Equal(new Percent(26m), Percent.FromFraction(0.26m));
        Assert.Equal(new Percent(25.10m), new Percent(25.095m).Round(2)); // away from zero, not to even
        Assert.Equal(new Percent(-25.10m), new Percent(-25.095m).Round(2));
    }

    [Fact]
    public void Money_and_vehicle_arithmetic()
    {
        Assert.Equal(new Yi(42000m), new Yi(10000m) + new Yi(5000m) * 4 + 4 * new Yi(3000m));
        Assert.Equal(new Yi(18000m), new Yi(60000m) - new Yi(42000m));
        Assert.Equal(0.7m, new Yi(42000m) / new Yi(60000m));
        Assert.True(new Yi(1m) < new Yi(2m));
        Assert.Equal(new WanYi(1.5m), new WanYi(1m) + new WanYi(0.5m));
        Assert.Equal(new WanVehicles(0.03m), new WanVehicles(254.01m) - new WanVehicles(253.98m));
        Assert.True(new WanVehicles(254.01m) > new WanVehicles(253.98m));
    }

    [Fact]
    public void ToString_forms()
    {
        Assert.Equal("2.1%", new Quantity(2.1m, Unit.Percent).ToString());
        Assert.Equal("-3.0%", new Quantity(-3.0m, Unit.Percent).ToString());
        Assert.Equal("253.98 萬輛", new Quantity(253.98m, Unit.WanVehicles).ToString());
        Assert.Equal("6 萬億元", new Quantity(6m, Unit.WanYi).ToString());
        Assert.Equal("3815 億元", new Quantity(3815m, Unit.Yi).ToString());
        Assert.Equal("0.5 百分點", new Quantity(0.5m, Unit.PercentagePoints).ToString());
        Assert.Equal("15 個", new Quantity(15m, Unit.Count).ToString());
        Assert.Equal("3 年", new Quantity(3m, Unit.Years).ToString());

        Assert.Equal("30355.73 億元", new Yi(30355.73m).ToString());
        Assert.Equal("1.2 萬億元", new WanYi(1.2m).ToString());
        Assert.Equal("253.98 萬輛", new WanVehicles(253.98m).ToString());
        Assert.Equal("4,272,145 輛", new Vehicles(4272145m).ToString());
        Assert.Equal("2.1%", new Percent(2.1m).ToString());
        Assert.Equal("5.2 百分點", new PercentagePoints(5.2m).ToString());
    }
}
