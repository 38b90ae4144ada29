using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Execution;

/// <summary>A notebook in memory: cells (code, markdown, raw) with their metadata and outputs.</summary>
public sealed class NotebookDocument
{
    public JsonObject Metadata { get; set; } = new();

    public List<NotebookCell> Cells { get; } = new();

    /// <summary>The kernel C# cells run in when a cell does not say.</summary>
    public string DefaultKernelName { get; set; } = "csharp";
}

public sealed class NotebookCell
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

/// <summary>One Jupyter output (nbformat 4): stream, display_data, execute_result or error.</summary>
public abstract class NotebookOutput;

public sealed class StreamOutput(string name, string text) : NotebookOutput
{
    /// <summary>"stdout" or "stderr".</summary>
    public string Name { get; } = name;

    public string Text { get; set; } = text;
}

public sealed class DisplayDataOutput(SortedDictionary<string, string> data, string? valueId) : NotebookOutput
{
    public SortedDictionary<string, string> Data { get; set; } = data;

    /// <summary>The kernel's value id, so DisplayedValueUpdated replaces this output (never written out).</summary>
    public string? ValueId { get; } = valueId;
}

public sealed class ExecuteResultOutput(SortedDictionary<string, string> data, int executionCount) : NotebookOutput
{
    public SortedDictionary<string, string> Data { get; } = data;

    public int ExecutionCount { get; } = executionCount;
}

public sealed class ErrorOutput(string name, string value, IReadOnlyList<string> traceback) : NotebookOutput
{
    public string Name { get; } = name;

    public string Value { get; } = value;

    public IReadOnlyList<string> Traceback { get; } = traceback;
}
