using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>The house layout shared by every builder: title block, axes, legend, source and note lines.</summary>
internal static class ChartLayout
{
    private static DynamicObj.DynamicObj Font(int size, string color) =>
        Dyn.Obj(("family", HouseStyle.FontFamily), ("size", size), ("color", color));

    public static Layout Build(FigureText text, bool showLegend, bool horizontal = false, IEnumerable<object>? extraAnnotations = null, int? height = null)
    {
        var title = $"<b>{Html(text.Title)}</b>" +
                    (text.Subtitle.Length > 0 ? $"<br><span style=\"font-size:{HouseStyle.SubtitleSize}px;color:{HouseStyle.Muted}\">{Html(text.Subtitle)}</span>" : "");
        var annotations = new List<object>();
        if (text.SourceLine.Length > 0)
            annotations.Add(FootLine(text.SourceLine, -62));
        if (text.Note.Length > 0)
            annotations.Add(FootLine(text.Note, -84));
        if (extraAnnotations is not null) annotations.AddRange(extraAnnotations);

        var axisCommon = new (string, object?)[]
        {
            ("tickfont", Font(HouseStyle.BodySize, HouseStyle.Ink)), ("linecolor", HouseStyle.Muted), ("zerolinecolor", HouseStyle.Muted),
            ("automargin", true),
        };
        var valueAxis = Dyn.Obj(axisCommon).With(("gridcolor", HouseStyle.Grid), ("showgrid", true), ("zeroline", true),
            ("title", Dyn.Obj(("text", horizontal ? text.XAxis : text.YAxis), ("font", Font(HouseStyle.BodySize, HouseStyle.Muted)))));
        var categoryAxis = Dyn.Obj(axisCommon).With(("showgrid", false),
            ("title", Dyn.Obj(("text", horizontal ? text.YAxis : text.XAxis), ("font", Font(HouseStyle.BodySize, HouseStyle.Muted)))));

        var layout = new Layout().With(
            ("title", Dyn.Obj(("text", title), ("x", 0), ("xref", "container"), ("xanchor", "left"), ("pad", Dyn.Obj(("l", 24))),
                ("y", 0.97), ("yanchor", "top"), ("font", Font(HouseStyle.TitleSize, HouseStyle.Ink)))),
            ("font", Font(HouseStyle.BodySize, HouseStyle.Ink)),
            ("width", HouseStyle.Width),
            ("height", height ?? HouseStyle.Height),
            ("paper_bgcolor", HouseStyle.Background),
            ("plot_bgcolor", HouseStyle.Background),
            ("margin", Dyn.Obj(("t", 130), ("b", 130), ("l", 90), ("r", 40))),
            ("showlegend", showLegend),
            ("legend", Dyn.Obj(("orientation", "h"), ("x", 0), ("xanchor", "left"), ("y", 1.02), ("yanchor", "bottom"),
                ("font", Font(HouseStyle.BodySize, HouseStyle.Ink)))),
            ("xaxis", horizontal ? valueAxis : categoryAxis),
            ("yaxis", horizontal ? categoryAxis : valueAxis),
            ("annotations", annotations),
            ("separators", ".,"));
        return layout;
    }

    private static object FootLine(string text, int shift) => Dyn.Obj(
        ("text", Html(text)), ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0), ("xanchor", "left"), ("yanchor", "top"),
        ("yshift", shift), ("showarrow", false), ("align", "left"),
        ("font", Dyn.Obj(("family", HouseStyle.FontFamily), ("size", HouseStyle.SourceSize), ("color", HouseStyle.Muted))));

    /// <summary>plotly.js renders a subset of HTML in text: escape what is data, keep what is markup.</summary>
    public static string Html(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    public static GenericChart Compose(IEnumerable<Trace> traces, Layout layout)
    {
        var chart = GenericChart.ofTraceObjects(false, traces);
        chart = GenericChart.setLayout(layout, chart);
        var config = new Config().With(("responsive", true), ("displaylogo", false));
        return GenericChart.setConfig(config, chart);
    }
}
