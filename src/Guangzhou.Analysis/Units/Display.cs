namespace Guangzhou.Analysis.Units;

/// <summary>
/// How unit values print. A published number keeps the decimals it was printed with (31032.50 stays 31032.50); a computed
/// one (191.9 × 191.9/1954.7 …) is shown to at most four decimals instead of decimal's 28 digits. The value itself is untouched.
/// </summary>
internal static class Display
{
    public const int MaxDecimals = 4;

    public static string Number(decimal value) =>
        value.Scale > MaxDecimals
            ? Math.Round(value, MaxDecimals, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A value with its unit as the sources print it: "2.1%", "31032.50 億元", "4,272,145 輛" (carmakers group digits).</summary>
    public static string WithUnit(decimal value, Unit unit) => unit switch
    {
        Unit.Percent => Number(value) + "%",
        Unit.Vehicles => Math.Round(value, MaxDecimals, MidpointRounding.AwayFromZero).ToString("#,0.####", CultureInfo.InvariantCulture) + " 輛",
        _ => Number(value) + " " + unit.Symbol(),
    };
}
