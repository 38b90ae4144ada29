namespace Guangzhou.Analysis.Data;

/// <summary>A measured quantity and its one unit, as the data dictionary (data/series.csv) defines it.</summary>
public sealed record SeriesDefinition(string Id, Unit Unit, string NameZh, string NameEn, string Definition)
{
    public string Name(Language language) => language == Language.Chinese ? NameZh : NameEn;
}
