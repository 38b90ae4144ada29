namespace Guangzhou.Analysis.Figures;

/// <summary>
/// Where a plotted value comes from: the period it measures, the vintage of the release, and the source rows. A value the
/// figure computes (a total, a remainder, a path) is vintage <c>computed</c> and names the sources of its inputs.
/// </summary>
public sealed record Origin(string Period, string Vintage, IReadOnlyList<string> SourceIds)
{
    public const string ComputedVintage = "computed";

    public static Origin? Of(Observation? row) => row is null ? null : new(row.Period.ToString(), row.Vintage.ToString(), [row.SourceId]);

    public static Origin Computed(string period, IEnumerable<string> sourceIds) =>
        new(period, ComputedVintage, sourceIds.Distinct().Order(StringComparer.Ordinal).ToArray());
}
