using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Execution;

/// <summary>
/// Writes nbformat 4.5 JSON the way Jupyter does (keys sorted, one-space indent, text split in lines, non-ASCII kept),
/// so the output is deterministic and opens in Jupyter, VS Code and GitHub.
/// </summary>
internal static class IpynbWriter
{
    public const int NbformatMinor = 5;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(NotebookDocument document)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(document.Cells.Select((c, i) => (JsonNode)CellToJson(c, i)).ToArray()),
            ["metadata"] = NotebookMetadata(document),
            ["nbformat"] = 4,
            ["nbformat_minor"] = NbformatMinor,
        };

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            WriteSorted(writer, root);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static JsonObject NotebookMetadata(NotebookDocument document)
    {
        var metadata = (JsonObject)document.Metadata.DeepClone();
        metadata["kernelspec"] ??= new JsonObject
        {
            ["display_name"] = ".NET (C#)",
            ["language"] = "C#",
            ["name"] = ".net-csharp",
        };
        metadata["language_info"] ??= new JsonObject { ["name"] = "polyglot-notebook" };
        metadata["polyglot_notebook"] ??= new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = document.DefaultKernelName,
                ["items"] = new JsonArray(
                    new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" },
                    new JsonObject { ["aliases"] = new JsonArray(), ["languageName"] = "Markdown", ["name"] = "markdown" }),
            },
        };
        return metadata;
    }

    private static JsonObject CellToJson(NotebookCell cell, int index)
    {
        var json = new JsonObject
        {
            ["cell_type"] = cell.CellType,
            ["id"] = string.IsNullOrEmpty(cell.Id) ? $"cell-{index + 1}" : cell.Id,
            ["metadata"] = cell.Metadata.DeepClone(),
            ["source"] = Lines(cell.Source),
        };
        if (cell.CellType == NotebookCell.Code)
        {
            json["execution_count"] = cell.ExecutionCount is { } count ? JsonValue.Create(count) : null;
            json["outputs"] = new JsonArray(cell.Outputs.Select(o => (JsonNode)OutputToJson(o)).ToArray());
        }

        return json;
    }

    private static JsonObject OutputToJson(NotebookOutput output) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = Lines(stream.Text),
        },
        DisplayDataOutput display => new JsonObject
        {
            ["data"] = Data(display.Data),
            ["metadata"] = OutputMetadata.For(display.Data),
            ["output_type"] = "display_data",
        },
        ExecuteResultOutput result => new JsonObject
        {
            ["data"] = Data(result.Data),
            ["execution_count"] = result.ExecutionCount,
            ["metadata"] = OutputMetadata.For(result.Data),
            ["output_type"] = "execute_result",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Value,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name),
    };

    private static JsonObject Data(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mime, value) in data)
        {
            if (IsJsonMime(mime) && TryParse(value) is { } parsed)
            {
                json[mime] = parsed;
            }
            else if (mime.StartsWith("image/", StringComparison.Ordinal) && mime != "image/svg+xml")
            {
                json[mime] = value; // base64, one string, as Jupyter writes it
            }
            else
            {
                json[mime] = Lines(value);
            }
        }

        return json;
    }

    private static bool IsJsonMime(string mime) => mime == "application/json" || mime.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? TryParse(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Multi-line text as Jupyter stores it: a list of lines, each but the last keeping its "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            array.Add(JsonValue.Create(text[start..end]));
            start = end;
        }

        return array;
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
