using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>The handlers of the dispatch table, and the envelopes of what they send.</summary>
internal sealed partial class KernelProtocol
{
    private async Task ExecuteAsync(JupyterMessage message)
    {
        var request = ExecuteRequest.From(message);
        if (request.StoreHistory)
        {
            _executionCount++;
        }

        var count = _executionCount;
        if (!request.Silent)
        {
            Announce(message, new ExecuteInput(request.Code, count));
        }

        var publisher = new ExecutionPublisher((type, content) => Publish(message, type, content), count, request.Silent, _interpreter.OutputOptions);
        await _interpreter.RunAsync(request.Code, publisher);
        // After a failed cell (stop_on_error, true unless the request says otherwise) every execute request already
        // received is aborted; those sent after the client has seen the error run normally.
        if (publisher.Failure is not null && !request.Silent && request.StopOnError)
        {
            Interlocked.Exchange(ref _abortThrough, Interlocked.Read(ref _received));
        }

        Reply(KernelChannel.Shell, message, new ExecuteReply(count, publisher.Failure));
    }

    private async Task CompleteAsync(JupyterMessage message)
    {
        var request = CodeAtCursor.From(message);
        var reply = await LanguageRequests.CompleteAsync(await _interpreter.Kernel, request.Code, request.CursorPos);
        Reply(KernelChannel.Shell, message, new JsonContent("complete_reply", reply));
    }

    private async Task InspectAsync(JupyterMessage message)
    {
        var request = CodeAtCursor.From(message);
        var reply = await LanguageRequests.InspectAsync(await _interpreter.Kernel, request.Code, request.CursorPos);
        Reply(KernelChannel.Shell, message, new JsonContent("inspect_reply", reply));
    }

    private void Shutdown(KernelChannel channel, JupyterMessage request)
    {
        var reply = new ShutdownReply(request.Flag("restart"));
        Reply(channel, request, reply);
        Announce(request, reply);
        _shutdown.TrySetResult(reply.Restart);
    }

    /// <summary>Publishes on iopub, with <paramref name="parent"/> as the parent header.</summary>
    private void Announce(JupyterMessage parent, IMessageContent content) => Publish(parent, content.MsgType, content.ToJson());

    private void Publish(JupyterMessage parent, string msgType, JsonObject content) =>
        _send(KernelChannel.Iopub, new JupyterMessage(
            [KernelSockets.Topic(msgType)],
            MessageHeaders.Create(msgType, _session, DateTimeOffset.UtcNow),
            parent.Header.DeepClone().AsObject(),
            new JsonObject(),
            content,
            []));

    private void Reply(KernelChannel channel, JupyterMessage request, IMessageContent content) =>
        _send(channel, new JupyterMessage(
            request.Identities,
            MessageHeaders.Create(content.MsgType, _session, DateTimeOffset.UtcNow),
            request.Header.DeepClone().AsObject(),
            new JsonObject(),
            content.ToJson(),
            []));
}
