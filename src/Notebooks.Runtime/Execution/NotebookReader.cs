using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;

namespace Notebooks.Runtime.Execution;

/// <summary>Reads Polyglot notebooks: .ipynb (nbformat 4) and .dib.</summary>
internal static class NotebookReader
{
    public static bool IsNotebookPath(string path) =>
        path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase);

    public static NotebookDocument Load(string path)
    {
        var text = File.ReadAllText(path);
        return path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase) ? ParseDib(text) : ParseIpynb(text, path);
    }

    public static NotebookDocument ParseIpynb(string json, string? pathForMessages = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{pathForMessages ?? "notebook"}: not valid JSON ({e.Message}).", e);
        }

        if (root is not JsonObject notebook || notebook["cells"] is not JsonArray cells)
        {
            throw new InvalidDataException($"{pathForMessages ?? "notebook"}: not an nbformat 4 notebook (no \"cells\" array).");
        }

        var document = new NotebookDocument
        {
            Metadata = notebook["metadata"] is JsonObject metadata ? (JsonObject)metadata.DeepClone() : new JsonObject(),
        };
        var defaultKernel = document.Metadata["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>()
                            ?? document.Metadata["polyglot_notebook"]?["defaultKernelName"]?.GetValue<string>();
        if (!string.IsNullOrEmpty(defaultKernel))
        {
            document.DefaultKernelName = defaultKernel;
        }

        foreach (var node in cells)
        {
            if (node is not JsonObject cell)
            {
                continue;
            }

            var cellType = cell["cell_type"]?.GetValue<string>() ?? NotebookCell.Code;
            var cellMetadata = cell["metadata"] is JsonObject m ? (JsonObject)m.DeepClone() : new JsonObject();
            var kernel = cellMetadata["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                         ?? cellMetadata["dotnet_interactive"]?["language"]?.GetValue<string>();
            document.Cells.Add(new NotebookCell
            {
                CellType = cellType,
                Id = cell["id"]?.GetValue<string>(),
                Source = JoinSource(cell["source"]),
                KernelName = cellType == NotebookCell.Code ? NormalizeKernelName(kernel ?? document.DefaultKernelName) : null,
                Metadata = cellMetadata,
            });
        }

        return document;
    }

    public static NotebookDocument ParseDib(string text)
    {
        var kernelInfos = new KernelInfoCollection
        {
            new KernelInfo("csharp", languageName: "C#", aliases: ["c#", "C#"]),
            new KernelInfo("markdown", languageName: "Markdown", aliases: ["md"]),
            new KernelInfo("value"),
        };
        kernelInfos.DefaultKernelName = "csharp";
        var parsed = CodeSubmission.Parse(text, kernelInfos);
        var document = new NotebookDocument();
        foreach (var element in parsed.Elements)
        {
            var kernel = NormalizeKernelName(element.KernelName ?? "csharp");
            if (kernel == "markdown")
            {
                document.Cells.Add(new NotebookCell { CellType = NotebookCell.Markdown, Source = element.Contents });
            }
            else
            {
                var metadata = new JsonObject
                {
                    ["dotnet_interactive"] = new JsonObject { ["language"] = kernel },
                    ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel },
                };
                document.Cells.Add(new NotebookCell { CellType = NotebookCell.Code, Source = element.Contents, KernelName = kernel, Metadata = metadata });
            }
        }

        return document;
    }

    public static string NormalizeKernelName(string name) => name switch
    {
        "c#" or "C#" or "cs" => "csharp",
        "md" => "markdown",
        _ => name,
    };

    private static string JoinSource(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
