using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

public sealed record BarSeries(string Name, string Color, IReadOnlyList<decimal?> Values);
public sealed record LineSeries(string Name, string Color, IReadOnlyList<int> Years, IReadOnlyList<decimal> Values, bool Emphasis = false);
/// <summary>An event marked on a line chart, e.g. the year Chongqing passed Guangzhou.</summary>
public sealed record ChartEvent(int Year, decimal Value, string Label);
public sealed record RankedBar(string Label, decimal Value, string Color);
public enum BridgeStepKind { Start, Change, Total }
public sealed record BridgeStep(string Label, decimal Value, BridgeStepKind Kind);

/// <summary>The chart types this analysis needs, in house style. Plotly.NET's F# signatures stay behind these methods.</summary>
public static class ChartBuilders
{
    private static string Label(decimal? v, string format) =>
        v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "";

    /// <summary>Bars side by side per category; a missing value leaves a gap and is never drawn as zero.</summary>
    public static GenericChart GroupedBars(FigureText text, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, string valueFormat = "0.##")
    {
        var traces = series.Select(s => (Trace)new Trace2D("bar").With(
            ("name", s.Name), ("x", categories), ("y", s.Values.Select(v => v.HasValue ? (object)v.Value : null).ToArray()),
            ("marker", Dyn.Obj(("color", s.Color))),
            ("text", s.Values.Select(v => Label(v, valueFormat)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("hovertemplate", "%{x}: %{y}<extra>" + ChartLayout.Html(s.Name) + "</extra>")));
        var layout = ChartLayout.Build(text, showLegend: series.Count > 1).With(("barmode", "group"), ("bargap", 0.25));
        return ChartLayout.Compose(traces, layout);
    }

    /// <summary>Lines over years; emphasised series are drawn thicker and labelled at their last point.</summary>
    public static GenericChart Lines(FigureText text, IReadOnlyList<LineSeries> series, IReadOnlyList<ChartEvent> events, string valueFormat = "0")
    {
        var traces = series.Select(s => (Trace)new Trace2D("scatter").With(
            ("name", s.Name), ("mode", "lines+markers"), ("x", s.Years), ("y", s.Values),
            ("line", Dyn.Obj(("color", s.Color), ("width", s.Emphasis ? 4 : 2))),
            ("marker", Dyn.Obj(("color", s.Color), ("size", s.Emphasis ? 9 : 6))),
            ("hovertemplate", "%{x}: %{y}<extra>" + ChartLayout.Html(s.Name) + "</extra>")));
        // Alternate above and below the line so that events in neighbouring years do not overlap.
        var annotations = events.Select((e, i) => (object)Dyn.Obj(
            ("x", e.Year), ("y", e.Value), ("xref", "x"), ("yref", "y"), ("text", ChartLayout.Html(e.Label)), ("showarrow", true),
            ("arrowhead", 0), ("ax", 0), ("ay", i % 2 == 0 ? -70 : 70), ("bgcolor", "rgba(255,255,255,0.9)"), ("bordercolor", HouseStyle.Muted),
            ("font", Dyn.Obj(("family", HouseStyle.FontFamily), ("size", HouseStyle.BodySize), ("color", HouseStyle.Ink)))));
        var years = series.SelectMany(s => s.Years).Distinct().Order().ToArray();
        var layout = ChartLayout.Build(text, showLegend: true, extraAnnotations: annotations);
        layout.With(("xaxis", ((DynamicObj.DynamicObj)layout.GetPropertyValue("xaxis")).With(("tickmode", "array"), ("tickvals", years), ("ticktext", years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray()))));
        return ChartLayout.Compose(traces, layout);
    }

    /// <summary>Horizontal bars sorted from the largest at the top; each bar coloured by its entity.</summary>
    public static GenericChart RankedBars(FigureText text, IReadOnlyList<RankedBar> bars, string valueFormat = "0.#")
    {
        var ordered = bars.OrderBy(b => b.Value).ToArray(); // plotly draws the first category at the bottom
        var trace = new Trace2D("bar").With(
            ("orientation", "h"), ("y", ordered.Select(b => b.Label).ToArray()), ("x", ordered.Select(b => b.Value).ToArray()),
            ("marker", Dyn.Obj(("color", ordered.Select(b => b.Color).ToArray()))),
            ("text", ordered.Select(b => Label(b.Value, valueFormat)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("hovertemplate", "%{y}: %{x}<extra></extra>"));
        var height = Math.Max(HouseStyle.Height, 260 + 48 * bars.Count);
        var layout = ChartLayout.Build(text, showLegend: false, horizontal: true, height: height);
        return ChartLayout.Compose([trace], layout);
    }

    /// <summary>A bridge (waterfall) from a starting level through changes to a total.</summary>
    public static GenericChart Bridge(FigureText text, IReadOnlyList<BridgeStep> steps, string valueFormat = "0.##")
    {
        var trace = new Trace2D("waterfall").With(
            ("x", steps.Select(s => s.Label).ToArray()),
            ("y", steps.Select(s => s.Kind == BridgeStepKind.Total ? 0m : s.Value).ToArray()),
            ("measure", steps.Select(s => s.Kind switch { BridgeStepKind.Start => "absolute", BridgeStepKind.Total => "total", _ => "relative" }).ToArray()),
            ("text", steps.Select(s => Label(s.Value, valueFormat)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("connector", Dyn.Obj(("line", Dyn.Obj(("color", HouseStyle.Muted), ("width", 1))))),
            ("increasing", Dyn.Obj(("marker", Dyn.Obj(("color", HouseStyle.Positive))))),
            ("decreasing", Dyn.Obj(("marker", Dyn.Obj(("color", HouseStyle.Negative))))),
            ("totals", Dyn.Obj(("marker", Dyn.Obj(("color", HouseStyle.Total))))));
        var layout = ChartLayout.Build(text, showLegend: false);
        return ChartLayout.Compose([trace], layout);
    }

    /// <summary>Stacked bars whose parts add up to each category's whole; with <paramref name="asShares"/> every bar is 100%.</summary>
    public static GenericChart StackedShares(FigureText text, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> parts, bool asShares, string valueFormat = "0")
    {
        var totals = categories.Select((_, i) => parts.Sum(p => p.Values[i] ?? 0m)).ToArray();
        var traces = parts.Select(p =>
        {
            var values = p.Values.Select((v, i) => v is { } d && asShares && totals[i] != 0 ? d / totals[i] * 100m : v).ToArray();
            return (Trace)new Trace2D("bar").With(
                ("name", p.Name), ("x", categories), ("y", values.Select(v => v.HasValue ? (object)v.Value : null).ToArray()),
                ("marker", Dyn.Obj(("color", p.Color))),
                ("text", p.Values.Select(v => v is { } d && d != 0 ? Label(d, valueFormat) : "").ToArray()), ("textposition", "inside"),
                ("insidetextanchor", "middle"), ("textangle", 0), ("textfont", Dyn.Obj(("color", "#ffffff"))));
        });
        var layout = ChartLayout.Build(text, showLegend: true).With(("barmode", "stack"));
        // Stacked bars reverse the legend by default; keep it in the order the parts are given.
        ((DynamicObj.DynamicObj)layout.GetPropertyValue("legend")).SetProperty("traceorder", "normal");
        return ChartLayout.Compose(traces, layout);
    }
}
