namespace Guangzhou.Analysis.Units;

/// <summary>
/// The unit a reader of one language counts in, and how many of it one data unit is. Chinese readers count money in 億元
/// and 萬億元 and vehicles in 萬輛, as the sources print them; English readers count in billions, trillions and millions, so
/// an English figure plots 1954.7 億元 as 195.47 bn yuan. <see cref="PerDataUnit"/> converts a data value to this unit.
/// </summary>
public sealed record DisplayUnit(string Words, decimal PerDataUnit, Language Language)
{
    /// <summary>The words for exactly one (English: 1 percentage point, 1 vehicle); the plural words when not set.</summary>
    public string? One { get; init; }

    /// <summary>A value already in this unit, with its words: "195.5 bn yuan", "1954.7億元", "2.1%", "13個".</summary>
    public string Format(decimal value, string format = "0.##")
    {
        var number = UnitWords.Number(value, format);
        var words = Math.Abs(value) == 1m && One is { } one ? one : Words;
        if (words.Length == 0) return number;
        return words == "%" || Language == Language.Chinese ? number + words : number + " " + words;
    }

    /// <summary>A data value converted to this unit.</summary>
    public decimal From(decimal dataValue) => dataValue * PerDataUnit;
}

/// <summary>Units in words per language, in one place: axis titles, data tables, alt text and sentences all take them from here.</summary>
public static class UnitWords
{
    /// <summary>The unit a figure in <paramref name="language"/> draws values of <paramref name="unit"/> in.</summary>
    public static DisplayUnit For(Unit unit, Language language) => language == Language.Chinese
        ? new DisplayUnit(unit == Unit.PercentagePoints ? "個百分點" : unit.Symbol(), 1m, language)
        : unit switch
        {
            Unit.Yi => new("bn yuan", 0.1m, language),
            Unit.WanYi => new("trillion yuan", 1m, language),
            Unit.WanVehicles => new("million vehicles", 0.01m, language),
            Unit.Vehicles => new("vehicles", 1m, language) { One = "vehicle" },
            Unit.Percent => new("%", 1m, language),
            Unit.PercentagePoints => new("percentage points", 1m, language) { One = "percentage point" },
            Unit.Count => new("", 1m, language),
            Unit.Years => new("years", 1m, language) { One = "year" },
            Unit.SquareMetres => new("m²", 1m, language),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };

    /// <summary>
    /// An amount in the words a reader of the language would write, at the scale that suits it: 300 bn yuan, 3 trillion
    /// yuan, 2.54 million vehicles; 3000億元, 3萬億元, 254.01萬輛.
    /// </summary>
    public static string Amount(decimal value, Unit unit, Language language, string format = "0.##")
    {
        var scale = unit.Scale();
        var (dimension, smallest) = (unit.Dimension(), value * scale);
        if (language == Language.Chinese)
            return dimension switch
            {
                Dimension.Money => Math.Abs(smallest) >= 10_000m ? For(Unit.WanYi, language).Format(smallest / 10_000m, format) : For(Unit.Yi, language).Format(smallest, format),
                Dimension.Vehicles => Math.Abs(smallest) >= 10_000m ? For(Unit.WanVehicles, language).Format(smallest / 10_000m, format) : For(Unit.Vehicles, language).Format(smallest, format),
                _ => For(unit, language).Format(value, format),
            };
        if (smallest == 0m && dimension == Dimension.Money) return "0 yuan";
        return dimension switch
        {
            // 1 億 = 10^8 yuan: 10^4 億 is a trillion, 10 億 a billion, 0.01 億 a million.
            Dimension.Money => Math.Abs(smallest) >= 10_000m ? Words(smallest / 10_000m, "trillion yuan", format)
                : Math.Abs(smallest) >= 10m ? Words(smallest / 10m, "bn yuan", format)
                : Words(smallest * 100m, "million yuan", format),
            Dimension.Vehicles => Math.Abs(smallest) >= 1_000_000m ? Words(smallest / 1_000_000m, "million vehicles", format)
                : Words(smallest, "vehicles", "#,0.##"),
            _ => For(unit, language).Format(value, format),
        };
    }

    private static string Words(decimal value, string words, string format) => Number(value, format) + " " + words;

    /// <summary>A number as figures print it, with a true minus sign (−3.0), never a hyphen.</summary>
    public static string Number(decimal value, string format = "0.##")
    {
        var text = Math.Abs(value).ToString(format, CultureInfo.InvariantCulture);
        return value < 0 && text.Any(c => c is >= '1' and <= '9') ? "−" + text : text;
    }
}
