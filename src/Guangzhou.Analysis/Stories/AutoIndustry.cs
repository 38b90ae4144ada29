using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Stories;

/// <summary>A value of one series for one entity in one period, or its absence; shown as a table row in notebooks.</summary>
public sealed record PeriodValue(string Entity, string Series, Period Period, decimal? Value, string Unit, string Source)
{
    // Kept out of the positional properties so that a table of these rows shows the value, not the whole source row.
    private Observation? Row { get; init; }

    /// <summary>The cited row behind the value, or null where no source could be cited.</summary>
    public Observation? Observation() => Row;

    public static PeriodValue Of(string entity, string series, Period period, Observation? row) =>
        new(entity, series, period, row?.Value, row is null ? "" : Units.UnitSymbols.Symbol(row.Unit), row?.SourceId ?? "") { Row = row };
}

/// <summary>Guangzhou against Chongqing: output, value added, the shift to NEVs, and the carmakers.</summary>
public static class AutoIndustry
{
    public static readonly IReadOnlyList<string> GrowthSeries = ["secondary_industry_va_growth", "industrial_va_growth", "auto_mfg_va_growth"];

    /// <summary>Each growth measure for each city in one period; gaps stay gaps.</summary>
    public static IReadOnlyList<PeriodValue> GrowthComparison(DataSet data, IEnumerable<string> cities, Period period) =>
        cities.SelectMany(c => GrowthSeries.Select(s => PeriodValue.Of(c, s, period, data.Best(s, c, period)))).ToArray();

    /// <summary>One series over a sequence of (often cumulative) periods, for each city.</summary>
    public static IReadOnlyList<PeriodValue> Path(DataSet data, string series, IEnumerable<string> entities, IReadOnlyList<Period> periods) =>
        entities.SelectMany(e => periods.Select(p => PeriodValue.Of(e, series, p, data.Best(series, e, p)))).ToArray();

    /// <summary>
    /// The margin by which the leader's output exceeds the other's, in vehicles. Uses only observations from data/;
    /// returns null when either city's output for the year could not be cited.
    /// </summary>
    public static Vehicles? OutputMargin(DataSet data, string a, string b, int year)
    {
        var x = data.Best("auto_output", a, Period.OfYear(year));
        var y = data.Best("auto_output", b, Period.OfYear(year));
        if (x is null || y is null) return null;
        return new Vehicles(Math.Abs(x.Quantity.AsVehicles().Value - y.Quantity.AsVehicles().Value));
    }

    /// <summary>The margin between two stated outputs (e.g. the article's 253.98 and 254.01 萬輛), in vehicles.</summary>
    public static Vehicles Margin(WanVehicles a, WanVehicles b) => new(Math.Abs((a - b).ToVehicles().Value));

    /// <summary>Annual NEV sales of the given companies in 萬輛 (company figures in 輛 are converted).</summary>
    public static IReadOnlyList<PeriodValue> NevSales(DataSet data, IEnumerable<string> companies, int fromYear, int toYear) =>
        Path(data, "nev_sales", companies, Enumerable.Range(fromYear, toYear - fromYear + 1).Select(Period.OfYear).ToArray());
}
