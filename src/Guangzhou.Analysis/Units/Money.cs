namespace Guangzhou.Analysis.Units;

/// <summary>
/// An amount of money in any unit of the money dimension (億元, 萬億元). One type for the dimension; the unit travels
/// with the value as data, and converting is asking for another unit (<see cref="In"/>), never dividing by hand.
/// Two amounts are equal when they are the same money: 6 萬億元 equals 60000 億元.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    public Money(decimal value, Unit unit)
    {
        if (unit.Dimension() != Dimension.Money) throw new UnitMismatchException(unit, Unit.Yi);
        Value = value;
        Unit = unit;
    }

    public decimal Value { get; }
    public Unit Unit { get; }

    public static Money FromYi(decimal value) => new(value, Unit.Yi);
    public static Money FromWanYi(decimal value) => new(value, Unit.WanYi);
    public static Money Zero => FromYi(0m);

    /// <summary>The amount in 億元.</summary>
    public decimal Yi => Quantity.In(Unit.Yi);
    /// <summary>The amount in 萬億元.</summary>
    public decimal WanYi => Quantity.In(Unit.WanYi);

    public Quantity Quantity => new(Value, Unit);
    public Money In(Unit unit) => Quantity.To(unit).AsMoney();

    public static Money operator +(Money a, Money b) => (a.Quantity + b.Quantity).AsMoney();
    public static Money operator -(Money a, Money b) => (a.Quantity - b.Quantity).AsMoney();
    public static Money operator -(Money a) => new(-a.Value, a.Unit);
    public static Money operator *(Money a, decimal k) => new(a.Value * k, a.Unit);
    public static Money operator *(decimal k, Money a) => new(a.Value * k, a.Unit);
    public static Money operator /(Money a, decimal k) => new(a.Value / k, a.Unit);
    public static decimal operator /(Money a, Money b) => a.Quantity / b.Quantity;
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public int CompareTo(Money other) => Quantity.CompareTo(other.Quantity);
    public bool Equals(Money other) => Yi == other.Yi;
    public override int GetHashCode() => Yi.GetHashCode();
    public override string ToString() => Quantity.ToString();
}
