using System.Threading.Channels;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Stdio;

/// <summary>
/// The stdio host's view of the output pipeline: every event goes to the client as the kernel made it, except that a
/// chart whose PNG is still being drawn goes out at once without it (a returned chart as a display, so it has a value
/// id), and before the command's completion the pipeline's image updates go out as DisplayedValueUpdated. A PNG that
/// cannot be drawn turns the command's success into a failure, the policy of every mode. Events leave in the order
/// they were sent.
/// </summary>
internal sealed class DeferredImageSender : IKernelCommandAndEventSender
{
    private const string PngMimeType = "image/png";
    private readonly IKernelCommandAndEventSender _inner;
    private readonly CellOutputOptions _options;
    private readonly Channel<(object Item, TaskCompletionSource Sent)> _queue = Channel.CreateUnbounded<(object, TaskCompletionSource)>(new UnboundedChannelOptions { SingleReader = true });
    private CellOutputs? _current;
    private int _executionCount;

    public DeferredImageSender(IKernelCommandAndEventSender inner, DeferredImages deferred)
    {
        _inner = inner;
        _options = new CellOutputOptions { Deferred = deferred };
        _ = Task.Run(PumpAsync);
    }

    public Uri RemoteHostUri => _inner.RemoteHostUri;

    public Task SendAsync(KernelCommand kernelCommand, CancellationToken cancellationToken) => Enqueue(kernelCommand);

    public Task SendAsync(KernelEvent kernelEvent, CancellationToken cancellationToken) => Enqueue(kernelEvent);

    private Task Enqueue(object item)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Writer.TryWrite((item, sent));
        return sent.Task;
    }

    private async Task PumpAsync()
    {
        await foreach (var (item, sent) in _queue.Reader.ReadAllAsync())
        {
            try
            {
                if (item is KernelCommand command)
                {
                    await _inner.SendAsync(command, CancellationToken.None);
                }
                else
                {
                    await SendEventAsync((KernelEvent)item);
                }

                sent.TrySetResult();
            }
            catch (Exception e)
            {
                sent.TrySetException(e);
            }
        }
    }

    private async Task SendEventAsync(KernelEvent e)
    {
        switch (e)
        {
            case DisplayedValueProduced or DisplayedValueUpdated or ReturnValueProduced when Placeholder(((DisplayEvent)e).FormattedValues):
                var display = (DisplayEvent)e;
                var outputs = Current();
                outputs.OnEvent(e);
                // The pipeline gives a returned chart a display id, so its image can update it.
                var valueId = display.ValueId ?? LastDisplayId(outputs);
                var showable = display.FormattedValues.Where(v => v.MimeType != PngMimeType).ToArray();
                await _inner.SendAsync(display is DisplayedValueUpdated
                    ? new DisplayedValueUpdated(display.Value, valueId, display.Command, showable)
                    : new DisplayedValueProduced(display.Value, display.Command, showable, valueId), CancellationToken.None);
                return;
            case CommandSucceeded or CommandFailed when _current is { } cell && e.Command.Parent is null:
                _current = null;
                var updates = new List<DisplayDataOutput>();
                var error = await CompleteAsync(cell, updates);
                foreach (var updated in updates)
                {
                    var values = updated.Data.Select(p => new FormattedValue(p.Key, p.Value)).ToArray();
                    await _inner.SendAsync(new DisplayedValueUpdated(null, updated.ValueId, e.Command, values), CancellationToken.None);
                }

                await _inner.SendAsync(e is CommandSucceeded && error is not null ? new CommandFailed(error.Message, e.Command) : e, CancellationToken.None);
                return;
            default:
                await _inner.SendAsync(e, CancellationToken.None);
                return;
        }
    }

    private CellOutputs Current() => _current ??= new CellOutputs(++_executionCount, _options);

    private static async Task<CellError?> CompleteAsync(CellOutputs cell, List<DisplayDataOutput> updates)
    {
        var pending = cell.Outputs.OfType<DisplayDataOutput>().Where(d => d.ValueId is not null && HasPlaceholder(d.Data)).ToList();
        var error = await cell.CompleteImagesAsync(CancellationToken.None);
        updates.AddRange(pending.Where(d => d.Data.ContainsKey(PngMimeType) && !HasPlaceholder(d.Data)));
        return error;
    }

    private static string? LastDisplayId(CellOutputs outputs) =>
        outputs.Outputs.OfType<DisplayDataOutput>().LastOrDefault()?.ValueId;

    private static bool HasPlaceholder(IReadOnlyDictionary<string, string> data) =>
        data.TryGetValue(PngMimeType, out var png) && DeferredImages.IsPlaceholder(png);

    private static bool Placeholder(IReadOnlyCollection<FormattedValue> values) =>
        values.Any(v => v.MimeType == PngMimeType && v.Value is { } text && DeferredImages.IsPlaceholder(text));
}
