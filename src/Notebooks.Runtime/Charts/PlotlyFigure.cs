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
}
