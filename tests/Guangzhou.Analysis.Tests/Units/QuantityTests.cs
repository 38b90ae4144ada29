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
        Assert.Equal(Money.FromYi(12000m), new Quantity(1.2m, Unit.WanYi).AsMoney());
        Assert.Equal(Money.FromYi(12000m), Money.FromWanYi(1.2m).In(Unit.Yi));
    }

    [Fact]
    public void Yi_converts_to_WanYi()
    {
        Assert.Equal(Money.FromWanYi(3.035573m), new Quantity(30355.73m, Unit.Yi).AsMoney());
        Assert.Equal(Money.FromWanYi(4.2m), Money.FromYi(42000m).In(Unit.WanYi));
    }

    [Fact]
    public void WanVehicles_convert_to_Vehicles_and_back()
    {
        Assert.Equal(VehicleCount.FromVehicles(2539800m), new Quantity(253.98m, Unit.WanVehicles).AsVehicles());
        Assert.Equal(VehicleCount.FromVehicles(2539800m), VehicleCount.FromWanVehicles(253.98m).In(Unit.Vehicles));
        Assert.Equal(VehicleCount.FromWanVehicles(427.2145m), new Quantity(4272145m, Unit.Vehicles).AsVehicles());
        Assert.Equal(VehicleCount.FromWanVehicles(427.2145m), VehicleCount.FromVehicles(4272145m).In(Unit.WanVehicles));
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
        var ex = Assert.Throws<UnitMismatchException>(() => new Quantity(253.98m, Unit.WanVehicles).AsMoney());
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
        Assert.Equal(Money.FromYi(42000m), Money.FromYi(10000m) + Money.FromYi(5000m) * 4 + 4 * Money.FromYi(3000m));
        Assert.Equal(Money.FromYi(18000m), Money.FromYi(60000m) - Money.FromYi(42000m));
        Assert.Equal(0.7m, Money.FromYi(42000m) / Money.FromYi(60000m));
        Assert.True(Money.FromYi(1m) < Money.FromYi(2m));
        Assert.Equal(Money.FromWanYi(1.5m), Money.FromWanYi(1m) + Money.FromWanYi(0.5m));
        Assert.Equal(VehicleCount.FromWanVehicles(0.03m), VehicleCount.FromWanVehicles(254.01m) - VehicleCount.FromWanVehicles(253.98m));
        Assert.True(VehicleCount.FromWanVehicles(254.01m) > VehicleCount.FromWanVehicles(253.98m));
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

        Assert.Equal("30355.73 億元", Money.FromYi(30355.73m).ToString());
        Assert.Equal("1.2 萬億元", Money.FromWanYi(1.2m).ToString());
        Assert.Equal("253.98 萬輛", VehicleCount.FromWanVehicles(253.98m).ToString());
        Assert.Equal("4,272,145 輛", VehicleCount.FromVehicles(4272145m).ToString());
        Assert.Equal("2.1%", new Percent(2.1m).ToString());
        Assert.Equal("5.2 百分點", new PercentagePoints(5.2m).ToString());
    }
}
