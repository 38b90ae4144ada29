using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// The content of a message the kernel sends, with its msg_type: the protocol core builds records, so a reply
/// cannot be sent under the wrong type or with a misspelt field; the JSON is made only at the wire.
/// </summary>
internal interface IMessageContent
{
    string MsgType { get; }

    JsonObject ToJson();
}

/// <summary>A reply whose content another component already builds as JSON (kernel_info, completion, inspection).</summary>
internal sealed record JsonContent(string MsgType, JsonObject Content) : IMessageContent
{
    public JsonObject ToJson() => Content;
}

/// <summary>iopub status: busy before a request is handled, idle after.</summary>
internal sealed record KernelStatus(string ExecutionState) : IMessageContent
{
    public static KernelStatus Busy { get; } = new("busy");

    public static KernelStatus Idle { get; } = new("idle");

    public string MsgType => "status";

    public JsonObject ToJson() => new() { ["execution_state"] = ExecutionState };
}

internal sealed record ExecuteInput(string Code, int ExecutionCount) : IMessageContent
{
    public string MsgType => "execute_input";

    public JsonObject ToJson() => new() { ["code"] = Code, ["execution_count"] = ExecutionCount };
}

/// <summary>The reply to a cell that ran: "ok", or "error" with the cell's first error.</summary>
internal sealed record ExecuteReply(int ExecutionCount, ErrorContent? Error) : IMessageContent
{
    public string MsgType => "execute_reply";

    public JsonObject ToJson()
    {
        if (Error is null)
        {
            return new JsonObject { ["status"] = "ok", ["execution_count"] = ExecutionCount, ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject() };
        }

        var content = Error.ToJson();
        content["status"] = "error";
        content["execution_count"] = ExecutionCount;
        return content;
    }
}

/// <summary>The reply to a queued cell that was not run because an earlier one failed (stop_on_error).</summary>
internal sealed record ExecuteAborted : IMessageContent
{
    public string MsgType => "execute_reply";

    public JsonObject ToJson() => new() { ["status"] = "aborted" };
}

internal sealed record CommClose(string CommId) : IMessageContent
{
    public string MsgType => "comm_close";

    public JsonObject ToJson() => new() { ["comm_id"] = CommId, ["data"] = new JsonObject() };
}

/// <summary>This kernel has no comms (widgets are not supported).</summary>
internal sealed record CommInfoReply : IMessageContent
{
    public string MsgType => "comm_info_reply";

    public JsonObject ToJson() => new() { ["status"] = "ok", ["comms"] = new JsonObject() };
}

/// <summary>This kernel keeps no history across sessions.</summary>
internal sealed record HistoryReply : IMessageContent
{
    public string MsgType => "history_reply";

    public JsonObject ToJson() => new() { ["status"] = "ok", ["history"] = new JsonArray() };
}

internal sealed record ShutdownReply(bool Restart) : IMessageContent
{
    public string MsgType => "shutdown_reply";

    public JsonObject ToJson() => new() { ["status"] = "ok", ["restart"] = Restart };
}

/// <summary>"ok", or "error" when the interrupted cell does not stop (the front end then offers a restart).</summary>
internal sealed record InterruptReply(ErrorContent? Error) : IMessageContent
{
    public string MsgType => "interrupt_reply";

    public JsonObject ToJson()
    {
        if (Error is null)
        {
            return new JsonObject { ["status"] = "ok" };
        }

        var content = Error.ToJson();
        content["status"] = "error";
        return content;
    }
}

/// <summary>The content of an error message and of an execute_reply with status "error".</summary>
internal sealed record ErrorContent(string Name, string Value, IReadOnlyList<string> Traceback) : IMessageContent
{
    public string MsgType => "error";

    public JsonObject ToJson() => new()
    {
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray(Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };
}

/// <summary>What an execute_request asks; the defaults are the messaging spec's.</summary>
internal sealed record ExecuteRequest(string Code, bool Silent, bool StoreHistory, bool StopOnError)
{
    public static ExecuteRequest From(JupyterMessage message)
    {
        var silent = message.Flag("silent");
        return new ExecuteRequest(message.Text("code"), silent, !silent && message.Flag("store_history", true), message.Flag("stop_on_error", true));
    }
}

/// <summary>The code and cursor (in code points) of a complete_request or inspect_request.</summary>
internal sealed record CodeAtCursor(string Code, int CursorPos)
{
    public static CodeAtCursor From(JupyterMessage message) => new(message.Text("code"), message.Number("cursor_pos"));
}
