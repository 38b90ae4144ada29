using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>The stdio kernel driven the way VS Code drives it: a child process, JSON envelopes, one per line.</summary>
public sealed class StdioTests
{
    [BrowserFact]
    public async Task Stdio_kernel_speaks_the_dotnet_interactive_protocol()
    {
        var workingDir = Directory.CreateTempSubdirectory("nr-stdio-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        // As .vscode/settings.json launches it: {dotnet_path} <host> [vscode] stdio --working-dir {working_dir}
        foreach (var arg in new[] { TestRepo.TestAssembly, "[vscode]", "stdio", "--working-dir", workingDir })
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var ready = await ReadEventAsync(process, _ => true);
            Assert.Equal("KernelReady", ready["eventType"]!.GetValue<string>());
            var kernels = ready["event"]!["kernelInfos"]!.AsArray();
            var csharp = kernels.Single(k => k!["localName"]!.GetValue<string>() == "csharp")!;
            Assert.Contains("c#", csharp["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
            Assert.Contains("C#", csharp["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
            Assert.Contains(kernels, k => k!["localName"]!.GetValue<string>() == "markdown");
            Assert.Contains(kernels, k => k!["localName"]!.GetValue<string>() == "value");

            var info = await SendAsync(process, new RequestKernelInfo("csharp"));
            Assert.Equal("CommandSucceeded", info[^1]["eventType"]!.GetValue<string>());
            var produced = info.Single(e => e["eventType"]!.GetValue<string>() == "KernelInfoProduced");
            Assert.Equal("C#", produced["event"]!["kernelInfo"]!["languageName"]!.GetValue<string>());
            var firstAnswer = watch.Elapsed;

            var nuget = await SendAsync(process, new SubmitCode("#r \"nuget: Plotly.NET, 6.0.0\"", "csharp"), TimeSpan.FromMinutes(3));
            Assert.True(nuget[^1]["eventType"]!.GetValue<string>() == "CommandSucceeded", string.Join("\n", nuget.Select(e => e.ToJsonString())));

            var chartEvents = await SendAsync(process, new SubmitCode("""
                using Plotly.NET;
                var trace = new Trace("scatter");
                trace.SetProperty("x", new[] { 1, 2, 3 });
                trace.SetProperty("y", new[] { 2.5, 3.5, 1.0 });
                display(GenericChart.ofTraceObject(true, trace));
                """, "csharp"));
            Assert.True(chartEvents[^1]["eventType"]!.GetValue<string>() == "CommandSucceeded", string.Join("\n", chartEvents.Select(e => e.ToJsonString()[..Math.Min(500, e.ToJsonString().Length)])));
            // The chart shows at once from its HTML; its PNG, drawn meanwhile, follows as an update before the command ends.
            var displayed = chartEvents.Single(e => e["eventType"]!.GetValue<string>() == "DisplayedValueProduced");
            var values = FormattedValues(displayed);
            Assert.Contains("data-notebooks-plotlyjs", values["text/html"]);
            Assert.Contains("class=\"nr-chart\"", values["text/html"]);
            Assert.False(values.ContainsKey("image/png"), "the first display waits for no image");
            Assert.False(values.ContainsKey("image/svg+xml"));
            var updated = chartEvents.Single(e => e["eventType"]!.GetValue<string>() == "DisplayedValueUpdated");
            Assert.Equal(displayed["event"]!["valueId"]!.GetValue<string>(), updated["event"]!["valueId"]!.GetValue<string>());
            Assert.StartsWith("iVBORw0KGgo", FormattedValues(updated)["image/png"]);
            Assert.Contains("<img alt=\"chart\"", FormattedValues(updated)["text/html"]);
            Assert.Contains(FormattedValues(updated)["image/png"], FormattedValues(updated)["text/html"]);
            Assert.DoesNotContain("nr-deferred-image", FormattedValues(updated)["text/html"]);
            Assert.True(chartEvents.IndexOf(updated) < chartEvents.Count - 1);

            var failing = await SendAsync(process, new SubmitCode("throw new InvalidOperationException(\"stdio boom\");", "csharp"));
            var failed = failing[^1];
            Assert.Equal("CommandFailed", failed["eventType"]!.GetValue<string>());
            Assert.Contains("stdio boom", failed["event"]!["message"]!.GetValue<string>());

            await process.StandardInput.WriteLineAsync(KernelCommandEnvelope.Serialize(new Quit()));
            await process.StandardInput.FlushAsync();
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
            Console.WriteLine($"stdio: first answered command after {firstAnswer.TotalSeconds:0.00} s");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            Directory.Delete(workingDir, recursive: true);
        }
    }

    private static Dictionary<string, string> FormattedValues(JsonObject e) =>
        e["event"]!["formattedValues"]!.AsArray().ToDictionary(v => v!["mimeType"]!.GetValue<string>(), v => v!["value"]!.GetValue<string>());

    private static async Task<List<JsonObject>> SendAsync(Process process, KernelCommand command, TimeSpan? timeout = null)
    {
        var json = KernelCommandEnvelope.Serialize(command);
        var token = JsonNode.Parse(json)!["token"]!.GetValue<string>();
        await process.StandardInput.WriteLineAsync(json);
        await process.StandardInput.FlushAsync();
        var events = new List<JsonObject>();
        while (true)
        {
            var e = await ReadEventAsync(process, _ => true, timeout);
            if (e["command"]?["token"]?.GetValue<string>() is not { } eventToken || !eventToken.StartsWith(token, StringComparison.Ordinal))
            {
                continue;
            }

            events.Add(e);
            var type = e["eventType"]!.GetValue<string>();
            if ((type is "CommandSucceeded" or "CommandFailed") && eventToken == token)
            {
                return events;
            }
        }
    }

    private static async Task<JsonObject> ReadEventAsync(Process process, Func<JsonObject, bool> match, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("kernel closed stdout");
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var node = JsonNode.Parse(line)!.AsObject();
            if (node["eventType"] is not null && match(node))
            {
                return node;
            }
        }
    }
}
