using System.Numerics;

namespace Guangzhou.Analysis.Units;

/// <summary>
/// A number with the unit it was published in, as read from the data. Converts only within a dimension; sums and
/// differences are taken in the left operand's unit, so 3.2 萬億元 − 31032.5 億元 is 0.09675 萬億元, never 3.2 − 31032.5.
/// </summary>
public readonly record struct Quantity(decimal Value, Unit Unit)
    : IComparable<Quantity>, IComparisonOperators<Quantity, Quantity, bool>, ISubtractionOperators<Quantity, Quantity, Quantity>
{
    public Dimension Dimension => Unit.Dimension();

    public Quantity To(Unit target)
    {
        if (target == Unit) return this;
        if (target.Dimension() != Unit.Dimension()) throw new UnitMismatchException(Unit, target);
        // A converted value was never printed, so it has no decimals of its own to keep: 1.8 萬億元 is 18000 億元, not 18000.0.
        return new Quantity(Normalize(Value * Unit.Scale() / target.Scale()), target);
    }

    /// <summary>The value in <paramref name="unit"/>: the one way figure code turns a quantity into a plotted number.</summary>
    public decimal In(Unit unit) => To(unit).Value;

    public Money AsMoney() => new(Value, Unit);
    public VehicleCount AsVehicles() => new(Value, Unit);
    public Percent AsPercent() => new(To(Unit.Percent).Value);
    public PercentagePoints AsPercentagePoints() => new(To(Unit.PercentagePoints).Value);

    public static Quantity operator +(Quantity a, Quantity b) => new(a.Value + b.To(a.Unit).Value, a.Unit);
    public static Quantity operator -(Quantity a, Quantity b) => new(a.Value - b.To(a.Unit).Value, a.Unit);
    public static Quantity operator -(Quantity a) => new(-a.Value, a.Unit);
    public static Quantity operator *(Quantity a, decimal k) => new(a.Value * k, a.Unit);
    public static Quantity operator /(Quantity a, decimal k) => new(a.Value / k, a.Unit);
    public static decimal operator /(Quantity a, Quantity b) => a.Value / b.To(a.Unit).Value;
    public static bool operator <(Quantity a, Quantity b) => a.CompareTo(b) < 0;
    public static bool operator >(Quantity a, Quantity b) => a.CompareTo(b) > 0;
    public static bool operator <=(Quantity a, Quantity b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Quantity a, Quantity b) => a.CompareTo(b) >= 0;

    /// <summary>Compares amounts across units of one dimension (1 萬億元 equals 10000 億元 in order); throws across dimensions.</summary>
    public int CompareTo(Quantity other) => Value.CompareTo(other.To(Unit).Value);

    public override string ToString() => Display.WithUnit(Value, Unit);

    private static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
