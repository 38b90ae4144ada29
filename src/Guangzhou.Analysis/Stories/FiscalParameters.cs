namespace Guangzhou.Analysis.Stories;

/// <summary>
/// The parameters of the fiscal notebook, checked against the data: a city and year with cited general budget revenue,
/// and the share of that revenue paid up, as a fraction from 0 to 1 — or null for the share the budget report implies,
/// which needs cited remittances.
/// </summary>
public sealed record FiscalParameters
{
    public const string DefaultCity = Cities.Guangzhou;
    public const int DefaultYear = 2024;

    private FiscalParameters(string city, int year, decimal? shareToProvince, IReadOnlyList<string> field) =>
        (City, Year, ShareFraction, Field) = (city, year, shareToProvince, field);

    public string City { get; }
    public int Year { get; }

    /// <summary>The what-if share paid up as a fraction (0.2 is a fifth), or null for the observed share.</summary>
    public decimal? ShareFraction { get; }

    /// <summary>The what-if share in percent, or null for the observed share.</summary>
    public Percent? ShareToProvince => ShareFraction is { } f ? Percent.FromFraction(f) : null;

    /// <summary>The cities whose revenue the figures rank: the eight big cities (those in the data) and the chosen city.</summary>
    public IReadOnlyList<string> Field { get; }

    public static FiscalParameters Defaults(DataSet data) => Create(data, DefaultCity, DefaultYear, null);

    /// <exception cref="InvalidParameterException">
    /// A city or year without cited revenue, a share outside 0–1, or no share where no remittances were cited.
    /// </exception>
    public static FiscalParameters Create(DataSet data, string city, int year, decimal? shareToProvince)
    {
        var cities = Cities.WithAnnual(data, "general_budget_revenue");
        if (!cities.Contains(city))
            throw InvalidParameterException.NotAmong(nameof(city), city, "not a city with cited general budget revenue", cities);
        var years = Cities.YearsWithAnnual(data, [city], "general_budget_revenue");
        if (!years.Contains(year))
            throw InvalidParameterException.NotAmong(nameof(year), year, $"no cited general budget revenue for {city} that year", years);
        if (shareToProvince is < 0m or > 1m)
            throw new InvalidParameterException(nameof(shareToProvince), string.Create(CultureInfo.InvariantCulture,
                $"shareToProvince = {shareToProvince}: a share of revenue is a fraction from 0 to 1 (0.125 is 12.5%), or null for the share the budget report implies."));
        if (shareToProvince is null && data.Best("remit_to_higher", city, Period.OfYear(year)) is null)
        {
            var cited = Cities.WithAnnual(data, "remit_to_higher")
                .Select(c => $"{c} {string.Join("/", Cities.YearsWithAnnual(data, [c], "remit_to_higher"))}");
            throw new InvalidParameterException(nameof(shareToProvince),
                $"shareToProvince = null: no remittances to higher levels are cited for {city} {year}, so there is no observed share; " +
                $"give a share from 0 to 1, or choose a city and year with cited remittances: {string.Join(", ", cited)}.");
        }
        var field = Cities.BigEight.Where(data.Entities.ContainsKey).ToList();
        if (!field.Contains(city)) field.Add(city);
        return new FiscalParameters(city, year, shareToProvince, field);
    }
}
