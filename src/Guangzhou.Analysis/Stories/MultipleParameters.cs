namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The parameters of the "multiply GDP" arithmetic: a city with cited GDP, the year to start from (one with a cited
/// level), the factor (2 for doubling) and the year to reach it by. An illustration, not a target from the sources.
/// </summary>
public sealed record MultipleParameters
{
    public const string DefaultCity = Cities.Guangzhou;
    public const int DefaultFromYear = 2023;
    public const decimal DefaultFactor = 2m;
    public const int DefaultByYear = 2035;

    private MultipleParameters(string city, Observation baseline, decimal factor, int byYear) =>
        (City, Baseline, Factor, ByYear) = (city, baseline, factor, byYear);

    public string City { get; }

    /// <summary>The cited GDP the path starts from (the latest vintage held for that year).</summary>
    public Observation Baseline { get; }

    public int FromYear => Baseline.Period.Year;
    public decimal Factor { get; }
    public int ByYear { get; }

    public static MultipleParameters Defaults(DataSet data) => Create(data, DefaultCity, DefaultFromYear, DefaultFactor, DefaultByYear);

    /// <exception cref="InvalidParameterException">
    /// A city without cited GDP, a year without a cited level for it, a factor that is not above 1, or a target year not after the start.
    /// </exception>
    public static MultipleParameters Create(DataSet data, string city, int fromYear, decimal factor, int byYear)
    {
        var cities = Cities.WithAnnual(data, "gdp");
        if (!cities.Contains(city))
            throw InvalidParameterException.NotAmong(nameof(city), city, "not a city with cited GDP", cities);
        var gdp = data.Best("gdp", city, Period.OfYear(fromYear));
        if (gdp is null)
            throw InvalidParameterException.NotAmong(nameof(fromYear), fromYear, $"no cited GDP of \"{city}\" in that year", Cities.YearsWithAnnual(data, [city], "gdp"));
        if (factor <= 1m)
            throw new InvalidParameterException(nameof(factor), string.Create(CultureInfo.InvariantCulture, $"factor = {factor}: the multiple to reach must be above 1 (2 doubles)."));
        if (byYear <= fromYear)
            throw new InvalidParameterException(nameof(byYear), $"byYear = {byYear}: must be after fromYear ({fromYear}).");
        return new MultipleParameters(city, gdp, factor, byYear);
    }
}
