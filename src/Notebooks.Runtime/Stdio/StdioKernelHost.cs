using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Connection;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Stdio;

internal sealed class StdioOptions
{
    public string? WorkingDirectory { get; init; }

    public string DefaultKernelName { get; init; } = "csharp";

    /// <summary>The host name announced in kernel URIs (kernel://name); default kernel://pid-&lt;process id&gt;, as the stock tool.</summary>
    public string? KernelHostName { get; init; }

    /// <summary>Libraries referenced and namespaces imported before the first cell.</summary>
    public KernelPreload Preload { get; init; } = KernelPreload.None;

    /// <summary>Text the font check draws besides each chart's text (see WorkspaceKernelOptions.FontSample).</summary>
    public string FontSample { get; init; } = "";
}

/// <summary>
/// Runs the workspace kernel over stdin/stdout with the protocol of the stock `dotnet-interactive stdio`:
/// one JSON command or event envelope per line, a KernelReady event listing the kernels on start,
/// kernel names "csharp" (aliases "c#", "C#"), "markdown" and "value", Quit to stop. Logs go to stderr.
/// </summary>
internal static class StdioKernelHost
{
    public static async Task<int> RunAsync(StdioOptions options, TextReader input, TextWriter output, TextWriter diagnostics, CancellationToken ct = default)
    {
        if (options.WorkingDirectory is { } workingDirectory)
        {
            if (!Directory.Exists(workingDirectory))
            {
                await diagnostics.WriteLineAsync($"--working-dir: folder not found: {workingDirectory}");
                return 2;
            }

            Environment.CurrentDirectory = Path.GetFullPath(workingDirectory);
        }

        await using var images = SupervisedBrowser.TryCreate(diagnostics.WriteLine);
        // Start the browser while the kernel and compiler warm up, so the first chart does not wait for it.
        _ = images?.WarmUpAsync(ct);
        using var deferred = new DeferredImages();
        using var kernel = await WorkspaceKernel.CreateAsync(
            new WorkspaceKernelOptions
            {
                Images = images,
                DefaultKernelName = options.DefaultKernelName,
                Preload = options.Preload,
                FontSample = options.FontSample,
                // The PNG is drawn while the chart already shows from its HTML (see DeferredImageSender); an SVG
                // beside it would be drawn inside the cell and hold the chart back, and a saved notebook needs one image.
                DeferredImages = images is null ? null : deferred,
                ChartOutputs = ChartOutputs.Html | ChartOutputs.Png,
            },
            ct: ct);

        var eofReader = new EndOfInputReader(input);
        // Events are published from several threads. The sender awaits StreamWriter.WriteLineAsync, which throws when a
        // previous write is still running, so a large chart event followed by CommandSucceeded lost the latter.
        // A synchronized writer serializes the writes (the lines themselves must not interleave anyway).
        IKernelCommandAndEventSender sender = KernelCommandAndEventSender.FromTextWriter(TextWriter.Synchronized(output), KernelHost.CreateHostUri("stdio"));
        if (images is not null)
        {
            sender = new DeferredImageSender(sender, deferred);
        }

        var receiver = KernelCommandAndEventReceiver.FromTextReader(eofReader);
        var hostUri = options.KernelHostName is { Length: > 0 } name ? KernelHost.CreateHostUri(name) : KernelHost.CreateHostUriForCurrentProcessId();
        using var host = kernel.UseHost(sender, receiver, hostUri);

        var quit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        kernel.UseQuitCommand(() =>
        {
            quit.TrySetResult();
            return Task.CompletedTask;
        });

        await host.ConnectAsync();
        await Task.WhenAny(quit.Task, eofReader.EndOfInput, Task.Delay(Timeout.Infinite, ct));
        await output.FlushAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>Reads lines synchronously and signals when the client closed stdin.</summary>
    private sealed class EndOfInputReader(TextReader inner) : TextReader
    {
        private readonly TaskCompletionSource _end = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task EndOfInput => _end.Task;

        public override string? ReadLine()
        {
            string? line;
            try
            {
                line = inner.ReadLine();
            }
            catch (ObjectDisposedException)
            {
                line = null;
            }

            if (line is null)
            {
                _end.TrySetResult();
                Thread.Sleep(Timeout.Infinite); // the receiver loops on null; park its thread, the process is ending
            }

            return line;
        }

        public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

        public override int Peek() => inner.Peek();

        public override int Read() => inner.Read();
    }
}
