using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>One message of the Jupyter messaging protocol, with the ROUTER identities it came from (or goes to).</summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content,
    IReadOnlyList<byte[]> Buffers)
{
    public string MsgType => (string?)Header["msg_type"] ?? "";

    public string MsgId => (string?)Header["msg_id"] ?? "";

    public string Session => (string?)Header["session"] ?? "";

    public string Text(string name, string fallback = "") =>
        Content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;

    public bool Flag(string name, bool fallback = false) =>
        Content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    public int Number(string name, int fallback = 0) =>
        Content[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : fallback;
}
