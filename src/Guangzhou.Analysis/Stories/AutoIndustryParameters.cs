namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The parameters of the auto-industry notebook, checked against the data: two different cities with industrial growth
/// figures, and a year in which one of them has a full-year figure. The year also sets the path into the next year and
/// the carmakers' years around it.
/// </summary>
public sealed record AutoIndustryParameters
{
    public const string DefaultCityA = Stories.Cities.Guangzhou;
    public const string DefaultCityB = Stories.Cities.Chongqing;
    public const int DefaultYear = 2024;

    private AutoIndustryParameters(string cityA, string cityB, int year) => (CityA, CityB, Year) = (cityA, cityB, year);

    public string CityA { get; }
    public string CityB { get; }
    public int Year { get; }

    public IReadOnlyList<string> Cities => [CityA, CityB];

    /// <summary>The cumulative periods from the year into the next: its first three quarters, the year, then the next year's.</summary>
    public IReadOnlyList<Period> Path =>
        [Period.OfQuarters(Year, 1, 3), Period.OfYear(Year), Period.OfQuarters(Year + 1, 1, 1), Period.OfQuarters(Year + 1, 1, 2), Period.OfQuarters(Year + 1, 1, 3)];

    /// <summary>The carmakers' sales years: the year before, the year and the year after.</summary>
    public IReadOnlyList<int> SalesYears => [Year - 1, Year, Year + 1];

    public static AutoIndustryParameters Defaults(DataSet data) => Create(data, DefaultCityA, DefaultCityB, DefaultYear);

    /// <exception cref="InvalidParameterException">A city without industrial growth figures, the same city twice, or a year without them.</exception>
    public static AutoIndustryParameters Create(DataSet data, string cityA, string cityB, int year)
    {
        var series = AutoIndustry.GrowthSeries.ToArray();
        var cities = Stories.Cities.WithAnnual(data, series);
        if (!cities.Contains(cityA))
            throw InvalidParameterException.NotAmong(nameof(cityA), cityA, "not a city with industrial or auto growth figures in the data", cities);
        if (!cities.Contains(cityB))
            throw InvalidParameterException.NotAmong(nameof(cityB), cityB, "not a city with industrial or auto growth figures in the data", cities);
        if (cityA == cityB)
            throw InvalidParameterException.NotAmong(nameof(cityB), cityB, "the same city as cityA; the comparison needs two", cities.Where(c => c != cityA));
        var years = Stories.Cities.YearsWithAnnual(data, [cityA, cityB], series);
        if (!years.Contains(year))
            throw InvalidParameterException.NotAmong(nameof(year), year, $"neither {cityA} nor {cityB} has a full-year growth figure for it", years);
        return new AutoIndustryParameters(cityA, cityB, year);
    }
}
