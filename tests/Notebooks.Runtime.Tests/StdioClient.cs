using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;

namespace Notebooks.Runtime.Tests;

/// <summary>Just enough of the stdio protocol to submit code and wait for its end (see StdioTests for the full check).</summary>
public sealed class StdioClient(Process process)
{
    public async Task WaitForReadyAsync(TimeSpan timeout)
    {
        while ((await ReadEventAsync(timeout))["eventType"]?.GetValue<string>() != "KernelReady")
        {
        }
    }

    /// <summary>Submits C# and returns the final event type (CommandSucceeded or CommandFailed).</summary>
    public async Task<string> SubmitAsync(string code, TimeSpan timeout)
    {
        var json = KernelCommandEnvelope.Serialize(new SubmitCode(code, "csharp"));
        var token = JsonNode.Parse(json)!["token"]!.GetValue<string>();
        await process.StandardInput.WriteLineAsync(json);
        await process.StandardInput.FlushAsync();
        while (true)
        {
            var e = await ReadEventAsync(timeout);
            var type = e["eventType"]?.GetValue<string>();
            if (type is "CommandSucceeded" or "CommandFailed" && e["command"]?["token"]?.GetValue<string>() == token)
            {
                return type;
            }
        }
    }

    private async Task<JsonObject> ReadEventAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("kernel closed stdout");
            if (line.StartsWith('{') && JsonNode.Parse(line) is JsonObject node && node["eventType"] is not null)
            {
                return node;
            }
        }
    }
}
