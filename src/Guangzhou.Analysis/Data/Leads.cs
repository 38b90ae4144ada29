namespace Guangzhou.Analysis.Data;

/// <summary>Who led in one year, by how much, and the rows that decide it (two levels, or one source's stated margin).</summary>
public sealed record YearLead(int Year, string Leader, string Trailer, decimal Margin, Unit Unit, IReadOnlyList<Observation> Evidence)
{
    /// <summary>The vintages the standing rests on, latest first.</summary>
    public IReadOnlyList<Vintage> Vintages => Evidence.Select(e => e.Vintage).Distinct().OrderDescending().ToArray();

    /// <summary>A weaker source's stated margin that says otherwise than the levels deciding this year (graded comparisons
    /// only): reported, not established.</summary>
    public Observation? ReportedOtherwise { get; init; }

    /// <summary>True when a source states the margin (e.g. 依然落後約263億元) and no pair of levels of that vintage was found.</summary>
    public bool FromStatedMargin => Evidence.Count == 1;

    /// <summary>The lead as a quantity in the series' unit.</summary>
    public Quantity Lead => new(Margin, Unit);

    /// <summary>True when the two levels are of different vintages (neither city has a release of the other's vintage).</summary>
    public bool MixedVintages => Vintages.Count > 1;

    /// <summary>The vintage the standing rests on, in words; a mixed standing names both and says so.</summary>
    public string VintageLabel(Language language) => Vintages.Count == 0 ? ""
        : MixedVintages ? string.Join(" + ", Vintages.Select(v => v.Describe(language))) + (language == Language.Chinese ? "（混合口徑）" : " (mixed)")
        : Vintages[0].Describe(language);
}

/// <summary>Two entities' standings year by year on one vintage preference.</summary>
public sealed record LeadHistory(string A, string B, string Series, VintagePreference Preference, IReadOnlyList<YearLead> Years)
{
    /// <summary>Years in which the leader differs from the year before.</summary>
    public IReadOnlyList<YearLead> Changes => Years.Skip(1).Where((y, i) => y.Leader != Years[i].Leader).ToArray();

    /// <summary>The first year <paramref name="entity"/> passed the other; null if it never did within the data.</summary>
    public YearLead? FirstPass(string entity) => Changes.FirstOrDefault(c => c.Leader == entity);

    public bool LeadChangedBack => Changes.Count > 1;

    public YearLead? In(int year) => Years.FirstOrDefault(y => y.Year == year);

    /// <summary>How far <paramref name="entity"/> is ahead (negative: behind) in a year; null without data for that year.</summary>
    public decimal? LeadOf(string entity, int year) => In(year) is { } y ? y.Leader == entity ? y.Margin : -y.Margin : null;

    public IReadOnlyList<Observation> Evidence => Years.SelectMany(y => y.Evidence).ToArray();

    /// <summary>The standing of the last year with data; null when the two share no year.</summary>
    public YearLead? Latest => Years.Count == 0 ? null : Years[^1];

    /// <summary>The same history within a range of years (lead changes are then counted inside the range only).</summary>
    public LeadHistory Within(int fromYear, int toYear) => this with { Years = Years.Where(y => y.Year >= fromYear && y.Year <= toYear).ToArray() };

    /// <summary>One row a year for tables: leader, trailer, lead and the vintage it rests on.</summary>
    public IReadOnlyList<LeadRow> Standings(Func<string, string> name, Language language) =>
        Years.Select(y => new LeadRow(y.Year, name(y.Leader), name(y.Trailer), y.Lead, y.VintageLabel(language),
            y.FromStatedMargin ? "margin stated by the source" : "levels of both")).ToArray();
}

/// <summary>A year of a lead history as a table row.</summary>
public sealed record LeadRow(int Year, string Leader, string Trailer, Quantity Lead, string Vintage, string Basis);

/// <summary>
/// Standings of two entities on a series by vintage. Where a source states the margin of a later vintage than the levels
/// we have (series <c>{series}_lead_over_{entity}</c>, e.g. <c>gdp_lead_over_chongqing</c> for Guangzhou 2022 on final
/// figures), that margin decides the year: a final verification can reverse a first-published lead.
/// </summary>
public static class Leads
{
    public static string MarginSeries(string series, string over) => $"{series}_lead_over_{over}";

    /// <summary>
    /// The standings of <paramref name="a"/> and <paramref name="b"/> on <paramref name="series"/>, year by year, on
    /// <paramref name="preference"/>. With <paramref name="graded"/>, a stated margin decides a year only if its reading is
    /// graded at least as strong as the weakest of the two levels it would override; a weaker one is kept as
    /// <see cref="YearLead.ReportedOtherwise"/>.
    /// </summary>
    public static LeadHistory Compare(DataSet data, string series, string a, string b, VintagePreference preference, bool graded = false)
    {
        var unit = data.Series[series].Unit;
        var margins = StatedMargins(data, series, a, b, preference);
        var years = data.AnnualSeries(series, a, preference).Select(o => o.Period.Year)
            .Intersect(data.AnnualSeries(series, b, preference).Select(o => o.Period.Year)).Union(margins.Keys).Order();
        var standings = new List<YearLead>();
        foreach (var year in years)
        {
            var (la, lb) = SameVintageLevels(data, series, a, b, year, preference);
            var hasLevels = la is not null && lb is not null;
            var levelsRank = hasLevels ? Math.Max(preference.Rank(la!.Vintage), preference.Rank(lb!.Vintage)) : int.MaxValue;
            var hasMargin = margins.TryGetValue(year, out var stated) && preference.Rank(stated.Row.Vintage) < levelsRank;
            var weaker = hasMargin && hasLevels && graded
                && data.SourceOf(stated.Row).Grade > new[] { data.SourceOf(la!).Grade, data.SourceOf(lb!).Grade }.Max();
            if (hasMargin && !weaker)
            {
                var marginOfA = stated.MarginOfA.To(unit).Value;
                standings.Add(marginOfA >= 0
                    ? new YearLead(year, a, b, marginOfA, unit, [stated.Row])
                    : new YearLead(year, b, a, -marginOfA, unit, [stated.Row]));
            }
            else if (hasLevels)
            {
                var va = la!.Quantity.To(unit).Value;
                var vb = lb!.Quantity.To(unit).Value;
                var lead = va >= vb ? new YearLead(year, a, b, va - vb, unit, [la, lb]) : new YearLead(year, b, a, vb - va, unit, [lb, la]);
                var reportedLeader = weaker ? (stated.MarginOfA.Value >= 0 ? a : b) : null;
                standings.Add(reportedLeader is not null && reportedLeader != lead.Leader ? lead with { ReportedOtherwise = stated.Row } : lead);
            }
        }
        return new LeadHistory(a, b, series, preference, standings);
    }

    /// <summary>
    /// Both levels of a year on one vintage where they share one (the preferred such vintage): a comparison never mixes a
    /// final figure of one city with a first-published one of the other when both have the same release. Where they share
    /// none, each city's best row is used and the standing shows both vintages.
    /// </summary>
    private static (Observation? A, Observation? B) SameVintageLevels(DataSet data, string series, string a, string b, int year, VintagePreference preference)
    {
        var period = Period.OfYear(year);
        var ranked = data.Ranked(series, a, period, preference);
        var shared = ranked.Select(o => o.Vintage).Distinct()
            .Intersect(data.Ranked(series, b, period, preference).Select(o => o.Vintage)).FirstOrDefault();
        return shared is null
            ? (data.Best(series, a, period, preference), data.Best(series, b, period, preference))
            : (data.Best(series, a, period, preference, shared), data.Best(series, b, period, preference, shared));
    }

    private static Dictionary<int, (Observation Row, Quantity MarginOfA)> StatedMargins(
        DataSet data, string series, string a, string b, VintagePreference preference)
    {
        var result = new Dictionary<int, (Observation, Quantity)>();
        foreach (var (entity, over, sign) in new[] { (a, b, 1m), (b, a, -1m) })
        {
            var marginSeries = MarginSeries(series, over);
            if (!data.Series.ContainsKey(marginSeries)) continue;
            foreach (var o in data.AnnualSeries(marginSeries, entity, preference))
                result.TryAdd(o.Period.Year, (o, new Quantity(sign * o.Value, o.Unit)));
        }
        return result;
    }
}
