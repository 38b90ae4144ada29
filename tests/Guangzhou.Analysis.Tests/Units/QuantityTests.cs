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
        Assert.Equal("12000 億元", q.ToString()); // a converted value has no printed decimals to keep
        var money = new Quantity(1.2m, Unit.WanYi).AsMoney();
        Assert.Equal((1.2m, Unit.WanYi, 12000m, 1.2m), (money.Value, money.Unit, money.Yi, money.WanYi));
        Assert.Equal((12000m, Unit.Yi), (Money.FromWanYi(1.2m).In(Unit.Yi).Value, Money.FromWanYi(1.2m).In(Unit.Yi).Unit));
    }

    [Fact]
    public void Yi_converts_to_WanYi()
    {
        Assert.Equal(3.035573m, new Quantity(30355.73m, Unit.Yi).AsMoney().WanYi);
        Assert.Equal((4.2m, Unit.WanYi), (Money.FromYi(42000m).In(Unit.WanYi).Value, Money.FromYi(42000m).In(Unit.WanYi).Unit));
    }

    [Fact]
    public void WanVehicles_convert_to_Vehicles_and_back()
    {
        Assert.Equal(2539800m, new Quantity(253.98m, Unit.WanVehicles).AsVehicles().Vehicles);
        Assert.Equal((2539800m, Unit.Vehicles), (VehicleCount.FromWanVehicles(253.98m).In(Unit.Vehicles).Value, VehicleCount.FromWanVehicles(253.98m).In(Unit.Vehicles).Unit));
        Assert.Equal(427.2145m, new Quantity(4272145m, Unit.Vehicles).AsVehicles().WanVehicles);
        Assert.Equal(Unit.WanVehicles, VehicleCount.FromVehicles(4272145m).In(Unit.WanVehicles).Unit);
    }

    [Fact]
    public void Amounts_are_equal_when_they_are_the_same_money_whatever_the_unit()
    {
        Assert.Equal(Money.FromWanYi(6m), Money.FromYi(60000m));
        Assert.Equal(Money.FromWanYi(6m).GetHashCode(), Money.FromYi(60000m).GetHashCode());
        Assert.NotEqual(Money.FromWanYi(6m), Money.FromYi(6m));
        Assert.Equal(VehicleCount.FromWanVehicles(0.03m), VehicleCount.FromVehicles(300m));
        Assert.True(Money.FromWanYi(1m) > Money.FromYi(9999m));
    }

    [Fact]
    public void Sums_and_differences_take_the_left_operands_unit()
    {
        var left = Money.FromWanYi(3.2m) - Money.FromYi(31032.5m);
        Assert.Equal((0.09675m, Unit.WanYi), (left.Value, left.Unit));
        var right = Money.FromYi(31032.5m) + Money.FromWanYi(0.1m);
        Assert.Equal((32032.5m, Unit.Yi), (right.Value, right.Unit));
        var q = new Quantity(254.01m, Unit.WanVehicles) - new Quantity(2539800m, Unit.Vehicles);
        Assert.Equal(new Quantity(0.03m, Unit.WanVehicles), q);
        Assert.Throws<UnitMismatchException>(() => new Quantity(1m, Unit.Yi) - new Quantity(1m, Unit.WanVehicles));
    }

    [Fact]
    public void A_money_or_vehicle_count_refuses_a_unit_of_another_dimension()
    {
        var money = Assert.Throws<UnitMismatchException>(() => new Money(2.1m, Unit.Percent));
        Assert.Equal((Unit.Percent, Unit.Yi), (money.Actual, money.Wanted));
        var vehicles = Assert.Throws<UnitMismatchException>(() => new VehicleCount(1m, Unit.WanYi));
        Assert.Equal((Unit.WanYi, Unit.Vehicles), (vehicles.Actual, vehicles.Wanted));
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
