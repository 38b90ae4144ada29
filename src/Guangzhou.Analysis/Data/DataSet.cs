namespace Guangzhou.Analysis.Data;

/// <summary>Everything in data/, loaded and cross-checked. Immutable; queries return new sequences.</summary>
public sealed class DataSet(
    IReadOnlyDictionary<string, Source> sources,
    IReadOnlyDictionary<string, Entity> entities,
    IReadOnlyDictionary<string, SeriesDefinition> series,
    IReadOnlyList<Observation> observations,
    IReadOnlyList<Claim> claims,
    IReadOnlyList<PlanItem> plan)
{
    public IReadOnlyDictionary<string, Source> Sources { get; } = sources;
    public IReadOnlyDictionary<string, Entity> Entities { get; } = entities;
    public IReadOnlyDictionary<string, SeriesDefinition> Series { get; } = series;
    public IReadOnlyList<Observation> Observations { get; } = observations;
    public IReadOnlyList<Claim> Claims { get; } = claims;
    public IReadOnlyList<PlanItem> Plan { get; } = plan;

    public Source SourceOf(Observation o) => Sources[o.SourceId];

    /// <summary>The same data without the rows read from the given documents (e.g. the possible sources of the article).</summary>
    public DataSet WithoutDocuments(IReadOnlySet<string> documentIds) => documentIds.Count == 0 ? this
        : new DataSet(Sources, Entities, Series, Observations.Where(o => !documentIds.Contains(SourceOf(o).Document.Id)).ToArray(), Claims, Plan);

    /// <summary>All observations of a series, optionally for one entity and one period.</summary>
    public IEnumerable<Observation> Find(string seriesId, string? entity = null, Period? period = null) =>
        Observations.Where(o => o.Series == seriesId
                                && (entity is null || o.Entity == entity)
                                && (period is null || o.Period == period));

    /// <summary>
    /// The independent rows for a series, entity and period, best first: the preferred vintage, then the nearest tier,
    /// original readings before reprints, the latest published. Rows the preference's cut-off excludes and the article are left out.
    /// </summary>
    public IReadOnlyList<Observation> Ranked(string seriesId, string entity, Period period, VintagePreference preference) =>
        Find(seriesId, entity, period)
            .Where(o => !SourceOf(o).IsArticle && preference.Admits(o, SourceOf(o).Document))
            .OrderBy(o => preference.Rank(o.Vintage))
            .ThenBy(o => SourceOf(o).Grade)
            .ThenBy(o => SourceOf(o).Reading)
            .ThenByDescending(o => SourceOf(o).Published, StringComparer.Ordinal)
            .ThenBy(o => o.Location.File, StringComparer.Ordinal).ThenBy(o => o.Location.Line)
            .ToArray();

    /// <summary>
    /// Rows of a broader series standing in for <paramref name="seriesId"/> (its <see cref="SeriesDefinition.StandsInFor"/>),
    /// ranked; empty when none. Only where the entity publishes no row of the series itself.
    /// </summary>
    public IReadOnlyList<Observation> StandInFor(string seriesId, string entity, Period period, VintagePreference preference) =>
        Series.Values.Where(s => s.StandsInFor == seriesId)
            .Select(s => Ranked(s.Id, entity, period, preference)).FirstOrDefault(r => r.Count > 0) ?? [];

    /// <summary>The value of a series, or of the broader series standing in for it where the entity publishes only that one;
    /// the row's own series says which (figures label a stand-in).</summary>
    public Observation? BestOrStandIn(string seriesId, string entity, Period period) =>
        Best(seriesId, entity, period) ?? Series.Values.Where(s => s.StandsInFor == seriesId)
            .Select(s => Best(s.Id, entity, period)).OfType<Observation>().FirstOrDefault();

    /// <summary>The one value to show, on the latest vintage (final or revised figures where published).</summary>
    public Observation? Best(string seriesId, string entity, Period period) => Best(seriesId, entity, period, VintagePreference.Latest);

    /// <summary>
    /// The one value to show for a series, entity and period on the preferred vintage: the most reliable source's, and among
    /// equals the latest published. Null where nothing was published that we could cite.
    /// </summary>
    public Observation? Best(string seriesId, string entity, Period period, VintagePreference preference) =>
        Best(seriesId, entity, period, preference, only: null);

    /// <summary>As <see cref="Best(string, string, Period, VintagePreference)"/>, among rows of one vintage only (null: any).</summary>
    public Observation? Best(string seriesId, string entity, Period period, VintagePreference preference, Vintage? only)
    {
        var ranked = Ranked(seriesId, entity, period, preference).Where(o => only is null || o.Vintage == only).ToArray();
        if (ranked.Length == 0) return null;
        var top = ranked[0];
        // A work report rounds (3.1萬億元); a lower-tier source may print the exact figure (31032.50億元) of the same release.
        // When the exact figure agrees with the rounded one to the rounded one's precision, it refines it rather than contradicting it.
        var baseUnit = Series[seriesId].Unit;
        var topValue = top.Quantity.To(baseUnit).Value;
        var topHalfDigit = new Quantity(Precision.HalfLastDigit(top.Value), top.Unit).To(baseUnit).Value;
        return ranked.Skip(1)
            .Where(o => o.Vintage == top.Vintage)
            .Where(o => Math.Abs(o.Quantity.To(baseUnit).Value - topValue) <= topHalfDigit)
            .Where(o => new Quantity(Precision.HalfLastDigit(o.Value), o.Unit).To(baseUnit).Value < topHalfDigit)
            .FirstOrDefault() ?? top;
    }

    /// <summary>The best annual value per year for an entity, in year order, on the latest vintage; years without a citable value are absent.</summary>
    public IReadOnlyList<Observation> AnnualSeries(string seriesId, string entity, int fromYear = int.MinValue, int toYear = int.MaxValue) =>
        AnnualSeries(seriesId, entity, VintagePreference.Latest, fromYear, toYear);

    /// <summary>The best annual value per year for an entity on the preferred vintage.</summary>
    public IReadOnlyList<Observation> AnnualSeries(string seriesId, string entity, VintagePreference preference, int fromYear = int.MinValue, int toYear = int.MaxValue) =>
        Find(seriesId, entity)
            .Where(o => o.Period.IsFullYear && o.Period.Year >= fromYear && o.Period.Year <= toYear)
            .Select(o => o.Period.Year).Distinct().Order()
            .Select(y => Best(seriesId, entity, Period.OfYear(y), preference))
            .OfType<Observation>()
            .ToArray();

    public string EntityName(string id, Language language) =>
        Entities.TryGetValue(id, out var e) ? e.Name(language)
        : Plan.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
