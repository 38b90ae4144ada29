using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>
/// A finished figure: the chart and the words around it. The notebook displays this object and the exporter writes
/// this object, so the figure in the notebook and the file the designers get are the same.
/// </summary>
public sealed record Figure(string Id, Language Language, string Title, string Subtitle, string SourceLine, string Note, GenericChart Chart)
{
    /// <summary>File stem for exports: <c>gdp-race.zh-Hant</c>, <c>gdp-race.en</c>.</summary>
    public string FileStem => $"{Id}.{(Language == Language.Chinese ? "zh-Hant" : "en")}";

    /// <summary>The plotly.js figure (data, layout) this figure renders as.</summary>
    public string ToJson() => GenericChart.toFigureJson(Chart);
}
