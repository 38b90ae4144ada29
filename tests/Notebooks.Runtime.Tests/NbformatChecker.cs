using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Notebooks.Runtime.Tests;

/// <summary>Checks a notebook against the structure of the nbformat 4 JSON schema (v4.5).</summary>
public static class NbformatChecker
{
    private static readonly string[] OutputTypes = ["stream", "display_data", "execute_result", "error"];

    public static void AssertValid(JsonObject notebook)
    {
        Assert.Equal(4, notebook["nbformat"]!.GetValue<int>());
        Assert.InRange(notebook["nbformat_minor"]!.GetValue<int>(), 0, 5);
        Assert.Equal(["cells", "metadata", "nbformat", "nbformat_minor"], notebook.Select(p => p.Key).Order(StringComparer.Ordinal));
        var metadata = Assert.IsType<JsonObject>(notebook["metadata"]);
        var kernelspec = Assert.IsType<JsonObject>(metadata["kernelspec"]);
        Assert.NotNull(kernelspec["name"]);
        Assert.NotNull(kernelspec["display_name"]);
        var ids = new HashSet<string>();
        foreach (var node in notebook["cells"]!.AsArray())
        {
            var cell = Assert.IsType<JsonObject>(node);
            var type = cell["cell_type"]!.GetValue<string>();
            Assert.Contains(type, new[] { "code", "markdown", "raw" });
            Assert.IsType<JsonObject>(cell["metadata"]);
            AssertMultiline(cell["source"]);
            var id = cell["id"]!.GetValue<string>();
            Assert.Matches(new Regex("^[a-zA-Z0-9-_]{1,64}$"), id);
            Assert.True(ids.Add(id), $"duplicate cell id {id}");
            if (type == "code")
            {
                Assert.Equal(["cell_type", "execution_count", "id", "metadata", "outputs", "source"], cell.Select(p => p.Key).Order(StringComparer.Ordinal));
                Assert.True(cell["execution_count"] is null || cell["execution_count"]!.GetValue<int>() >= 0);
                foreach (var outputNode in cell["outputs"]!.AsArray())
                {
                    AssertOutput(Assert.IsType<JsonObject>(outputNode));
                }
            }
            else
            {
                Assert.Null(cell["outputs"]);
                Assert.Null(cell["execution_count"]);
            }
        }
    }

    private static void AssertOutput(JsonObject output)
    {
        var type = output["output_type"]!.GetValue<string>();
        Assert.Contains(type, OutputTypes);
        var keys = output.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        switch (type)
        {
            case "stream":
                Assert.Equal(["name", "output_type", "text"], keys);
                Assert.Contains(output["name"]!.GetValue<string>(), new[] { "stdout", "stderr" });
                AssertMultiline(output["text"]);
                break;
            case "display_data":
                Assert.Equal(["data", "metadata", "output_type"], keys);
                AssertMimeBundle(output["data"]);
                break;
            case "execute_result":
                Assert.Equal(["data", "execution_count", "metadata", "output_type"], keys);
                AssertMimeBundle(output["data"]);
                Assert.True(output["execution_count"]!.GetValue<int>() >= 0);
                break;
            case "error":
                Assert.Equal(["ename", "evalue", "output_type", "traceback"], keys);
                Assert.All(output["traceback"]!.AsArray(), t => t!.GetValue<string>());
                break;
        }
    }

    private static void AssertMimeBundle(JsonNode? data)
    {
        var bundle = Assert.IsType<JsonObject>(data);
        Assert.NotEmpty(bundle);
        foreach (var (mime, value) in bundle)
        {
            Assert.Matches("^[a-z]+/[a-zA-Z0-9.+_-]+$", mime);
            if (mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal))
            {
                continue;
            }

            AssertMultiline(value);
        }
    }

    private static void AssertMultiline(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue value:
                value.GetValue<string>();
                break;
            case JsonArray lines:
                Assert.All(lines, l => l!.GetValue<string>());
                break;
            default:
                Assert.Fail("expected a string or a list of strings");
                break;
        }
    }
}
