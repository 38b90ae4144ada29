namespace Guangzhou.Analysis.Figures;

/// <summary>The small wording helpers every figure builder shares: a phrase in the figure's language, numbers, source lines.</summary>
internal static class FigureWords
{
    public static string T(Language l, string zh, string en) => Stories.StoryWords.T(l, zh, en);

    public static string N(decimal v, string format = "0.##") => v.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A rate with its sign, as growth is written in headlines: +26.7%, −4.1%.</summary>
    public static string Signed(decimal v, string format = "0.0") => (v > 0 ? "+" : "") + UnitWords.Number(v, format) + "%";

    /// <summary>Names joined as the language lists them: 廣州、重慶 / Guangzhou, Chongqing.</summary>
    public static string List(Language l, IEnumerable<string> names) => string.Join(l == Language.Chinese ? "、" : ", ", names);

    /// <summary>
    /// The figure of a drawing and its words. Its alt text also goes into the chart's layout as <c>meta.description</c>
    /// (plotly.js keeps but never draws <c>meta</c>), so wherever the chart alone travels — a notebook output — its
    /// description travels with it.
    /// </summary>
    public static Figure Make(string id, Language l, FigureText text, Drawing drawing)
    {
        var alt = AltText.Describe(drawing, text, l);
        var layout = Plotly.NET.GenericChart.getLayout(drawing.Chart);
        layout.SetProperty("meta", Dyn.Obj(("description", alt)));
        return new Figure(id, l, text.Title, text.Subtitle, text.SourceLine, text.Note, drawing.Chart) { Data = drawing.Data, AltText = alt };
    }

    /// <summary>The display unit of a figure in this language.</summary>
    public static DisplayUnit U(Language l, Unit unit) => UnitWords.For(unit, l);

    /// <summary>An amount in words: 300 bn yuan, 3萬億元.</summary>
    public static string A(Language l, decimal value, Unit unit, string format = "0.##") => UnitWords.Amount(value, unit, l, format);

    public static string Sources(DataSet d, IEnumerable<string> sourceIds, Language l) =>
        SourceLine.From(sourceIds.Distinct().Select(id => d.Sources[id]), l);

    /// <summary>The note for cities left out of a chart for want of a citable figure; empty when none is missing.</summary>
    public static string MissingNote(Language l, IReadOnlyCollection<string> missingNames) =>
        missingNames.Count == 0 ? "" : T(l, $"註：{List(l, missingNames)}無可引用數據。", $"Note: no citable figure for {List(l, missingNames)}.");
}
