using System.Globalization;
using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Headers of the messages the kernel sends.</summary>
internal static class MessageHeaders
{
    public const string ProtocolVersion = "5.3";

    public static JsonObject Create(string msgType, string session, DateTimeOffset now) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"),
        ["session"] = session,
        ["username"] = "kernel",
        ["date"] = FormatDate(now),
        ["msg_type"] = msgType,
        ["version"] = ProtocolVersion,
    };

    /// <summary>
    /// ISO 8601 in UTC with exactly six fractional digits: .NET's "o" writes seven, which jupyter_client's date
    /// parser rejects.
    /// </summary>
    public static string FormatDate(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
