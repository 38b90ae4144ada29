using Plotly.NET;

namespace Notebooks.Runtime.Charts;

/// <summary>Figure JSON ({"data":[...],"layout":{...},"config":{...}}) of a Plotly.NET chart.</summary>
internal static class PlotlyFigure
{
    /// <summary>The plotly figure JSON of <paramref name="chart"/>; the same chart always gives the same string.</summary>
    public static string ToJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toJson(chart);
    }

    /// <summary>
    /// The figure's text alternative: <c>layout.meta.description</c>, where a figure library that describes its charts puts
    /// it (plotly.js keeps <c>meta</c> and never draws it). Null when the figure has none.
    /// </summary>
    public static string? Description(string figureJson)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(figureJson)?["layout"]?["meta"]?["description"] is System.Text.Json.Nodes.JsonValue v
                   && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
