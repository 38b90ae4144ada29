namespace Guangzhou.Analysis.Units;

/// <summary>A rate or share in percent (2.1 means 2.1%).</summary>
public readonly record struct Percent(decimal Value) : IComparable<Percent>
{
    public decimal AsFraction => Value / 100m;
    public static Percent FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>The gap between two rates is in percentage points, never in percent.</summary>
    public static PercentagePoints operator -(Percent a, Percent b) => new(a.Value - b.Value);
    public static bool operator <(Percent a, Percent b) => a.Value < b.Value;
    public static bool operator >(Percent a, Percent b) => a.Value > b.Value;
    public static bool operator <=(Percent a, Percent b) => a.Value <= b.Value;
    public static bool operator >=(Percent a, Percent b) => a.Value >= b.Value;
    public int CompareTo(Percent other) => Value.CompareTo(other.Value);
    public Percent Round(int decimals) => new(Math.Round(Value, decimals, MidpointRounding.AwayFromZero));
    public Quantity ToQuantity() => new(Value, Unit.Percent);
    public override string ToString() => Display.Number(Value) + "%";
}

/// <summary>A difference between two rates (百分點).</summary>
public readonly record struct PercentagePoints(decimal Value) : IComparable<PercentagePoints>
{
    public static PercentagePoints operator +(PercentagePoints a, PercentagePoints b) => new(a.Value + b.Value);
    public static PercentagePoints operator -(PercentagePoints a, PercentagePoints b) => new(a.Value - b.Value);
    public int CompareTo(PercentagePoints other) => Value.CompareTo(other.Value);
    public static bool operator <(PercentagePoints a, PercentagePoints b) => a.Value < b.Value;
    public static bool operator <=(PercentagePoints a, PercentagePoints b) => a.Value <= b.Value;
    public static bool operator >(PercentagePoints a, PercentagePoints b) => a.Value > b.Value;
    public static bool operator >=(PercentagePoints a, PercentagePoints b) => a.Value >= b.Value;
    public Quantity ToQuantity() => new(Value, Unit.PercentagePoints);
    public override string ToString() => Display.Number(Value) + " 百分點";
}
