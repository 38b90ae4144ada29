using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Runtime.Jupyter;

/// <summary>A kernel value's formatted values as a Jupyter MIME bundle: JSON MIME types as objects, text/plain always.</summary>
public static class MimeBundle
{
    public static JsonObject From(IReadOnlyCollection<FormattedValue> values, object? value)
    {
        var bundle = new JsonObject();
        foreach (var formatted in values)
        {
            if (string.IsNullOrEmpty(formatted.MimeType) || formatted.Value is null)
            {
                continue;
            }

            bundle[formatted.MimeType] = IsJson(formatted.MimeType) && TryParse(formatted.Value) is { } parsed ? parsed : JsonValue.Create(formatted.Value);
        }

        // Front ends without a renderer for any richer type fall back to text/plain, so it is always present.
        if (!bundle.ContainsKey(PlainTextFormatter.MimeType))
        {
            bundle[PlainTextFormatter.MimeType] = value is null ? "" : value.ToDisplayString(PlainTextFormatter.MimeType);
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
