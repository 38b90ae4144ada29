namespace Guangzhou.Analysis.Stories;

/// <summary>The city sets the story compares.</summary>
public static class Cities
{
    /// <summary>The eight big cities of the GDP race, in the order the data dictionary lists them.</summary>
    public static readonly IReadOnlyList<string> BigEight = ["guangzhou", "chongqing", "shenzhen", "hangzhou", "beijing", "shanghai", "suzhou", "chengdu"];
    public const string Guangzhou = "guangzhou";
    public const string Chongqing = "chongqing";

    /// <summary>The cities (entities of kind city) with at least one full-year observation of any of the series, in data order.</summary>
    public static IReadOnlyList<string> WithAnnual(DataSet data, params string[] series) =>
        data.Entities.Values.Where(e => e.Kind == "city")
            .Where(e => data.Observations.Any(o => o.Entity == e.Id && o.Period.IsFullYear && series.Contains(o.Series)))
            .Select(e => e.Id).ToArray();

    /// <summary>The years with a full-year observation of any of the series for any of the entities, ascending.</summary>
    public static IReadOnlyList<int> YearsWithAnnual(DataSet data, IEnumerable<string> entities, params string[] series)
    {
        var wanted = entities.ToHashSet(StringComparer.Ordinal);
        return data.Observations.Where(o => wanted.Contains(o.Entity) && o.Period.IsFullYear && series.Contains(o.Series))
            .Select(o => o.Period.Year).Distinct().Order().ToArray();
    }
}
