namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The workspace kernel served over the Jupyter messaging protocol 5.3, for VS Code's Jupyter extension,
/// JupyterLab, nbclient/nbconvert and any other Jupyter client. Split as xeus splits a kernel: transport
/// (<see cref="KernelSockets"/>: sockets, codec, signer), protocol core (<see cref="KernelProtocol"/>) and interpreter
/// (<see cref="CellInterpreter"/>). Sockets are bound before the compiler warms up, so kernel_info is answered at once.
/// </summary>
internal sealed class JupyterKernelHost : IAsyncDisposable
{
    private readonly KernelSockets _sockets;
    private readonly CellInterpreter _interpreter;
    private readonly KernelProtocol _protocol;

    private JupyterKernelHost(JupyterKernelOptions options, ConnectionInfo connection, TextWriter log)
    {
        // Bound here, polled from Start: a request that arrives meanwhile waits in its socket for the protocol core.
        _sockets = new KernelSockets(connection, (channel, message) => _protocol!.OnMessage(channel, message), log);
        _interpreter = new CellInterpreter(options.Kernel, options.StaticImages, options.InterruptGracePeriod, log);
        _protocol = new KernelProtocol(options.Identity, _interpreter, _sockets.Send, log);
        _sockets.Start();
    }

    /// <summary>Serves until a shutdown request, the parent process ending, or <paramref name="ct"/>.</summary>
    public static async Task<int> RunAsync(JupyterKernelOptions options, TextWriter log, CancellationToken ct = default)
    {
        var connection = ConnectionInfo.Load(options.ConnectionFile);
        await using var host = new JupyterKernelHost(options, connection, log);
        _ = host._protocol.RunAsync();
        using var stopWatching = new CancellationTokenSource();
        var parent = ParentProcessWatch.WaitForExitAsync(options.ParentProcessId, stopWatching.Token);
        var ended = await Task.WhenAny(host._protocol.ShutdownRequested, parent, Task.Delay(Timeout.Infinite, ct));
        await stopWatching.CancelAsync();
        if (ended == parent)
        {
            log.WriteLine("jupyter: the parent process is gone; shutting down.");
        }

        host._protocol.Stop();
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _interpreter.DisposeAsync();
        _sockets.Flush(TimeSpan.FromSeconds(2));
        _sockets.Dispose();
    }
}
