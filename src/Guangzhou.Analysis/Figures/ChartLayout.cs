using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>The house layout shared by every builder: title block, axes, legend, source and note lines.</summary>
internal static class ChartLayout
{
    private static DynamicObj.DynamicObj Font(int size, string color) =>
        Dyn.Obj(("family", HouseStyle.FontFamily), ("size", size), ("color", color));

    public static Layout Build(FigureText text, bool showLegend, bool horizontal = false, IEnumerable<object>? extraAnnotations = null, int? height = null)
    {
        // Titles computed from parameters can be long: they wrap inside the narrowest column a chart is shown in.
        var titleLines = Wrap(text.Title, TitleUnits);
        var subtitleLines = Wrap(text.Subtitle, SubtitleUnits);
        var title = string.Join("<br>", titleLines.Select(l => $"<b>{Html(l)}</b>")
            .Concat(subtitleLines.Select(l => $"<span style=\"font-size:{HouseStyle.SubtitleSize}px;color:{HouseStyle.Muted}\">{Html(l)}</span>")));
        var extraTop = TitleLineHeight * Math.Max(0, titleLines.Count - 1) + SubtitleLineHeight * Math.Max(0, subtitleLines.Count - 1);
        var annotations = new List<object>();
        var sourceLines = Wrap(text.SourceLine);
        var noteLines = Wrap(text.Note);
        if (sourceLines.Count > 0)
            annotations.Add(FootLine(string.Join("<br>", sourceLines.Select(Html)), -62));
        if (noteLines.Count > 0)
            annotations.Add(FootLine(string.Join("<br>", noteLines.Select(Html)), -66 - FootLineHeight * sourceLines.Count));
        var bottomMargin = 96 + FootLineHeight * (sourceLines.Count + noteLines.Count);
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
            ("title", Dyn.Obj(("text", title), ("x", 0), ("xref", "container"), ("xanchor", "left"), ("pad", Dyn.Obj(("l", 24), ("t", 24))),
                ("y", 1), ("yref", "container"), ("yanchor", "top"), ("font", Font(HouseStyle.TitleSize, HouseStyle.Ink)))),
            ("font", Font(HouseStyle.BodySize, HouseStyle.Ink)),
            // No fixed width: notebooks and pages fit the chart to their column; exports pass HouseStyle.Width explicitly.
            ("autosize", true),
            ("height", (height ?? HouseStyle.Height) + extraTop + FootLineHeight * Math.Max(0, sourceLines.Count + noteLines.Count - 2)),
            ("paper_bgcolor", HouseStyle.Background),
            ("plot_bgcolor", HouseStyle.Background),
            ("margin", Dyn.Obj(("t", 150 + extraTop), ("b", bottomMargin), ("l", 90), ("r", 40))),
            ("showlegend", showLegend),
            ("legend", Dyn.Obj(("orientation", "h"), ("x", 0), ("xanchor", "left"), ("y", 1.02), ("yanchor", "bottom"),
                ("font", Font(HouseStyle.BodySize, HouseStyle.Ink)))),
            ("xaxis", horizontal ? valueAxis : categoryAxis),
            ("yaxis", horizontal ? categoryAxis : valueAxis),
            ("annotations", annotations),
            ("separators", ".,"));
        return layout;
    }

    private const int FootLineHeight = 19;
    private const int TitleLineHeight = 32;
    private const int SubtitleLineHeight = 22;

    /// <summary>Title and subtitle budgets in half-width units for a 900 px notebook column at the house sizes.</summary>
    private const int TitleUnits = 62;
    private const int SubtitleUnits = 96;

    /// <summary>Width budget of a footer line in half-width units: a CJK character counts two, so long source lists wrap instead of running off the figure.</summary>
    private const int FootLineUnits = 112;

    internal static IReadOnlyList<string> Wrap(string text, int budget = FootLineUnits)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            int units = 0, cut = 0, lastBreak = -1;
            for (; cut < rest.Length; cut++)
            {
                var w = rest[cut] > 0x2E80 ? 2 : 1;
                if (units + w > budget) break;
                units += w;
                // Prefer to break after a list separator or a space, never inside a publisher's name.
                if (rest[cut] is '、' or '，' or ';' or ' ' or '；') lastBreak = cut + 1;
            }
            if (cut < rest.Length && lastBreak > 0) cut = lastBreak;
            lines.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }
        return lines;
    }

    private static object FootLine(string text, int shift) => Dyn.Obj(
        ("text", text), ("xref", "paper"), ("yref", "paper"), ("x", 0), ("y", 0), ("xanchor", "left"), ("yanchor", "top"),
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
