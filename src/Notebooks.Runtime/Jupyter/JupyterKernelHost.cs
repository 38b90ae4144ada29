using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The workspace kernel served over the Jupyter messaging protocol 5.3, for VS Code's Jupyter extension,
/// JupyterLab, nbclient/nbconvert and any other Jupyter client. Sockets are bound before the compiler warms up,
/// kernel_info is answered at once, and shell requests run one at a time while control requests (interrupt,
/// shutdown) are answered even during a long cell.
/// </summary>
public sealed class JupyterKernelHost : IAsyncDisposable
{
    private readonly JupyterKernelOptions _options;
    private readonly TextWriter _log;
    private readonly KernelSockets _sockets;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly Channel<QueuedRequest> _shellQueue = Channel.CreateUnbounded<QueuedRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<JupyterMessage> _controlQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<bool> _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CellRunTracker _tracker = new();
    private readonly SupervisedBrowser? _images;
    private readonly DeferredImages _deferredImages = new();
    private readonly CellOutputOptions _outputOptions;
    private readonly Task<CompositeKernel> _kernel;
    private readonly object _gate = new();
    private RunningCell? _running;
    private bool _wedged;
    private int _executionCount;
    private long _received;
    private long _abortThrough;

    private JupyterKernelHost(JupyterKernelOptions options, ConnectionInfo connection, TextWriter log)
    {
        _options = options;
        _log = log;
        _sockets = new KernelSockets(connection, OnMessage, log);
        _sockets.Start();

        _images = options.StaticImages ? SupervisedBrowser.TryCreate(line => log.WriteLine("jupyter: " + line)) : null;
        // Start the browser now, while the user reads the notebook, so the first chart does not wait for it.
        _ = _images?.WarmUpAsync();

        _outputOptions = new CellOutputOptions { Deferred = _images is null ? null : _deferredImages };
        var kernelOptions = Copy(options.Kernel, _images, _outputOptions.Deferred);
        _kernel = Task.Run(async () =>
        {
            var kernel = await WorkspaceKernel.CreateAsync(kernelOptions, _tracker);
            kernel.KernelEvents.Subscribe(OnKernelEvent);
            return kernel;
        });
    }

    /// <summary>Serves until a shutdown request, the parent process ending, or <paramref name="ct"/>.</summary>
    public static async Task<int> RunAsync(JupyterKernelOptions options, TextWriter log, CancellationToken ct = default)
    {
        var connection = ConnectionInfo.Load(options.ConnectionFile);
        await using var host = new JupyterKernelHost(options, connection, log);
        var shell = Task.Run(host.ShellLoopAsync, CancellationToken.None);
        var control = Task.Run(host.ControlLoopAsync, CancellationToken.None);
        using var stopWatching = new CancellationTokenSource();
        var parent = ParentProcessWatch.WaitForExitAsync(options.ParentProcessId, stopWatching.Token);
        var ended = await Task.WhenAny(host._shutdown.Task, parent, Task.Delay(Timeout.Infinite, ct));
        await stopWatching.CancelAsync();
        if (ended == parent)
        {
            log.WriteLine("jupyter: the parent process is gone; shutting down.");
        }

        host._shellQueue.Writer.TryComplete();
        host._controlQueue.Writer.TryComplete();
        return 0;
    }

    private static WorkspaceKernelOptions Copy(WorkspaceKernelOptions options, IChartImageRenderer? images, DeferredImages? deferred) => new()
    {
        Images = images,
        DeferredImages = deferred,
        ChartWidth = options.ChartWidth,
        ChartHeight = options.ChartHeight,
        PngScale = options.PngScale,
        MaxTableRows = options.MaxTableRows,
        ImageTimeout = options.ImageTimeout,
        ChartOutputs = options.ChartOutputs,
        InlinePlotlyJs = options.InlinePlotlyJs,
        Preload = options.Preload,
        DefaultKernelName = options.DefaultKernelName,
    };

    private void OnMessage(KernelChannel channel, JupyterMessage message)
    {
        switch (channel, message.MsgType)
        {
            case (_, "kernel_info_request"):
                // Clients repeat kernel_info until they see iopub traffic, so it is answered at once with busy/idle.
                Publish(message, "status", Status("busy"));
                Reply(channel, message, "kernel_info_reply", _options.Identity.KernelInfoReply());
                Publish(message, "status", Status("idle"));
                break;
            case (KernelChannel.Control, _):
                _controlQueue.Writer.TryWrite(message);
                break;
            case (KernelChannel.Shell, _):
                // Only this socket thread writes the sequence, so a number at or below _abortThrough arrived before the error.
                _shellQueue.Writer.TryWrite(new QueuedRequest(Interlocked.Increment(ref _received), message));
                break;
            default:
                // stdin replies: this kernel never asks for input.
                break;
        }
    }

    private async Task ShellLoopAsync()
    {
        await foreach (var (sequence, message) in _shellQueue.Reader.ReadAllAsync())
        {
            Publish(message, "status", Status("busy"));
            try
            {
                if (message.MsgType == "execute_request" && sequence <= Interlocked.Read(ref _abortThrough))
                {
                    // Run All queues every cell at once; after an error the ones already queued are answered, not run (as ipykernel does).
                    Reply(KernelChannel.Shell, message, "execute_reply", new JsonObject { ["status"] = "aborted" });
                    continue;
                }

                await HandleShellAsync(message);
            }
            catch (Exception e)
            {
                _log.WriteLine($"jupyter: {message.MsgType} failed: {e}");
            }
            finally
            {
                Publish(message, "status", Status("idle"));
            }
        }
    }

    private async Task HandleShellAsync(JupyterMessage message)
    {
        switch (message.MsgType)
        {
            case "execute_request":
                await ExecuteAsync(message);
                break;
            case "complete_request":
                Reply(KernelChannel.Shell, message, "complete_reply",
                    await LanguageRequests.CompleteAsync(await _kernel, message.Text("code"), message.Number("cursor_pos")));
                break;
            case "inspect_request":
                Reply(KernelChannel.Shell, message, "inspect_reply",
                    await LanguageRequests.InspectAsync(await _kernel, message.Text("code"), message.Number("cursor_pos")));
                break;
            case "is_complete_request":
                Reply(KernelChannel.Shell, message, "is_complete_reply", LanguageRequests.IsComplete(message.Text("code")));
                break;
            case "comm_info_request":
                Reply(KernelChannel.Shell, message, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "history_request":
                Reply(KernelChannel.Shell, message, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "shutdown_request":
                Shutdown(KernelChannel.Shell, message);
                break;
            case "comm_open":
                // No comm targets (widgets are not supported): the spec asks for an immediate comm_close so the
                // front end does not keep a comm the kernel never opened.
                Publish(message, "comm_close", new JsonObject { ["comm_id"] = message.Text("comm_id"), ["data"] = new JsonObject() });
                break;
            case "comm_msg" or "comm_close":
                break; // to a comm that was closed at its opening
            default:
                _log.WriteLine($"jupyter: unknown shell message type '{message.MsgType}' ignored.");
                break;
        }
    }

    private async Task ControlLoopAsync()
    {
        await foreach (var message in _controlQueue.Reader.ReadAllAsync())
        {
            try
            {
                await HandleControlAsync(message);
            }
            catch (Exception e)
            {
                _log.WriteLine($"jupyter: control {message.MsgType} failed: {e}");
            }
        }
    }

    private async Task HandleControlAsync(JupyterMessage message)
    {
        {
            switch (message.MsgType)
            {
                case "interrupt_request":
                    Reply(KernelChannel.Control, message, "interrupt_reply", await InterruptAsync());
                    break;
                case "shutdown_request":
                    Shutdown(KernelChannel.Control, message);
                    break;
                default:
                    _log.WriteLine($"jupyter: unknown control message type '{message.MsgType}' ignored.");
                    break;
            }
        }
    }

    private async Task ExecuteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var silent = request.Flag("silent");
        var storeHistory = !silent && request.Flag("store_history", true);
        if (storeHistory)
        {
            _executionCount++;
        }

        var count = _executionCount;
        if (!silent)
        {
            Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = count });
        }

        var publisher = new ExecutionPublisher((type, content) => Publish(request, type, content), count, silent, _outputOptions);
        if (_wedged)
        {
            publisher.Fail(new ErrorContent("KernelRestartRequired", RestartMessage, [RestartMessage]));
            AbortQueuedOnError(request, silent, publisher.Failure);
            ReplyExecute(request, count, publisher.Failure);
            return;
        }

        using var cancellation = new CancellationTokenSource();
        var cell = new RunningCell(publisher, cancellation, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        lock (_gate)
        {
            _running = cell;
        }

        try
        {
            // An interrupt while the kernel is still starting stops the cell before it runs.
            var kernel = await _kernel.WaitAsync(cancellation.Token).ConfigureAwait(false);
            var send = Task.Run(() => kernel.SendAsync(new SubmitCode(code, kernel.DefaultKernelName), cancellation.Token));
            if (await Task.WhenAny(send, cell.Interrupted.Task) == send && !cell.Interrupted.Task.IsCompleted)
            {
                var result = await send;
                if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
                {
                    var error = CellError.From(failed, result.Events.OfType<DiagnosticsProduced>());
                    publisher.Fail(new ErrorContent(error.Name, error.Message, error.Traceback));
                }

                // Before the reply: nbclient and nbconvert stop listening at the cell's end, and the saved notebook needs the PNGs.
                await publisher.CompleteImagesAsync(CancellationToken.None).ConfigureAwait(false);
            }
            else
            {
                var stopped = await _tracker.WaitIdleAsync(_options.InterruptGracePeriod);
                _wedged |= !stopped;
                publisher.Fail(stopped
                    ? new ErrorContent("Interrupted", "The cell was interrupted.", ["Interrupted: the cell was interrupted."])
                    : new ErrorContent("KernelRestartRequired", RestartMessage, [RestartMessage]));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            publisher.Fail(new ErrorContent("Interrupted", "The cell was interrupted before it started.", ["Interrupted: the cell was interrupted before it started."]));
        }
        finally
        {
            publisher.Close();
            lock (_gate)
            {
                _running = null;
            }
        }

        AbortQueuedOnError(request, silent, publisher.Failure);
        ReplyExecute(request, count, publisher.Failure);
    }

    /// <summary>
    /// After a failed cell (stop_on_error, true unless the request says otherwise) every execute request already
    /// received is aborted; those sent after the client has seen the error run normally.
    /// </summary>
    private void AbortQueuedOnError(JupyterMessage request, bool silent, ErrorContent? failure)
    {
        if (failure is not null && !silent && request.Flag("stop_on_error", true))
        {
            Interlocked.Exchange(ref _abortThrough, Interlocked.Read(ref _received));
        }
    }

    private string RestartMessage =>
        $"The interrupted cell is still running after {_options.InterruptGracePeriod.TotalSeconds:0.#} s: its code does not check " +
        "Cell.CancellationToken, and .NET cannot stop a thread from outside. Restart the kernel to stop it.";

    private void ReplyExecute(JupyterMessage request, int count, ErrorContent? failure)
    {
        var content = failure is null
            ? new JsonObject { ["status"] = "ok", ["execution_count"] = count, ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject() }
            : failure.ToJson();
        if (failure is not null)
        {
            content["status"] = "error";
            content["execution_count"] = count;
        }

        Reply(KernelChannel.Shell, request, "execute_reply", content);
    }

    private async Task<JsonObject> InterruptAsync()
    {
        RunningCell? cell;
        lock (_gate)
        {
            cell = _running;
        }

        if (cell is null)
        {
            return new JsonObject { ["status"] = "ok" };
        }

        cell.Interrupted.TrySetResult();
        // Cancellation callbacks run the kernel's own clean-up synchronously; they must not hold up this reply.
        _ = Task.Run(() =>
        {
            try
            {
                cell.Cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The cell ended meanwhile.
            }
        });
        if (await _tracker.WaitIdleAsync(_options.InterruptGracePeriod))
        {
            return new JsonObject { ["status"] = "ok" };
        }

        // The front end restarts the kernel when an interrupt fails (VS Code offers it); say why.
        return new JsonObject
        {
            ["status"] = "error",
            ["ename"] = "KernelRestartRequired",
            ["evalue"] = RestartMessage,
            ["traceback"] = new JsonArray(RestartMessage),
        };
    }

    private void Shutdown(KernelChannel channel, JupyterMessage request)
    {
        var content = new JsonObject { ["status"] = "ok", ["restart"] = request.Flag("restart") };
        Reply(channel, request, "shutdown_reply", content);
        Publish(request, "shutdown_reply", content.DeepClone().AsObject());
        _shutdown.TrySetResult(request.Flag("restart"));
    }

    private void OnKernelEvent(KernelEvent e)
    {
        RunningCell? cell;
        lock (_gate)
        {
            cell = _running;
        }

        cell?.Publisher.OnEvent(e);
    }

    private static JsonObject Status(string state) => new() { ["execution_state"] = state };

    private void Publish(JupyterMessage parent, string msgType, JsonObject content) =>
        _sockets.Send(KernelChannel.Iopub, new JupyterMessage(
            [KernelSockets.Topic(msgType)],
            MessageHeaders.Create(msgType, _session, DateTimeOffset.UtcNow),
            parent.Header.DeepClone().AsObject(),
            new JsonObject(),
            content,
            []));

    private void Reply(KernelChannel channel, JupyterMessage request, string msgType, JsonObject content) =>
        _sockets.Send(channel, new JupyterMessage(
            request.Identities,
            MessageHeaders.Create(msgType, _session, DateTimeOffset.UtcNow),
            request.Header.DeepClone().AsObject(),
            new JsonObject(),
            content,
            []));

    public async ValueTask DisposeAsync()
    {
        // The browser goes first: it is the part that could outlive the kernel.
        _deferredImages.Dispose();
        if (_images is not null)
        {
            await _images.DisposeAsync();
        }

        _sockets.Flush(TimeSpan.FromSeconds(2));
        _sockets.Dispose();
        if (_kernel.IsCompletedSuccessfully && !_wedged)
        {
            _kernel.Result.Dispose();
        }
    }

    private readonly record struct QueuedRequest(long Sequence, JupyterMessage Message);

    private sealed record RunningCell(ExecutionPublisher Publisher, CancellationTokenSource Cancellation, TaskCompletionSource Interrupted);
}
