using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workspace.Testing;

namespace Workspace.Tests;

/// <summary>
/// The kernel VS Code starts, started exactly as .vscode/settings.json says, driven over stdio with the protocol's JSON
/// envelopes: kernel info, a NuGet reference, every code cell of an analysis notebook (library, data, charts), a failing
/// cell and a clean shutdown.
/// </summary>
[Collection(MainCommandCollection.Name)] // the main command builds the kernel the settings point at; run after it
public sealed class VsCodeKernelTests(MainCommandFixture run)
{
    private static string[] SettingsCommandLine(string workingDir)
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".vscode", "settings.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var dotnet = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        return settings["dotnet-interactive.kernelTransportArgs"]!.AsArray()
            .Select(a => a!.GetValue<string>().Replace("{dotnet_path}", dotnet).Replace("{working_dir}", workingDir))
            .ToArray();
    }

    private sealed class KernelProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private int _next;
        public StringBuilder Errors { get; } = new();

        public KernelProcess(string[] commandLine, string workingDir)
        {
            var psi = new ProcessStartInfo(commandLine[0])
            {
                WorkingDirectory = workingDir, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8, StandardInputEncoding = new UTF8Encoding(false),
            };
            foreach (var a in commandLine.Skip(1)) psi.ArgumentList.Add(a);
            _process = Process.Start(psi)!;
            _process.ErrorDataReceived += (_, e) => { lock (Errors) Errors.AppendLine(e.Data); };
            _process.BeginErrorReadLine();
        }

        public async Task<JsonObject> NextEventAsync(TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            while (true)
            {
                var line = await _process.StandardOutput.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("kernel closed stdout: " + Errors);
                if (line.Length > 0 && JsonNode.Parse(line) is JsonObject o && o["eventType"] is not null) return o;
            }
        }

        /// <summary>Sends a command envelope and returns its events up to and including CommandSucceeded or CommandFailed.</summary>
        public async Task<List<JsonObject>> SendAsync(string commandType, JsonObject command, TimeSpan? timeout = null)
        {
            var token = $"test-{++_next}";
            var envelope = new JsonObject { ["commandType"] = commandType, ["command"] = command, ["token"] = token };
            await _process.StandardInput.WriteLineAsync(envelope.ToJsonString());
            await _process.StandardInput.FlushAsync();
            var events = new List<JsonObject>();
            while (true)
            {
                var e = await NextEventAsync(timeout ?? TimeSpan.FromMinutes(2));
                var eventToken = e["command"]?["token"]?.GetValue<string>();
                if (eventToken is null || !(eventToken == token || eventToken.StartsWith(token + ".", StringComparison.Ordinal))) continue;
                events.Add(e);
                if (eventToken == token && e["eventType"]!.GetValue<string>() is "CommandSucceeded" or "CommandFailed") return events;
            }
        }

        public Task<List<JsonObject>> SubmitAsync(string code, TimeSpan? timeout = null) =>
            SendAsync("SubmitCode", new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" }, timeout);

        public async Task<int> QuitAsync()
        {
            await _process.StandardInput.WriteLineAsync(new JsonObject { ["commandType"] = "Quit", ["command"] = new JsonObject(), ["token"] = "quit" }.ToJsonString());
            await _process.StandardInput.FlushAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(cts.Token);
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    private static string Type(JsonObject e) => e["eventType"]!.GetValue<string>();

    private static string Describe(IEnumerable<JsonObject> events) =>
        string.Join("\n", events.Select(e => { var s = e.ToJsonString(); return s[..Math.Min(400, s.Length)]; }));

    [BrowserFact]
    public async Task A_notebook_runs_through_the_kernel_the_settings_launch()
    {
        Assert.True(run.ExitCode == 0, run.Output);
        Launcher.EnsurePublished(); // the settings launch what ./workspace publishes
        var notebooks = Path.Combine(RepositoryPaths.Root, "notebooks");
        var started = Stopwatch.StartNew();
        await using var kernel = new KernelProcess(SettingsCommandLine(notebooks), notebooks);

        var ready = await kernel.NextEventAsync(TimeSpan.FromMinutes(1));
        Assert.Equal("KernelReady", Type(ready));
        var names = ready["event"]!["kernelInfos"]!.AsArray().Select(k => k!["localName"]!.GetValue<string>()).ToArray();
        Assert.Contains("csharp", names);
        Assert.Contains("markdown", names);

        var info = await kernel.SendAsync("RequestKernelInfo", new JsonObject { ["targetKernelName"] = "csharp" });
        Assert.Equal("CommandSucceeded", Type(info[^1]));
        Assert.Contains(info, e => Type(e) == "KernelInfoProduced");
        Console.WriteLine($"stdio kernel: first answered command {started.Elapsed.TotalSeconds:0.00} s after launch");

        var nuget = await kernel.SubmitAsync("#r \"nuget: Sep, 0.17.1\"\nnietras.SeparatedValues.Sep.New(',').Separator", TimeSpan.FromMinutes(4));
        Assert.True(Type(nuget[^1]) == "CommandSucceeded", Describe(nuget) + kernel.Errors);

        var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(notebooks, "01-gdp-race.ipynb")))!["cells"]!.AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .Select(c => string.Concat(c!["source"]!.AsArray().Select(l => l!.GetValue<string>())))
            .ToArray();
        var charts = 0;
        foreach (var (code, index) in cells.Select((c, i) => (c, i + 1)))
        {
            var events = await kernel.SubmitAsync(code);
            Assert.True(Type(events[^1]) == "CommandSucceeded", $"cell {index} failed:\n{Describe(events)}\n{kernel.Errors}");
            foreach (var e in events.Where(e => Type(e) is "DisplayedValueProduced" or "ReturnValueProduced"))
            {
                var values = e["event"]!["formattedValues"]!.AsArray().ToDictionary(v => v!["mimeType"]!.GetValue<string>(), v => v!["value"]!.GetValue<string>());
                if (!values.TryGetValue("text/html", out var html) || !html.Contains("nr-chart", StringComparison.Ordinal)) continue;
                charts++;
                // Offline: nothing is loaded from elsewhere (plotly.js, inlined once, merely mentions CDN addresses in strings).
                Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)\s*=\s*[""']?(https?:)?//", html);
                // The chart shows from its HTML at once; its PNG, drawn meanwhile, comes in an update before the cell ends.
                var id = e["event"]!["valueId"]!.GetValue<string>();
                var update = events.Single(u => Type(u) == "DisplayedValueUpdated" && u["event"]!["valueId"]!.GetValue<string>() == id);
                var png = update["event"]!["formattedValues"]!.AsArray().Single(v => v!["mimeType"]!.GetValue<string>() == "image/png")!["value"]!.GetValue<string>();
                Assert.StartsWith("iVBORw0KGgo", png);
            }
        }
        Assert.True(charts >= 3, $"expected the notebook's charts, saw {charts}");

        var failing = await kernel.SubmitAsync("throw new InvalidOperationException(\"cell failed on purpose\");");
        Assert.Equal("CommandFailed", Type(failing[^1]));
        Assert.Contains("cell failed on purpose", failing[^1]["event"]!["message"]!.GetValue<string>());

        Assert.Equal(0, await kernel.QuitAsync());
    }
}
