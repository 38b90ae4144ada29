namespace Guangzhou.Analysis.Units;

/// <summary>
/// A number of vehicles in any unit of the vehicles dimension (輛, 萬輛): statistics communiqués print 萬輛, carmakers 輛.
/// One type for the dimension, the unit as data; 253.98 萬輛 equals 2539800 輛.
/// </summary>
public readonly record struct VehicleCount : IComparable<VehicleCount>
{
    public VehicleCount(decimal value, Unit unit)
    {
        if (unit.Dimension() != Dimension.Vehicles) throw new UnitMismatchException(unit, Unit.Vehicles);
        Value = value;
        Unit = unit;
    }

    public decimal Value { get; }
    public Unit Unit { get; }

    public static VehicleCount FromVehicles(decimal value) => new(value, Unit.Vehicles);
    public static VehicleCount FromWanVehicles(decimal value) => new(value, Unit.WanVehicles);

    /// <summary>The count in single vehicles (輛).</summary>
    public decimal Vehicles => Quantity.In(Unit.Vehicles);
    /// <summary>The count in 萬輛.</summary>
    public decimal WanVehicles => Quantity.In(Unit.WanVehicles);

    public Quantity Quantity => new(Value, Unit);
    public VehicleCount In(Unit unit) => Quantity.To(unit).AsVehicles();

    public static VehicleCount operator +(VehicleCount a, VehicleCount b) => (a.Quantity + b.Quantity).AsVehicles();
    public static VehicleCount operator -(VehicleCount a, VehicleCount b) => (a.Quantity - b.Quantity).AsVehicles();
    public static VehicleCount operator *(VehicleCount a, decimal k) => new(a.Value * k, a.Unit);
    public static VehicleCount operator /(VehicleCount a, decimal k) => new(a.Value / k, a.Unit);
    public static decimal operator /(VehicleCount a, VehicleCount b) => a.Quantity / b.Quantity;
    public static bool operator <(VehicleCount a, VehicleCount b) => a.CompareTo(b) < 0;
    public static bool operator >(VehicleCount a, VehicleCount b) => a.CompareTo(b) > 0;
    public static bool operator <=(VehicleCount a, VehicleCount b) => a.CompareTo(b) <= 0;
    public static bool operator >=(VehicleCount a, VehicleCount b) => a.CompareTo(b) >= 0;

    /// <summary>The size of the difference, whichever is larger.</summary>
    public VehicleCount Abs() => new(Math.Abs(Value), Unit);

    public int CompareTo(VehicleCount other) => Quantity.CompareTo(other.Quantity);
    public bool Equals(VehicleCount other) => Vehicles == other.Vehicles;
    public override int GetHashCode() => Vehicles.GetHashCode();
    public override string ToString() => Quantity.ToString();
}
