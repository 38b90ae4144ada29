using System.Reflection;
using System.Text.Json.Nodes;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Who the kernel says it is: the kernel_info_reply and the kernelspec share these names.</summary>
public sealed record KernelIdentity(string Name, string DisplayName, string Banner)
{
    public const string Language = "C#";

    public static string ImplementationVersion =>
        typeof(KernelIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public JsonObject KernelInfoReply() => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageHeaders.ProtocolVersion,
        ["implementation"] = Name,
        ["implementation_version"] = ImplementationVersion,
        ["language_info"] = new JsonObject
        {
            ["name"] = Language,
            ["version"] = "latest",
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = Banner,
        ["help_links"] = new JsonArray(),
        ["debugger"] = false,
    };
}
