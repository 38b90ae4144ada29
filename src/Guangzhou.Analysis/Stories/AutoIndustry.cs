namespace Guangzhou.Analysis.Stories;

/// <summary>A value of one series for one entity in one period, or its absence; shown as a table row in notebooks.</summary>
public sealed record PeriodValue(string Entity, string Series, Period Period, Quantity? Value, string Source)
{
    // Kept out of the positional properties so that a table of these rows shows the value, not the whole source row.
    private Observation? Row { get; init; }

    /// <summary>The cited row behind the value, or null where no source could be cited.</summary>
    public Observation? Observation() => Row;

    public static PeriodValue Of(string entity, string series, Period period, Observation? row) =>
        new(entity, series, period, row?.Quantity, row?.SourceId ?? "") { Row = row };
}

/// <summary>Two cities' industry and auto makers: output, value added, the shift to NEVs, and the carmakers.</summary>
public static partial class AutoIndustry
{
    public static readonly IReadOnlyList<string> GrowthSeries = ["secondary_industry_va_growth", "industrial_va_growth", "auto_mfg_va_growth"];

    /// <summary>The carmakers compared: BYD, the NEV leader, and GAC Group, Guangzhou's state-owned maker.</summary>
    public static readonly IReadOnlyList<string> Carmakers = ["byd", "gac_group"];

    /// <summary>Each growth measure for each city in one period; gaps stay gaps.</summary>
    public static IReadOnlyList<PeriodValue> GrowthComparison(DataSet data, IEnumerable<string> cities, Period period) =>
        cities.SelectMany(c => GrowthSeries.Select(s => PeriodValue.Of(c, s, period, data.BestOrStandIn(s, c, period)))).ToArray();

    /// <summary>One series over a sequence of (often cumulative) periods, for each city.</summary>
    public static IReadOnlyList<PeriodValue> Path(DataSet data, string series, IEnumerable<string> entities, IReadOnlyList<Period> periods) =>
        entities.SelectMany(e => periods.Select(p => PeriodValue.Of(e, series, p, data.BestOrStandIn(series, e, p)))).ToArray();

    /// <summary>
    /// The margin between two cities' cited output in a year, as a positive count in 輛. Uses only observations from data/;
    /// null when either city's output for the year could not be cited.
    /// </summary>
    public static VehicleCount? OutputMargin(DataSet data, string a, string b, int year)
    {
        var x = data.Best("auto_output", a, Period.OfYear(year));
        var y = data.Best("auto_output", b, Period.OfYear(year));
        if (x is null || y is null) return null;
        return Margin(x.Quantity.AsVehicles(), y.Quantity.AsVehicles());
    }

    /// <summary>The margin between two outputs (e.g. the article's 253.98 and 254.01 萬輛), as a positive count in 輛.</summary>
    public static VehicleCount Margin(VehicleCount a, VehicleCount b) => (a - b).Abs().In(Unit.Vehicles);

    /// <summary>The vehicle output the article states for a city in a year, or null when it states none.</summary>
    public static VehicleCount? ArticleOutput(DataSet data, string city, int year) =>
        data.Claims.FirstOrDefault(c => c.Series == "auto_output" && c.Entity == city && c.Period == Period.OfYear(year) && c.Check == CheckKind.Observation)
            ?.Stated.AsVehicles();

    /// <summary>Annual NEV sales of the given companies in 萬輛 (company figures in 輛 are converted).</summary>
    public static IReadOnlyList<PeriodValue> NevSales(DataSet data, IEnumerable<string> companies, int fromYear, int toYear) =>
        Path(data, "nev_sales", companies, Enumerable.Range(fromYear, toYear - fromYear + 1).Select(Period.OfYear).ToArray());

    /// <summary>
    /// True when a row covers a city's whole 汽車產業 rather than the 汽車製造業 class (Chongqing reports it so): figures say
    /// so beside the bar instead of comparing unlike things silently.
    /// </summary>
    public static bool CoversWholeAutoIndustry(Observation row) => row.Series == "auto_industry_va_growth";
}
