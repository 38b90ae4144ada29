namespace Guangzhou.Analysis.Units;

public static class UnitSymbols
{
    private static readonly IReadOnlyDictionary<string, Unit> BySymbol = new Dictionary<string, Unit>(StringComparer.Ordinal)
    {
        ["億元"] = Unit.Yi,
        ["萬億元"] = Unit.WanYi,
        ["萬輛"] = Unit.WanVehicles,
        ["輛"] = Unit.Vehicles,
        ["%"] = Unit.Percent,
        ["百分點"] = Unit.PercentagePoints,
        ["個"] = Unit.Count,
        ["年"] = Unit.Years,
        ["平方米"] = Unit.SquareMetres,
    };

    public static IReadOnlyCollection<string> All => BySymbol.Keys.ToArray();

    public static bool TryParse(string symbol, out Unit unit) => BySymbol.TryGetValue(symbol.Trim(), out unit);

    public static string Symbol(this Unit unit) => unit switch
    {
        Unit.Yi => "億元",
        Unit.WanYi => "萬億元",
        Unit.WanVehicles => "萬輛",
        Unit.Vehicles => "輛",
        Unit.Percent => "%",
        Unit.PercentagePoints => "百分點",
        Unit.Count => "個",
        Unit.Years => "年",
        Unit.SquareMetres => "平方米",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static string EnglishSymbol(this Unit unit) => unit switch
    {
        Unit.Yi => "100m yuan",
        Unit.WanYi => "trillion yuan",
        Unit.WanVehicles => "10k vehicles",
        Unit.Vehicles => "vehicles",
        Unit.Percent => "%",
        Unit.PercentagePoints => "pp",
        Unit.Count => "",
        Unit.Years => "years",
        Unit.SquareMetres => "m²",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Dimension Dimension(this Unit unit) => unit switch
    {
        Unit.Yi or Unit.WanYi => Units.Dimension.Money,
        Unit.WanVehicles or Unit.Vehicles => Units.Dimension.Vehicles,
        Unit.Percent => Units.Dimension.Rate,
        Unit.PercentagePoints => Units.Dimension.RateDifference,
        Unit.Count => Units.Dimension.Count,
        Unit.Years => Units.Dimension.Duration,
        Unit.SquareMetres => Units.Dimension.Area,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>How many of the dimension's smallest unit (億元, 輛) one of this unit is.</summary>
    internal static decimal Scale(this Unit unit) => unit switch
    {
        Unit.WanYi => 10_000m,
        Unit.WanVehicles => 10_000m,
        _ => 1m,
    };
}
