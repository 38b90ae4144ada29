using Plotly.NET;

namespace Guangzhou.Analysis.Figures;

/// <summary>Values of one series per category, in the data's unit; <paramref name="Origins"/> (parallel to the values) say where each comes from.</summary>
public sealed record BarSeries(string Name, string Color, IReadOnlyList<decimal?> Values, IReadOnlyList<Origin?>? Origins = null);
/// <summary>A line over years, in the data's unit; <paramref name="Origins"/> (parallel to the values) say where each point comes from.</summary>
public sealed record LineSeries(string Name, string Color, IReadOnlyList<int> Years, IReadOnlyList<decimal> Values, bool Emphasis = false, IReadOnlyList<Origin?>? Origins = null);
/// <summary>An event marked on a line chart, e.g. the year Chongqing passed Guangzhou.</summary>
public sealed record ChartEvent(int Year, decimal Value, string Label);
public sealed record RankedBar(string Label, decimal Value, string Color, Origin? Origin = null);
public enum BridgeStepKind { Start, Change, Total }
public sealed record BridgeStep(string Label, decimal Value, BridgeStepKind Kind, Origin? Origin = null);

/// <summary>
/// The chart types this analysis needs, in house style. Plotly.NET's F# signatures stay behind these methods. Values come
/// in the data's unit and are drawn in the display unit of the figure's language (<see cref="UnitWords.For"/>), so no
/// figure converts a unit by hand; each builder returns the values exactly as drawn with the chart.
/// </summary>
public static class ChartBuilders
{
    private static string Label(decimal? v, string format) =>
        v is { } d ? d.ToString(format, CultureInfo.InvariantCulture) : "";

    /// <summary>Bars side by side per category; a missing value leaves a gap and is never drawn as zero.</summary>
    public static Drawing GroupedBars(FigureText text, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series, DisplayUnit unit, string valueFormat = "0.##")
    {
        series = series.Select(s => s with { Values = s.Values.Select(v => v is { } x ? unit.From(x) : (decimal?)null).ToArray() }).ToArray();
        var traces = series.Select(s => (Trace)new Trace2D("bar").With(
            ("name", s.Name), ("x", categories), ("y", s.Values.Select(v => v.HasValue ? (object)v.Value : null).ToArray()),
            ("marker", Dyn.Obj(("color", s.Color))),
            ("text", s.Values.Select(v => Label(v, valueFormat)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("hovertemplate", "%{x}: %{y}<extra>" + ChartLayout.Html(s.Name) + "</extra>")));
        var layout = ChartLayout.Build(text, showLegend: series.Count > 1).With(("barmode", "group"), ("bargap", 0.25));
        return new Drawing(ChartLayout.Compose(traces, layout), ChartKind.GroupedBars, new FigureData(PerCategory(categories, series), unit));
    }

    /// <summary>Lines over years; emphasised series are drawn thicker and labelled at their last point.</summary>
    public static Drawing Lines(FigureText text, IReadOnlyList<LineSeries> series, IReadOnlyList<ChartEvent> events, DisplayUnit unit, string valueFormat = "0")
    {
        series = series.Select(s => s with { Values = s.Values.Select(unit.From).ToArray() }).ToArray();
        events = events.Select(e => e with { Value = unit.From(e.Value) }).ToArray();
        var traces = series.Select(s => (Trace)new Trace2D("scatter").With(
            ("name", s.Name), ("mode", "lines+markers"), ("x", s.Years), ("y", s.Values),
            ("line", Dyn.Obj(("color", s.Color), ("width", s.Emphasis ? 4 : 2))),
            ("marker", Dyn.Obj(("color", s.Color), ("size", s.Emphasis ? 9 : 6))),
            ("hovertemplate", "%{x}: %{y}<extra>" + ChartLayout.Html(s.Name) + "</extra>")));
        // Alternate above and below the line, and every second time on a side reach further, so that labels of neighbouring
        // years (wider than a year's step) never sit at the same height.
        var annotations = events.Select((e, i) => (object)Dyn.Obj(
            ("x", e.Year), ("y", e.Value), ("xref", "x"), ("yref", "y"), ("text", ChartLayout.Html(e.Label)), ("showarrow", true),
            ("arrowhead", 0), ("ax", 0), ("ay", (i % 2 == 0 ? -1 : 1) * (i / 2 % 2 == 0 ? 60 : 140)), ("bgcolor", "rgba(255,255,255,0.9)"), ("bordercolor", HouseStyle.Muted),
            ("font", Dyn.Obj(("family", HouseStyle.FontFamily), ("size", HouseStyle.BodySize), ("color", HouseStyle.Ink)))));
        var years = series.SelectMany(s => s.Years).Distinct().Order().ToArray();
        var layout = ChartLayout.Build(text, showLegend: true, extraAnnotations: annotations);
        layout.With(("xaxis", ((DynamicObj.DynamicObj)layout.GetPropertyValue("xaxis")).With(("tickmode", "array"), ("tickvals", years), ("ticktext", years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray()))));
        var values = series.SelectMany(s => s.Years.Select((y, i) => new PlottedValue(s.Name, y.ToString(CultureInfo.InvariantCulture), s.Values[i], s.Origins?[i]))).ToArray();
        return new Drawing(ChartLayout.Compose(traces, layout), ChartKind.Lines, new FigureData(values, unit), series.Where(s => s.Emphasis).Select(s => s.Name).ToArray());
    }

    /// <summary>Horizontal bars sorted from the largest at the top; each bar coloured by its entity.</summary>
    public static Drawing RankedBars(FigureText text, IReadOnlyList<RankedBar> bars, DisplayUnit unit, string valueFormat = "0.#")
    {
        bars = bars.Select(b => b with { Value = unit.From(b.Value) }).ToArray();
        var ordered = bars.OrderBy(b => b.Value).ToArray(); // plotly draws the first category at the bottom
        var trace = new Trace2D("bar").With(
            ("orientation", "h"), ("y", ordered.Select(b => b.Label).ToArray()), ("x", ordered.Select(b => b.Value).ToArray()),
            ("marker", Dyn.Obj(("color", ordered.Select(b => b.Color).ToArray()))),
            ("text", ordered.Select(b => Label(b.Value, valueFormat)).ToArray()), ("textposition", "outside"), ("cliponaxis", false),
            ("hovertemplate", "%{y}: %{x}<extra></extra>"));
        var height = Math.Max(HouseStyle.Height, 260 + 48 * bars.Count);
        var layout = ChartLayout.Build(text, showLegend: false, horizontal: true, height: height);
        // The data file lists the bars from the top of the chart down: largest first.
        var values = ordered.Reverse().Select(b => new PlottedValue("", b.Label, b.Value, b.Origin)).ToArray();
        return new Drawing(ChartLayout.Compose([trace], layout), ChartKind.RankedBars, new FigureData(values, unit));
    }

    /// <summary>A bridge (waterfall) from a starting level through changes to a total.</summary>
    public static Drawing Bridge(FigureText text, IReadOnlyList<BridgeStep> steps, DisplayUnit unit, string valueFormat = "0.##")
    {
        steps = steps.Select(s => s with { Value = unit.From(s.Value) }).ToArray();
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
        var values = steps.Select(s => new PlottedValue(StepKindId(s.Kind), s.Label, s.Value, s.Origin)).ToArray();
        return new Drawing(ChartLayout.Compose([trace], layout), ChartKind.Bridge, new FigureData(values, unit));
    }

    /// <summary>The series column of a bridge's data: which steps are levels and which are changes.</summary>
    private static string StepKindId(BridgeStepKind kind) => kind switch
    {
        BridgeStepKind.Start => "start",
        BridgeStepKind.Total => "total",
        _ => "change",
    };

    private static PlottedValue[] PerCategory(IReadOnlyList<string> categories, IReadOnlyList<BarSeries> series) =>
        series.SelectMany(s => categories.Select((c, i) => new PlottedValue(s.Name, c, s.Values[i], s.Origins?[i]))).ToArray();

    /// <summary>Stacked bars whose parts add up to each category's whole; with <paramref name="asShares"/> every bar is 100%.</summary>
    public static Drawing StackedShares(FigureText text, IReadOnlyList<string> categories, IReadOnlyList<BarSeries> parts, bool asShares, DisplayUnit unit, string valueFormat = "0")
    {
        parts = parts.Select(s => s with { Values = s.Values.Select(v => v is { } x ? unit.From(x) : (decimal?)null).ToArray() }).ToArray();
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
        var drawn = asShares
            ? parts.Select(p => p with { Values = p.Values.Select((v, i) => v is { } d && totals[i] != 0 ? d / totals[i] * 100m : v).ToArray() }).ToArray()
            : parts;
        return new Drawing(ChartLayout.Compose(traces, layout), ChartKind.StackedBars,
            new FigureData(PerCategory(categories, drawn), asShares ? UnitWords.For(Unit.Percent, unit.Language) : unit));
    }
}
