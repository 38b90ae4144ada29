using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Publishes the kernel events of one execute request on iopub: standard output and error as stream messages,
/// displayed values as display_data with their value id as display_id (so updates replace them), the cell's value
/// as execute_result, and a failure as one error message.
/// </summary>
internal sealed class ExecutionPublisher(Action<string, JsonObject> publish, int executionCount, bool silent)
{
    private readonly object _gate = new();
    private bool _closed;

    public ErrorContent? Failure { get; private set; }

    public void OnEvent(KernelEvent e)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            switch (e)
            {
                case StandardOutputValueProduced stdout:
                    Stream("stdout", stdout.FormattedValues);
                    break;
                case StandardErrorValueProduced stderr:
                    Stream("stderr", stderr.FormattedValues);
                    break;
                case DisplayedValueUpdated updated:
                    Publish("update_display_data", Display(updated));
                    break;
                case DisplayedValueProduced displayed:
                    Publish("display_data", Display(displayed));
                    break;
                case ReturnValueProduced { Value: DisplayedValue }:
                    break;
                case ReturnValueProduced returned:
                    Publish("execute_result", new JsonObject
                    {
                        ["execution_count"] = executionCount,
                        ["data"] = MimeBundle.From(returned.FormattedValues, returned.Value),
                        ["metadata"] = new JsonObject(),
                    });
                    break;
            }
        }
    }

    /// <summary>Publishes the cell's error (once) and stops publishing anything the cell still produces.</summary>
    public void Fail(ErrorContent error)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            Failure = error;
            Publish("error", error.ToJson());
        }
    }

    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
    }

    private void Stream(string name, IReadOnlyCollection<FormattedValue> values)
    {
        var text = values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value;
        if (!string.IsNullOrEmpty(text))
        {
            Publish("stream", new JsonObject { ["name"] = name, ["text"] = text });
        }
    }

    private static JsonObject Display(DisplayEvent e)
    {
        var content = new JsonObject
        {
            ["data"] = MimeBundle.From(e.FormattedValues, e.Value),
            ["metadata"] = new JsonObject(),
        };
        if (e.ValueId is { Length: > 0 } id)
        {
            content["transient"] = new JsonObject { ["display_id"] = id };
        }

        return content;
    }

    private void Publish(string msgType, JsonObject content)
    {
        if (!silent)
        {
            publish(msgType, content);
        }
    }
}

/// <summary>The content of an error message and of an execute_reply with status "error".</summary>
internal sealed record ErrorContent(string Name, string Value, IReadOnlyList<string> Traceback)
{
    public JsonObject ToJson() => new()
    {
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray(Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };
}
