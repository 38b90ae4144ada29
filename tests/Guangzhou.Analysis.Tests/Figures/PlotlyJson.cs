using System.Text.Json.Nodes;
using Guangzhou.Analysis.Figures;

namespace Guangzhou.Analysis.Tests.Figures;

/// <summary>Reads back what a figure draws from its plotly.js JSON: the test sees the chart a reader sees.</summary>
internal static class PlotlyJson
{
    public static JsonNode Of(Figure figure) => JsonNode.Parse(figure.ToJson())!;

    public static JsonArray Traces(Figure figure) => Of(figure)["data"]!.AsArray();

    public static string[] Names(Figure figure) => Traces(figure).Select(t => (string?)t!["name"] ?? "").ToArray();

    public static decimal?[] Numbers(JsonNode? array) => array!.AsArray().Select(v => v is null ? (decimal?)null : v.GetValue<decimal>()).ToArray();

    public static string[] Strings(JsonNode? array) => array!.AsArray().Select(v => (string)v!).ToArray();

    /// <summary>The texts of the layout's annotations (source line, note, event labels).</summary>
    public static string[] Annotations(Figure figure) =>
        Of(figure)["layout"]!["annotations"]!.AsArray().Select(a => (string)a!["text"]!).ToArray();
}
