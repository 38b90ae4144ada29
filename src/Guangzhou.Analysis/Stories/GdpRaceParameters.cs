namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The parameters of the GDP-race notebook, checked against the data: two different big cities with GDP in the data
/// and a range of years that has GDP figures. Every figure and sentence of the GDP race is drawn from one of these.
/// </summary>
public sealed record GdpRaceParameters
{
    public const string DefaultChallenger = Cities.Chongqing;
    public const string DefaultIncumbent = Cities.Guangzhou;
    public const int DefaultFromYear = 2019;
    public const int DefaultToYear = 2025;

    private GdpRaceParameters(string challenger, string incumbent, int fromYear, int toYear, IReadOnlyList<string> field) =>
        (Challenger, Incumbent, FromYear, ToYear, Field) = (challenger, incumbent, fromYear, toYear, field);

    /// <summary>The city that may pass the other (the article's 重慶).</summary>
    public string Challenger { get; }
    /// <summary>The city being passed, whose rank and targets the story follows (the article's 廣州).</summary>
    public string Incumbent { get; }
    public int FromYear { get; }
    public int ToYear { get; }

    /// <summary>The cities drawn beside the two: the eight big cities, those of them with GDP in the data.</summary>
    public IReadOnlyList<string> Field { get; }

    /// <summary>The years of the growth rankings: the last two of the range.</summary>
    public IReadOnlyList<int> GrowthYears => [ToYear - 1, ToYear];

    /// <summary>The years whose targets are set against outcomes: the last two of the range and the next (a target comes before its outcome).</summary>
    public IReadOnlyList<int> TargetYears => [ToYear - 1, ToYear, ToYear + 1];

    public static GdpRaceParameters Defaults(DataSet data) => Create(data, DefaultChallenger, DefaultIncumbent, DefaultFromYear, DefaultToYear);

    /// <exception cref="InvalidParameterException">A city without GDP in the data, the same city twice, or years without GDP figures.</exception>
    public static GdpRaceParameters Create(DataSet data, string challenger, string incumbent, int fromYear, int toYear)
    {
        var cities = Cities.BigEight.Where(c => Cities.WithAnnual(data, "gdp").Contains(c)).ToArray();
        if (!cities.Contains(challenger))
            throw InvalidParameterException.NotAmong(nameof(challenger), challenger, "not one of the big cities with GDP in the data", cities);
        if (!cities.Contains(incumbent))
            throw InvalidParameterException.NotAmong(nameof(incumbent), incumbent, "not one of the big cities with GDP in the data", cities);
        if (challenger == incumbent)
            throw InvalidParameterException.NotAmong(nameof(challenger), challenger, $"the same city as incumbent; a race needs two", cities.Where(c => c != incumbent));
        var years = Cities.YearsWithAnnual(data, cities, "gdp");
        if (!years.Contains(fromYear))
            throw InvalidParameterException.NotAmong(nameof(fromYear), fromYear, "no city has GDP for that year in the data", years);
        if (!years.Contains(toYear))
            throw InvalidParameterException.NotAmong(nameof(toYear), toYear, "no city has GDP for that year in the data", years);
        if (toYear <= fromYear)
            throw InvalidParameterException.NotAmong(nameof(toYear), toYear, $"must come after fromYear ({fromYear})", years.Where(y => y > fromYear));
        return new GdpRaceParameters(challenger, incumbent, fromYear, toYear, cities);
    }
}
