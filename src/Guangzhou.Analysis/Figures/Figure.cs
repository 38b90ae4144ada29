using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>
/// A finished figure: the chart, the words around it, the values it draws and its text alternative. The notebook displays
/// this object and the exporter writes this object, so the figure in the notebook and the files the designers get are the same.
/// </summary>
public sealed record Figure(string Id, Language Language, string Title, string Subtitle, string SourceLine, string Note, GenericChart Chart)
{
    /// <summary>The values drawn, in the figure's display unit, each with its period, vintage and sources.</summary>
    public FigureData Data { get; init; } = new([], UnitWords.For(Unit.Count, Language));

    /// <summary>What the figure shows and finds, for readers who cannot see it; also in the chart's plotly JSON (<c>layout.meta.description</c>).</summary>
    public string AltText { get; init; } = "";

    /// <summary>File stem for exports: <c>gdp-race.zh-Hant</c>, <c>gdp-race.en</c>.</summary>
    public string FileStem => $"{Id}.{LanguageTag}";

    /// <summary>The BCP 47 tag of the figure's language, for file names and the <c>lang</c> of its pages.</summary>
    public string LanguageTag => Language == Language.Chinese ? "zh-Hant" : "en";

    /// <summary>The plotly.js figure (data, layout) this figure renders as.</summary>
    public string ToJson() => GenericChart.toFigureJson(Chart);
}
