using System.Threading.Channels;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The protocol core of the Jupyter kernel (xeus's server side of the interpreter): a dispatch table from msg_type to
/// handler per channel, busy/idle around every shell request, execution counts, and the aborts after a failing cell.
/// Shell requests run one at a time; control requests (interrupt, shutdown) have their own queue, so they are answered
/// even during a long cell. Transport is <see cref="KernelSockets"/>; cells run in <see cref="CellInterpreter"/>.
/// </summary>
internal sealed partial class KernelProtocol
{
    private readonly KernelIdentity _identity;
    private readonly CellInterpreter _interpreter;
    private readonly Action<KernelChannel, JupyterMessage> _send;
    private readonly TextWriter _log;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly Channel<QueuedRequest> _shellQueue = Channel.CreateUnbounded<QueuedRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<JupyterMessage> _controlQueue = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource<bool> _shutdown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IReadOnlyDictionary<string, Func<JupyterMessage, Task>> _shellHandlers;
    private readonly IReadOnlyDictionary<string, Func<JupyterMessage, Task>> _controlHandlers;
    private int _executionCount;
    private long _received;
    private long _abortThrough;

    public KernelProtocol(KernelIdentity identity, CellInterpreter interpreter, Action<KernelChannel, JupyterMessage> send, TextWriter log)
    {
        _identity = identity;
        _interpreter = interpreter;
        _send = send;
        _log = log;
        _shellHandlers = new Dictionary<string, Func<JupyterMessage, Task>>(StringComparer.Ordinal)
        {
            ["execute_request"] = ExecuteAsync,
            ["complete_request"] = CompleteAsync,
            ["inspect_request"] = InspectAsync,
            ["is_complete_request"] = Now(m => Reply(KernelChannel.Shell, m, new JsonContent("is_complete_reply", LanguageRequests.IsComplete(m.Text("code"))))),
            ["comm_info_request"] = Now(m => Reply(KernelChannel.Shell, m, new CommInfoReply())),
            ["history_request"] = Now(m => Reply(KernelChannel.Shell, m, new HistoryReply())),
            ["shutdown_request"] = Now(m => Shutdown(KernelChannel.Shell, m)),
            // No comm targets (widgets are not supported): the spec asks for an immediate comm_close so the front end
            // does not keep a comm the kernel never opened.
            ["comm_open"] = Now(m => Announce(m, new CommClose(m.Text("comm_id")))),
            // To a comm that was closed at its opening.
            ["comm_msg"] = Now(_ => { }),
            ["comm_close"] = Now(_ => { }),
        };
        _controlHandlers = new Dictionary<string, Func<JupyterMessage, Task>>(StringComparer.Ordinal)
        {
            ["interrupt_request"] = async m => Reply(KernelChannel.Control, m, new InterruptReply(await _interpreter.InterruptAsync())),
            ["shutdown_request"] = Now(m => Shutdown(KernelChannel.Control, m)),
        };
    }

    /// <summary>Completes with the restart flag of the shutdown request that ended the session.</summary>
    public Task<bool> ShutdownRequested => _shutdown.Task;

    /// <summary>Runs the shell and control loops until <see cref="Stop"/>.</summary>
    public Task RunAsync() =>
        Task.WhenAll(Task.Run(ShellLoopAsync, CancellationToken.None), Task.Run(ControlLoopAsync, CancellationToken.None));

    /// <summary>Ends the loops once the requests already queued are handled.</summary>
    public void Stop()
    {
        _shellQueue.Writer.TryComplete();
        _controlQueue.Writer.TryComplete();
    }

    /// <summary>Called on the socket thread for every message that arrives verified.</summary>
    public void OnMessage(KernelChannel channel, JupyterMessage message)
    {
        switch (channel, message.MsgType)
        {
            case (_, "kernel_info_request"):
                // Clients repeat kernel_info until they see iopub traffic, so it is answered at once with busy/idle.
                Announce(message, KernelStatus.Busy);
                Reply(channel, message, new JsonContent("kernel_info_reply", _identity.KernelInfoReply()));
                Announce(message, KernelStatus.Idle);
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
            Announce(message, KernelStatus.Busy);
            try
            {
                if (message.MsgType == "execute_request" && sequence <= Interlocked.Read(ref _abortThrough))
                {
                    // Run All queues every cell at once; after an error the ones already queued are answered, not run (as ipykernel does).
                    Reply(KernelChannel.Shell, message, new ExecuteAborted());
                    continue;
                }

                await DispatchAsync(_shellHandlers, "shell", message);
            }
            catch (Exception e)
            {
                _log.WriteLine($"jupyter: {message.MsgType} failed: {e}");
            }
            finally
            {
                Announce(message, KernelStatus.Idle);
            }
        }
    }

    private async Task ControlLoopAsync()
    {
        await foreach (var message in _controlQueue.Reader.ReadAllAsync())
        {
            try
            {
                await DispatchAsync(_controlHandlers, "control", message);
            }
            catch (Exception e)
            {
                _log.WriteLine($"jupyter: control {message.MsgType} failed: {e}");
            }
        }
    }

    private Task DispatchAsync(IReadOnlyDictionary<string, Func<JupyterMessage, Task>> handlers, string channel, JupyterMessage message)
    {
        if (handlers.TryGetValue(message.MsgType, out var handle))
        {
            return handle(message);
        }

        _log.WriteLine($"jupyter: unknown {channel} message type '{message.MsgType}' ignored.");
        return Task.CompletedTask;
    }

    /// <summary>A handler that answers without waiting for anything.</summary>
    private static Func<JupyterMessage, Task> Now(Action<JupyterMessage> handle) => m =>
    {
        handle(m);
        return Task.CompletedTask;
    };

    private readonly record struct QueuedRequest(long Sequence, JupyterMessage Message);
}
