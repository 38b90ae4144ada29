using System.Globalization;

namespace Guangzhou.Analysis.Units;

/// <summary>A number with the unit it was published in, as read from the data. Converts only within a dimension.</summary>
public readonly record struct Quantity(decimal Value, Unit Unit)
{
    public Quantity To(Unit target)
    {
        if (target == Unit) return this;
        if (target.Dimension() != Unit.Dimension()) throw new UnitMismatchException(Unit, target);
        return new Quantity(Value * Unit.Scale() / target.Scale(), target);
    }

    public Yi AsYi() => new(To(Unit.Yi).Value);
    public WanYi AsWanYi() => new(To(Unit.WanYi).Value);
    public WanVehicles AsWanVehicles() => new(To(Unit.WanVehicles).Value);
    public Vehicles AsVehicles() => new(To(Unit.Vehicles).Value);
    public Percent AsPercent() => new(To(Unit.Percent).Value);
    public PercentagePoints AsPercentagePoints() => new(To(Unit.PercentagePoints).Value);

    public override string ToString() =>
        Unit is Unit.Percent
            ? Display.Number(Value) + "%"
            : Display.Number(Value) + " " + Unit.Symbol();
}
