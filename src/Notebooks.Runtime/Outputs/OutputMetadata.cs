using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Outputs;

/// <summary>
/// The metadata of a display or result output. An image's text alternative is its output's text/plain (for a chart, the
/// figure's description; see <see cref="Kernel.ChartHtml"/>), written where nbconvert and JupyterLab read alt text:
/// <c>metadata["image/png"]["alt"]</c>.
/// </summary>
internal static class OutputMetadata
{
    private static readonly string[] Images = ["image/png", "image/svg+xml", "image/jpeg"];

    public static JsonObject For(IReadOnlyDictionary<string, string> data)
    {
        var metadata = new JsonObject();
        if (!data.TryGetValue("text/plain", out var alt) || alt.Length == 0) return metadata;
        foreach (var image in Images.Where(data.ContainsKey))
        {
            metadata[image] = new JsonObject { ["alt"] = alt };
        }

        return metadata;
    }

    /// <summary>The alt text of an image output (its text/plain), or null.</summary>
    public static string? Alt(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue("text/plain", out var alt) && alt.Length > 0 ? alt : null;
}
