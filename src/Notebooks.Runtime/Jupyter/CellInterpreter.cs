using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The interpreter of the Jupyter kernel (xeus's interpreter): runs cells in the workspace's .NET Interactive kernel,
/// routes the kernel's events to the running cell's publisher, interrupts it, and owns the chart browser. It knows
/// nothing of messages; the protocol core (<see cref="KernelProtocol"/>) turns its results into replies.
/// </summary>
internal sealed class CellInterpreter : IAsyncDisposable
{
    private readonly TimeSpan _interruptGracePeriod;
    private readonly CellRunTracker _tracker = new();
    private readonly SupervisedBrowser? _images;
    private readonly DeferredImages _deferredImages = new();
    private readonly object _gate = new();
    private RunningCell? _running;
    private bool _wedged;

    public CellInterpreter(WorkspaceKernelOptions options, bool staticImages, TimeSpan interruptGracePeriod, TextWriter log)
    {
        _interruptGracePeriod = interruptGracePeriod;
        _images = staticImages ? SupervisedBrowser.TryCreate(line => log.WriteLine("jupyter: " + line)) : null;
        // Start the browser now, while the user reads the notebook, so the first chart does not wait for it.
        _ = _images?.WarmUpAsync();

        OutputOptions = new CellOutputOptions { Deferred = _images is null ? null : _deferredImages };
        var kernelOptions = options with { Images = _images, DeferredImages = OutputOptions.Deferred };
        Kernel = Task.Run(async () =>
        {
            var kernel = await WorkspaceKernel.CreateAsync(kernelOptions, _tracker);
            kernel.KernelEvents.Subscribe(OnKernelEvent);
            return kernel;
        });
    }

    /// <summary>The kernel, once created (the sockets answer before it is).</summary>
    public Task<CompositeKernel> Kernel { get; }

    public CellOutputOptions OutputOptions { get; }

    /// <summary>Runs one cell; its outputs and failures go to <paramref name="publisher"/>.</summary>
    public async Task RunAsync(string code, ExecutionPublisher publisher)
    {
        if (_wedged)
        {
            publisher.Fail(RestartRequired);
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
            var kernel = await Kernel.WaitAsync(cancellation.Token).ConfigureAwait(false);
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
                var stopped = await _tracker.WaitIdleAsync(_interruptGracePeriod);
                _wedged |= !stopped;
                publisher.Fail(stopped
                    ? new ErrorContent("Interrupted", "The cell was interrupted.", ["Interrupted: the cell was interrupted."])
                    : RestartRequired);
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
    }

    /// <summary>Interrupts the running cell, if any; null when it stopped (or none ran), else why a restart is needed.</summary>
    public async Task<ErrorContent?> InterruptAsync()
    {
        RunningCell? cell;
        lock (_gate)
        {
            cell = _running;
        }

        if (cell is null)
        {
            return null;
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
        return await _tracker.WaitIdleAsync(_interruptGracePeriod) ? null : RestartRequired;
    }

    private ErrorContent RestartRequired
    {
        get
        {
            var message = $"The interrupted cell is still running after {_interruptGracePeriod.TotalSeconds:0.#} s: its code does not check " +
                          "Cell.CancellationToken, and .NET cannot stop a thread from outside. Restart the kernel to stop it.";
            return new ErrorContent("KernelRestartRequired", message, [message]);
        }
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

    public async ValueTask DisposeAsync()
    {
        // The browser goes first: it is the part that could outlive the kernel.
        _deferredImages.Dispose();
        if (_images is not null)
        {
            await _images.DisposeAsync();
        }

        // A kernel with a cell that ignores cancellation still running on it is left to the process's end.
        if (Kernel.IsCompletedSuccessfully && !_wedged)
        {
            Kernel.Result.Dispose();
        }
    }

    private sealed record RunningCell(ExecutionPublisher Publisher, CancellationTokenSource Cancellation, TaskCompletionSource Interrupted);
}
