using System.Text;
using NetMQ;
using NetMQ.Sockets;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Binds the kernel's sockets and owns them on one poller thread: NetMQ sockets are not thread-safe, so every
/// receive and every send happens on that thread, and other threads hand outgoing messages over through a queue.
/// Frames of two messages can therefore never interleave. The heartbeat is echoed on the same thread.
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private readonly RouterSocket _shell = new();
    private readonly RouterSocket _control = new();
    private readonly RouterSocket _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQQueue<Outgoing> _outgoing = new();
    private readonly NetMQPoller _poller;
    private readonly MessageSigner _signer;
    private readonly Action<KernelChannel, JupyterMessage> _onMessage;
    private readonly TextWriter _log;
    private int _heartbeats;

    public KernelSockets(ConnectionInfo connection, Action<KernelChannel, JupyterMessage> onMessage, TextWriter log)
    {
        _signer = new MessageSigner(connection.Key);
        _onMessage = onMessage;
        _log = log;
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
        {
            socket.Options.Linger = TimeSpan.FromSeconds(1);
        }

        _shell.Bind(connection.Endpoint(connection.ShellPort));
        _control.Bind(connection.Endpoint(connection.ControlPort));
        _stdin.Bind(connection.Endpoint(connection.StdinPort));
        _iopub.Bind(connection.Endpoint(connection.IopubPort));
        _heartbeat.Bind(connection.Endpoint(connection.HeartbeatPort));

        _shell.ReceiveReady += (_, e) => Receive(KernelChannel.Shell, e.Socket);
        _control.ReceiveReady += (_, e) => Receive(KernelChannel.Control, e.Socket);
        _stdin.ReceiveReady += (_, e) => Receive(KernelChannel.Stdin, e.Socket);
        _heartbeat.ReceiveReady += (_, e) =>
        {
            e.Socket.SendMultipartBytes(e.Socket.ReceiveMultipartBytes());
            Interlocked.Increment(ref _heartbeats);
        };
        _outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                if (item.Frames is { } frames)
                {
                    SocketFor(item.Channel).SendMultipartBytes(frames);
                }

                item.Sent?.Invoke();
            }
        };
        _poller = new NetMQPoller { _shell, _control, _stdin, _heartbeat, _outgoing };
    }

    public MessageSigner Signer => _signer;

    /// <summary>Heartbeat pings answered so far.</summary>
    public int Heartbeats => Volatile.Read(ref _heartbeats);

    public void Start() => _poller.RunAsync("jupyter-sockets");

    /// <summary>Queues a message for sending; safe from any thread. Messages go out in the order queued.</summary>
    public void Send(KernelChannel channel, JupyterMessage message)
    {
        var frames = WireCodec.Encode(message, _signer);
        _outgoing.Enqueue(new Outgoing(channel, frames, null));
    }

    /// <summary>Waits until every message queued so far has been handed to its socket.</summary>
    public void Flush(TimeSpan timeout)
    {
        using var done = new ManualResetEventSlim();
        _outgoing.Enqueue(new Outgoing(KernelChannel.Iopub, null, done.Set));
        done.Wait(timeout);
    }

    private NetMQSocket SocketFor(KernelChannel channel) => channel switch
    {
        KernelChannel.Shell => _shell,
        KernelChannel.Control => _control,
        KernelChannel.Stdin => _stdin,
        KernelChannel.Iopub => _iopub,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "the heartbeat only echoes"),
    };

    private void Receive(KernelChannel channel, NetMQSocket socket)
    {
        var frames = socket.ReceiveMultipartBytes();
        JupyterMessage message;
        try
        {
            message = WireCodec.Decode(frames, _signer);
        }
        catch (InvalidMessageException e)
        {
            // Never executed, never answered: a client that cannot sign is not a client of this kernel.
            _log.WriteLine($"jupyter: dropped a {channel} message: {e.Message}");
            return;
        }

        try
        {
            _onMessage(channel, message);
        }
        catch (Exception e)
        {
            _log.WriteLine($"jupyter: {channel} {message.MsgType} failed: {e}");
        }
    }

    public void Dispose()
    {
        if (_poller.IsRunning)
        {
            _poller.Stop();
        }

        _poller.Dispose();
        foreach (var socket in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat })
        {
            socket.Dispose();
        }

        _outgoing.Dispose();
    }

    private sealed record Outgoing(KernelChannel Channel, List<byte[]>? Frames, Action? Sent);

    internal static byte[] Topic(string msgType) => Encoding.ASCII.GetBytes("kernel." + msgType);
}
