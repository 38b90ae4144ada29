namespace Notebooks.Runtime.Outputs;

/// <summary>One Jupyter output (nbformat 4): stream, display_data, execute_result or error.</summary>
internal abstract class NotebookOutput;

internal sealed class StreamOutput(string name, string text) : NotebookOutput
{
    /// <summary>"stdout" or "stderr".</summary>
    public string Name { get; } = name;

    public string Text { get; set; } = text;
}

internal sealed class DisplayDataOutput(SortedDictionary<string, string> data, string? valueId) : NotebookOutput
{
    public SortedDictionary<string, string> Data { get; set; } = data;

    /// <summary>The kernel's value id, so DisplayedValueUpdated replaces this output (never written out).</summary>
    public string? ValueId { get; } = valueId;
}

internal sealed class ExecuteResultOutput(SortedDictionary<string, string> data, int executionCount) : NotebookOutput
{
    public SortedDictionary<string, string> Data { get; } = data;

    public int ExecutionCount { get; } = executionCount;
}

internal sealed class ErrorOutput(string name, string value, IReadOnlyList<string> traceback) : NotebookOutput
{
    public string Name { get; } = name;

    public string Value { get; } = value;

    public IReadOnlyList<string> Traceback { get; } = traceback;
}
