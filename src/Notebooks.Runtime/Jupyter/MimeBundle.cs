using System.Text.Json;
using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Output data as a Jupyter MIME bundle: JSON MIME types as objects, the rest as strings.</summary>
internal static class MimeBundle
{
    /// <summary>An output's data as a bundle (the output pipeline has already added text/plain).</summary>
    public static JsonObject From(IReadOnlyDictionary<string, string> data)
    {
        var bundle = new JsonObject();
        foreach (var (mimeType, text) in data)
        {
            bundle[mimeType] = IsJson(mimeType) && TryParse(text) is { } parsed ? parsed : JsonValue.Create(text);
        }

        return bundle;
    }

    public static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

}
