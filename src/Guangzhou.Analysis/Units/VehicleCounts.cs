using System.Globalization;

namespace Guangzhou.Analysis.Units;

/// <summary>Vehicles in 萬輛 (ten thousand), as statistics communiqués print output.</summary>
public readonly record struct WanVehicles(decimal Value) : IComparable<WanVehicles>
{
    public static WanVehicles operator +(WanVehicles a, WanVehicles b) => new(a.Value + b.Value);
    public static WanVehicles operator -(WanVehicles a, WanVehicles b) => new(a.Value - b.Value);
    public static WanVehicles operator *(WanVehicles a, decimal k) => new(a.Value * k);
    public static decimal operator /(WanVehicles a, WanVehicles b) => a.Value / b.Value;
    public static bool operator <(WanVehicles a, WanVehicles b) => a.Value < b.Value;
    public static bool operator >(WanVehicles a, WanVehicles b) => a.Value > b.Value;
    public int CompareTo(WanVehicles other) => Value.CompareTo(other.Value);
    public Vehicles ToVehicles() => new(Value * 10_000m);
    public Quantity ToQuantity() => new(Value, Unit.WanVehicles);
    public override string ToString() => Display.Number(Value) + " 萬輛";
}

/// <summary>Single vehicles (輛), as company sales announcements print them.</summary>
public readonly record struct Vehicles(decimal Value) : IComparable<Vehicles>
{
    public static Vehicles operator +(Vehicles a, Vehicles b) => new(a.Value + b.Value);
    public static Vehicles operator -(Vehicles a, Vehicles b) => new(a.Value - b.Value);
    public static decimal operator /(Vehicles a, Vehicles b) => a.Value / b.Value;
    public static bool operator <(Vehicles a, Vehicles b) => a.Value < b.Value;
    public static bool operator >(Vehicles a, Vehicles b) => a.Value > b.Value;
    public int CompareTo(Vehicles other) => Value.CompareTo(other.Value);
    public WanVehicles ToWanVehicles() => new(Value / 10_000m);
    public Quantity ToQuantity() => new(Value, Unit.Vehicles);
    public override string ToString() => Value.ToString("#,0", CultureInfo.InvariantCulture) + " 輛";
}
