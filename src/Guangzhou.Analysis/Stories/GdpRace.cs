using Guangzhou.Analysis.Calculations;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Units;

namespace Guangzhou.Analysis.Stories;

/// <summary>A city's value for one year, with the row it comes from.</summary>
/// <remarks><see cref="Unit"/> is the unit's symbol (億元, %), for display; the value is already in that unit.</remarks>
public sealed record CityValue(string City, string Name, int Year, decimal Value, string Unit, string SourceId);

/// <summary>Where Guangzhou stands among the big cities, who passed it, and how it did against its targets.</summary>
public static class GdpRace
{
    public static IReadOnlyList<CityValue> Levels(DataSet data, IEnumerable<string> cities, int fromYear, int toYear, Language language = Language.Chinese) =>
        cities.SelectMany(c => data.AnnualSeries("gdp", c, fromYear, toYear)
                .Select(o => new CityValue(c, data.EntityName(c, language), o.Period.Year, o.Quantity.To(Unit.Yi).Value, Unit.Yi.Symbol(), o.SourceId)))
            .ToArray();

    /// <summary>Who passed whom on GDP (億元) between the two cities, year by year.</summary>
    public static OvertakingResult Race(DataSet data, string a, string b) =>
        Overtaking.Compare(a, Annual(data, "gdp", a), b, Annual(data, "gdp", b));

    public static IReadOnlyDictionary<int, decimal> Annual(DataSet data, string series, string entity) =>
        data.AnnualSeries(series, entity).ToDictionary(o => o.Period.Year, o => o.Quantity.To(data.Series[series].Unit).Value);

    /// <summary>Real growth of each city in a year, fastest first; cities without a citable figure are left out.</summary>
    public static IReadOnlyList<CityValue> GrowthRanking(DataSet data, IEnumerable<string> cities, int year, Language language = Language.Chinese) =>
        cities.Select(c => data.Best("gdp_real_growth", c, Period.OfYear(year)))
            .OfType<Observation>()
            .Select(o => new CityValue(o.Entity, data.EntityName(o.Entity, language), year, o.Value, Unit.Percent.Symbol(), o.SourceId))
            .OrderByDescending(v => v.Value)
            .ToArray();

    /// <summary>Growth achieved against the target set for the same year.</summary>
    public static IReadOnlyList<TargetOutcome> AgainstTargets(DataSet data, string city, IEnumerable<int> years) =>
        years.Select(y => new TargetOutcome(y,
                data.Best("gdp_growth_target", city, Period.OfYear(y)),
                data.Best("gdp_real_growth", city, Period.OfYear(y))))
            .ToArray();
}

/// <summary>A year's growth target and outcome; either may be missing where no source could be cited.</summary>
public sealed record TargetOutcome(int Year, Observation? Target, Observation? Outcome)
{
    public PercentagePoints? Gap => Target is null || Outcome is null ? null : Outcome.Quantity.AsPercent() - Target.Quantity.AsPercent();
    public bool? Met => Gap is { } g ? g.Value >= 0 : null;
}
