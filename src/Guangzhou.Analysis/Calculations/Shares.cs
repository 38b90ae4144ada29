namespace Guangzhou.Analysis.Calculations;

public static class Shares
{
    /// <summary>A part as a percentage of a whole.</summary>
    public static Percent Of(decimal part, decimal whole) =>
        whole == 0 ? throw new ArgumentException("A share of zero is undefined.", nameof(whole)) : new Percent(part / whole * 100m);

    public static Percent Of(VehicleCount part, VehicleCount whole) => Of(part.Value, whole.In(part.Unit).Value);
    public static Percent Of(Money part, Money whole) => Of(part.Value, whole.In(part.Unit).Value);

    /// <summary>The whole that a part implies when it is said to be <paramref name="share"/> of it (64萬 at 26% implies 246.15萬).</summary>
    public static decimal ImpliedTotal(decimal part, Percent share) =>
        share.Value == 0 ? throw new ArgumentException("A zero share implies no total.", nameof(share)) : part / share.AsFraction;

    public static VehicleCount ImpliedTotal(VehicleCount part, Percent share) => new(ImpliedTotal(part.Value, share), part.Unit);
}
