namespace Guangzhou.Analysis.Data;

/// <summary>A measured quantity and its one unit, as the data dictionary (data/series.csv) defines it.</summary>
public sealed record SeriesDefinition(string Id, Unit Unit, string NameZh, string NameEn, string Definition)
{
    /// <summary>The narrower series this one stands in for where an entity publishes only this broader measure (e.g. 汽车产业
    /// for 汽车制造业); empty for most series. A claim judged on a stand-in says so.</summary>
    public string StandsInFor { get; init; } = "";

    public string Name(Language language) => language == Language.Chinese ? NameZh : NameEn;
}
