using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Publishes one execute request's outputs on iopub as the output pipeline (<see cref="CellOutputs"/>) makes them:
/// streams, display_data (with its display_id, so updates replace it), execute_result, error, and update_display_data
/// when a chart's PNG, drawn in the background, is added before the cell's reply. A chart is shown at once from its
/// figure; the saved notebook still carries the PNG.
/// </summary>
internal sealed class ExecutionPublisher
{
    private readonly Action<string, JsonObject> _publish;
    private readonly CellOutputs _outputs;

    public ExecutionPublisher(Action<string, JsonObject> publish, int executionCount, bool silent, CellOutputOptions options)
    {
        _publish = publish;
        _outputs = new CellOutputs(executionCount, options with { PlainTextAlways = true }, silent ? null : Publish);
    }

    public ErrorContent? Failure { get; private set; }

    public void OnEvent(KernelEvent e) => _outputs.OnEvent(e);

    /// <summary>Publishes the cell's error; the first one is the reply's.</summary>
    public void Fail(ErrorContent error)
    {
        Failure ??= error;
        _outputs.Fail(new CellError(error.Name, error.Value, error.Traceback, null));
    }

    /// <summary>Waits for the PNGs of the charts this cell showed; one that cannot be drawn fails the cell.</summary>
    public async Task CompleteImagesAsync(CancellationToken ct)
    {
        if (await _outputs.CompleteImagesAsync(ct) is { } error)
        {
            Failure ??= new ErrorContent(error.Name, error.Message, error.Traceback);
        }
    }

    public void Close() => _outputs.Close();

    private void Publish(OutputChange change)
    {
        switch (change.Output)
        {
            case StreamOutput stream:
                _publish("stream", new JsonObject { ["name"] = stream.Name, ["text"] = change.Text ?? stream.Text });
                break;
            case DisplayDataOutput display when change.Kind == OutputChangeKind.Updated:
                if (display.ValueId is { Length: > 0 } id)
                {
                    _publish("update_display_data", Display(display, id));
                }

                break;
            case DisplayDataOutput display:
                _publish("display_data", Display(display, display.ValueId));
                break;
            case ExecuteResultOutput result:
                _publish("execute_result", new JsonObject
                {
                    ["execution_count"] = result.ExecutionCount,
                    ["data"] = MimeBundle.From(result.Data),
                    ["metadata"] = OutputMetadata.For(result.Data),
                });
                break;
            case ErrorOutput error:
                _publish("error", new ErrorContent(error.Name, error.Value, error.Traceback).ToJson());
                break;
        }
    }

    private static JsonObject Display(DisplayDataOutput display, string? displayId)
    {
        var content = new JsonObject
        {
            ["data"] = MimeBundle.From(CellOutputs.Showable(display.Data)),
            ["metadata"] = OutputMetadata.For(display.Data),
        };
        if (displayId is { Length: > 0 })
        {
            content["transient"] = new JsonObject { ["display_id"] = displayId };
        }

        return content;
    }
}
