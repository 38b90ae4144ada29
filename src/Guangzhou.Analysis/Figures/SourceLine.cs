namespace Guangzhou.Analysis.Figures;

/// <summary>The 資料來源 line of a figure, built from the sources of the rows it draws, never typed by hand.</summary>
public static class SourceLine
{
    public static string From(IEnumerable<Source> sources, Language language)
    {
        var publishers = sources.OrderBy(s => s.Grade).ThenBy(s => s.PublisherIn(language), StringComparer.Ordinal)
            .Select(s => s.PublisherIn(language)).Distinct().ToArray();
        if (publishers.Length == 0) return "";
        var sep = language == Language.Chinese ? "、" : "; ";
        return (language == Language.Chinese ? "資料來源：" : "Sources: ") + string.Join(sep, publishers);
    }

    public static string From(DataSet data, IEnumerable<Observation> rows, Language language) =>
        From(rows.Select(r => r.SourceId).Distinct().Select(id => data.Sources[id]), language);
}
