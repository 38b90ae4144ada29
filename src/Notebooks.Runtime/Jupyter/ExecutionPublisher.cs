using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Publishes the kernel events of one execute request on iopub: standard output and error as stream messages,
/// displayed values as display_data with their value id as display_id (so updates replace them), the cell's value
/// as execute_result, and a failure as one error message. A chart whose PNG is still being drawn (deferred images)
/// goes out at once without it, as display_data with a display_id, and <see cref="CompleteImagesAsync"/> adds the PNG
/// with update_display_data before the cell's reply: the front end draws the chart from its figure immediately, and
/// the saved notebook still carries the PNG.
/// </summary>
internal sealed class ExecutionPublisher(Action<string, JsonObject> publish, int executionCount, bool silent, DeferredImages? deferred = null)
{
    private const string PngMimeType = "image/png";
    private static int _displayIds;
    private readonly object _gate = new();
    private readonly List<PendingImage> _pendingImages = [];
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
                    var data = MimeBundle.From(returned.FormattedValues, returned.Value);
                    if (PendingPlaceholder(data) is not null)
                    {
                        // Front ends update display_data by its display_id; a chart waiting for its PNG is shown as one.
                        Publish("display_data", WithPendingImage(new JsonObject { ["data"] = data, ["metadata"] = new JsonObject() }, null));
                        break;
                    }

                    Publish("execute_result", new JsonObject
                    {
                        ["execution_count"] = executionCount,
                        ["data"] = data,
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

    /// <summary>
    /// Waits for the PNGs of the charts this cell showed and sends each with update_display_data. A PNG that cannot be
    /// drawn leaves its chart interactive only, with a warning on stderr.
    /// </summary>
    public async Task CompleteImagesAsync(CancellationToken ct)
    {
        if (deferred is null)
        {
            return;
        }

        PendingImage[] pending;
        lock (_gate)
        {
            pending = [.. _pendingImages];
            _pendingImages.Clear();
        }

        foreach (var image in pending)
        {
            string? warning;
            try
            {
                var drawn = await deferred.ResolveAsync(image.Placeholder, ct);
                image.Data[PngMimeType] = drawn.Base64Png;
                warning = drawn.Warning;
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                lock (_gate)
                {
                    if (!_closed)
                    {
                        Publish("stream", new JsonObject { ["name"] = "stderr", ["text"] = $"warning: the chart's static image (PNG) could not be drawn: {e.Message}\n" });
                    }
                }

                continue;
            }

            lock (_gate)
            {
                if (!_closed && warning is not null)
                {
                    Publish("stream", new JsonObject { ["name"] = "stderr", ["text"] = warning });
                }

                if (!_closed)
                {
                    Publish("update_display_data", new JsonObject
                    {
                        ["data"] = image.Data,
                        ["metadata"] = new JsonObject(),
                        ["transient"] = new JsonObject { ["display_id"] = image.DisplayId },
                    });
                }
            }
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

    private JsonObject Display(DisplayEvent e)
    {
        var content = new JsonObject
        {
            ["data"] = MimeBundle.From(e.FormattedValues, e.Value),
            ["metadata"] = new JsonObject(),
        };
        if (PendingPlaceholder((JsonObject)content["data"]!) is not null)
        {
            return WithPendingImage(content, e.ValueId);
        }

        if (e.ValueId is { Length: > 0 } id)
        {
            content["transient"] = new JsonObject { ["display_id"] = id };
        }

        return content;
    }

    private string? PendingPlaceholder(JsonObject data) =>
        deferred is not null && data[PngMimeType] is JsonValue value && value.TryGetValue<string>(out var text) && DeferredImages.IsPlaceholder(text)
            ? text
            : null;

    /// <summary>The content without its placeholder PNG, with a display_id; the full bundle waits for the image.</summary>
    private JsonObject WithPendingImage(JsonObject content, string? valueId)
    {
        var data = (JsonObject)content["data"]!;
        var placeholder = PendingPlaceholder(data)!;
        var displayId = valueId is { Length: > 0 } id ? id : $"nr-chart-{Interlocked.Increment(ref _displayIds)}";
        var full = (JsonObject)data.DeepClone();
        data.Remove(PngMimeType);
        content["transient"] = new JsonObject { ["display_id"] = displayId };
        if (!silent)
        {
            _pendingImages.Add(new PendingImage(displayId, full, placeholder));
        }

        return content;
    }

    private sealed record PendingImage(string DisplayId, JsonObject Data, string Placeholder);

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
