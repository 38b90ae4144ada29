using Guangzhou.Analysis.Units;

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

    /// <summary>All observations of a series, optionally for one entity and one period.</summary>
    public IEnumerable<Observation> Find(string seriesId, string? entity = null, Period? period = null) =>
        Observations.Where(o => o.Series == seriesId
                                && (entity is null || o.Entity == entity)
                                && (period is null || o.Period == period));

    /// <summary>
    /// The one value to show for a series, entity and period: the most reliable source's, and among equals the latest
    /// published (a later communiqué revises an earlier one). Null where nothing was published that we could cite.
    /// </summary>
    public Observation? Best(string seriesId, string entity, Period period)
    {
        var ranked = Find(seriesId, entity, period)
            .OrderBy(o => Sources[o.SourceId].Tier)
            .ThenByDescending(o => Sources[o.SourceId].Published, StringComparer.Ordinal)
            .ThenBy(o => o.Location.File, StringComparer.Ordinal).ThenBy(o => o.Location.Line)
            .ToArray();
        if (ranked.Length == 0) return null;
        var top = ranked[0];
        // A work report rounds (3.1萬億元); a lower-tier source may print the exact figure (31032.50億元). When the exact
        // figure agrees with the rounded one to the rounded one's precision, it refines it rather than contradicting it.
        var baseUnit = Series[seriesId].Unit;
        var topValue = top.Quantity.To(baseUnit).Value;
        var topHalfDigit = new Quantity(Guangzhou.Analysis.Claims.Tolerance.HalfLastDigit(top.Value), top.Unit).To(baseUnit).Value;
        return ranked.Skip(1)
            .Where(o => Math.Abs(o.Quantity.To(baseUnit).Value - topValue) <= topHalfDigit)
            .Where(o => new Quantity(Guangzhou.Analysis.Claims.Tolerance.HalfLastDigit(o.Value), o.Unit).To(baseUnit).Value < topHalfDigit)
            .FirstOrDefault() ?? top;
    }

    /// <summary>The best annual value per year for an entity, in year order; years without a citable value are absent.</summary>
    public IReadOnlyList<Observation> AnnualSeries(string seriesId, string entity, int fromYear = int.MinValue, int toYear = int.MaxValue) =>
        Find(seriesId, entity)
            .Where(o => o.Period.IsFullYear && o.Period.Year >= fromYear && o.Period.Year <= toYear)
            .Select(o => o.Period.Year).Distinct().Order()
            .Select(y => Best(seriesId, entity, Period.OfYear(y))!)
            .ToArray();

    public string EntityName(string id, Language language) =>
        Entities.TryGetValue(id, out var e) ? e.Name(language)
        : Plan.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
