using System.Text.Json.Nodes;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Execution;

/// <summary>A notebook in memory: cells (code, markdown, raw) with their metadata and outputs.</summary>
internal sealed class NotebookDocument
{
    public JsonObject Metadata { get; set; } = new();

    public List<NotebookCell> Cells { get; } = new();

    /// <summary>The kernel C# cells run in when a cell does not say.</summary>
    public string DefaultKernelName { get; set; } = "csharp";
}

internal sealed class NotebookCell
{
    public const string Code = "code";
    public const string Markdown = "markdown";
    public const string Raw = "raw";

    public required string CellType { get; init; }

    public string? Id { get; set; }

    public required string Source { get; set; }

    /// <summary>For code cells: the kernel name ("csharp", "markdown", "value", ...).</summary>
    public string? KernelName { get; set; }

    public JsonObject Metadata { get; set; } = new();

    public List<NotebookOutput> Outputs { get; } = new();

    public int? ExecutionCount { get; set; }

    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags ? tags.Select(t => t?.GetValue<string>() ?? "").ToArray() : [];
}
