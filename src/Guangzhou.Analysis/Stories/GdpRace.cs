using static Guangzhou.Analysis.Stories.StoryWords;

namespace Guangzhou.Analysis.Stories;

/// <summary>A city's value for one year, with the row it comes from.</summary>
public sealed record CityValue(string City, string Name, int Year, Quantity Value, string SourceId)
{
    // Kept out of the positional properties so that a table of these rows shows the value, not the whole source row.
    internal Observation? Row { get; init; }

    internal static CityValue Of(DataSet data, Observation o, int year, Quantity value, Language language) =>
        new(o.Entity, data.EntityName(o.Entity, language), year, value, o.SourceId) { Row = o };
}

/// <summary>Where a city stands among the big cities, who passed it, and how it did against its targets.</summary>
public static partial class GdpRace
{
    /// <summary>GDP of each city in each year of the range, in 億元; years without a citable value are absent.</summary>
    public static IReadOnlyList<CityValue> Levels(DataSet data, IEnumerable<string> cities, int fromYear, int toYear, Language language = Language.Chinese) =>
        cities.SelectMany(c => data.AnnualSeries("gdp", c, fromYear, toYear)
                .Select(o => CityValue.Of(data, o, o.Period.Year, o.Quantity.To(Unit.Yi), language)))
            .ToArray();

    /// <summary>
    /// Who led on GDP (億元) between the two cities, year by year within the range, on one vintage: by default the
    /// latest, where a final verification (even one stated only as a margin) overrides a first-published lead — if it was
    /// read in a source as strong as the levels it overrides. A weaker one is a report (<see cref="YearLead.ReportedOtherwise"/>).
    /// </summary>
    public static LeadHistory Race(DataSet data, string a, string b, int fromYear = int.MinValue, int toYear = int.MaxValue, VintagePreference? preference = null) =>
        Leads.Compare(data, "gdp", a, b, preference ?? VintagePreference.Latest, graded: true).Within(fromYear, toYear);

    /// <summary>Years where a weaker source reports another leader than the figures held (e.g. a final verification stated by one column).</summary>
    public static IReadOnlyList<YearLead> Reported(DataSet data, GdpRaceParameters p) =>
        Race(data, p).Years.Where(y => y.ReportedOtherwise is not null).ToArray();

    /// <summary>
    /// The race's caveats as sentences: years whose leader changed between vintages, and years where a weaker source reports
    /// otherwise, each naming the vintage and the grade of what it rests on.
    /// </summary>
    public static IReadOnlyList<string> VintageNotes(DataSet data, GdpRaceParameters p, Language l)
    {
        string Name(string id) => StoryWords.Name(data, id, l);
        var notes = Revisions(data, p).Select(r => l == Language.Chinese
            ? $"{r.FirstPublished.Year}年：按首次公布數{Name(r.FirstPublished.Leader)}領先{Say(r.FirstPublished.Lead, l)}；按{r.Latest.VintageLabel(l)}{Name(r.Latest.Leader)}領先{Say(r.Latest.Lead, l)}。"
            : $"{r.FirstPublished.Year}: on first-published figures {Name(r.FirstPublished.Leader)} led by {Say(r.FirstPublished.Lead, l)}; on {r.Latest.VintageLabel(l)} figures {Name(r.Latest.Leader)} led by {Say(r.Latest.Lead, l)}.").ToList();
        foreach (var y in Reported(data, p))
        {
            var row = y.ReportedOtherwise!;
            var s = data.SourceOf(row);
            var other = y.Leader == p.Challenger ? p.Incumbent : p.Challenger;
            notes.Add(l == Language.Chinese
                ? $"{y.Year}年：按{y.VintageLabel(l)}{Name(y.Leader)}領先{Say(y.Lead, l)}；{s.Id}（{s.Grade.Describe(l)}）稱按{row.Vintage.Describe(l)}{Name(other)}領先約{Say(row.Quantity, l)}，未能證實。"
                : $"{y.Year}: on {y.VintageLabel(l)} figures {Name(y.Leader)} led by {Say(y.Lead, l)}; {s.Id} ({s.Grade.Describe(l)}) reports that on {row.Vintage.Describe(l)} figures {Name(other)} led by about {Say(row.Quantity, l)} — unconfirmed.");
        }
        if (notes.Count == 0)
            notes.Add(l == Language.Chinese ? $"{p.FromYear}至{p.ToYear}年，首次公布數與最新數的領先者每年相同。"
                : $"First-published and latest figures agree on every year's leader from {p.FromYear} to {p.ToYear}.");
        return notes;
    }

    /// <summary>The race of the parameters' two cities over their years.</summary>
    public static LeadHistory Race(DataSet data, GdpRaceParameters p, VintagePreference? preference = null) =>
        Race(data, p.Challenger, p.Incumbent, p.FromYear, p.ToYear, preference);

    /// <summary>Years whose leader on first-published figures differs from the leader on the latest vintage.</summary>
    public static IReadOnlyList<(YearLead FirstPublished, YearLead Latest)> Revisions(DataSet data, GdpRaceParameters p)
    {
        var latest = Race(data, p);
        return Race(data, p, VintagePreference.FirstPublished).Years
            .Select(f => (f, latest.In(f.Year)))
            .Where(x => x.Item2 is { } l && l.Leader != x.f.Leader)
            .Select(x => (x.f, x.Item2!))
            .ToArray();
    }

    /// <summary>The best annual value per year, in the series' unit (rows printed in another unit of the dimension are converted).</summary>
    public static IReadOnlyDictionary<int, Quantity> Annual(DataSet data, string series, string entity, int fromYear = int.MinValue, int toYear = int.MaxValue) =>
        data.AnnualSeries(series, entity, fromYear, toYear).ToDictionary(o => o.Period.Year, o => o.Quantity.To(data.Series[series].Unit));

    /// <summary>Real growth of each city in a year, fastest first; cities without a citable figure are left out.</summary>
    public static IReadOnlyList<CityValue> GrowthRanking(DataSet data, IEnumerable<string> cities, int year, Language language = Language.Chinese) =>
        cities.Select(c => data.Best("gdp_real_growth", c, Period.OfYear(year)))
            .OfType<Observation>()
            .Select(o => CityValue.Of(data, o, year, o.Quantity, language))
            .OrderByDescending(v => v.Value)
            .ToArray();

    /// <summary>The 1-based rank of the city in a ranking, or null when it has no citable figure.</summary>
    public static int? RankOf(IReadOnlyList<CityValue> ranking, string city)
    {
        for (var i = 0; i < ranking.Count; i++)
            if (ranking[i].City == city) return i + 1;
        return null;
    }

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
