using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Tests.Calculations;

public sealed class SharesTests
{
    [Fact]
    public void Of()
    {
        Assert.Equal(new Percent(25m), Shares.Of(64m, 256m));
        Assert.Equal(new Percent(26.00m), Shares.Of(VehicleCount.FromWanVehicles(64m), VehicleCount.FromWanVehicles(246.2m)).Round(2));
        Assert.Equal(new Percent(70m), Shares.Of(Money.FromYi(42000m), Money.FromYi(60000m)));
        Assert.Throws<ArgumentException>(() => Shares.Of(1m, 0m));
    }

    [Fact]
    public void ImpliedTotal()
    {
        var total = Shares.ImpliedTotal(64m, new Percent(26m));
        Assert.Equal(246.1538m, Math.Round(total, 4));
        Assert.StartsWith("246.153846", total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(VehicleCount.FromWanVehicles(246.1538m), VehicleCount.FromWanVehicles(Math.Round(Shares.ImpliedTotal(VehicleCount.FromWanVehicles(64m), new Percent(26m)).Value, 4)));
        Assert.Equal(256m, Shares.ImpliedTotal(64m, new Percent(25m)));
        Assert.Throws<ArgumentException>(() => Shares.ImpliedTotal(64m, new Percent(0m)));
    }
}
