using System.Globalization;

namespace Guangzhou.Analysis.Units;

/// <summary>An amount in 億元 (100 million yuan), the unit of Chinese statistical and budget tables.</summary>
public readonly record struct Yi(decimal Value) : IComparable<Yi>
{
    public static Yi operator +(Yi a, Yi b) => new(a.Value + b.Value);
    public static Yi operator -(Yi a, Yi b) => new(a.Value - b.Value);
    public static Yi operator *(Yi a, decimal k) => new(a.Value * k);
    public static Yi operator *(decimal k, Yi a) => new(a.Value * k);
    public static decimal operator /(Yi a, Yi b) => a.Value / b.Value;
    public static bool operator <(Yi a, Yi b) => a.Value < b.Value;
    public static bool operator >(Yi a, Yi b) => a.Value > b.Value;
    public static bool operator <=(Yi a, Yi b) => a.Value <= b.Value;
    public static bool operator >=(Yi a, Yi b) => a.Value >= b.Value;
    public int CompareTo(Yi other) => Value.CompareTo(other.Value);
    public WanYi ToWanYi() => new(Value / 10_000m);
    public Quantity ToQuantity() => new(Value, Unit.Yi);
    public override string ToString() => Display.Number(Value) + " 億元";
}

/// <summary>An amount in 萬億元 (one trillion yuan), the unit of plan targets and GDP headlines.</summary>
public readonly record struct WanYi(decimal Value) : IComparable<WanYi>
{
    public static WanYi operator +(WanYi a, WanYi b) => new(a.Value + b.Value);
    public static WanYi operator -(WanYi a, WanYi b) => new(a.Value - b.Value);
    public static WanYi operator *(WanYi a, decimal k) => new(a.Value * k);
    public static decimal operator /(WanYi a, WanYi b) => a.Value / b.Value;
    public static bool operator <(WanYi a, WanYi b) => a.Value < b.Value;
    public static bool operator >(WanYi a, WanYi b) => a.Value > b.Value;
    public int CompareTo(WanYi other) => Value.CompareTo(other.Value);
    public Yi ToYi() => new(Value * 10_000m);
    public Quantity ToQuantity() => new(Value, Unit.WanYi);
    public override string ToString() => Display.Number(Value) + " 萬億元";
}
