using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Platform;
using Plotly.NET;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// The chart state of one kernel (one document or kernel session): its settings, chart counter, whether plotly.js was
/// emitted, the image caches and the once-per-session font check. Formatters of several threads share it, hence its gate.
/// </summary>
internal sealed class ChartSession(WorkspaceKernelOptions options)
{
    private readonly object _gate = new();
    private int _counter;
    private bool _plotlyJsEmitted;
    private (string Hash, byte[] Png)? _lastPng;
    private (string Hash, string Svg)? _lastSvg;
    private int _fontsChecked;
    private (string Hash, string Placeholder)? _sharedPlaceholder;

    public WorkspaceKernelOptions Options { get; } = options;

    public string Html(GenericChart chart)
    {
        var json = PlotlyFigure.ToJson(chart);
        var (width, height) = ChartHtml.Size(json, Options.ChartWidth, Options.ChartHeight);
        // With deferred images the HTML's fallback image holds the PNG's placeholder, filled in with the PNG itself.
        var png = Options.Images is null || !Options.ChartOutputs.HasFlag(ChartOutputs.Png) ? null
            : Options.DeferredImages is not null ? SharedPlaceholder(json, width, height)
            : Convert.ToBase64String(PngFor(json, width, height));
        lock (_gate)
        {
            var id = $"plotly-{ChartHtml.Hash(json)}-{++_counter}";
            var includeJs = Options.InlinePlotlyJs && !_plotlyJsEmitted;
            _plotlyJsEmitted |= includeJs;
            return ChartHtml.Build(id, json, width, height, png, includeJs);
        }
    }

    public string Svg(GenericChart chart)
    {
        var json = PlotlyFigure.ToJson(chart);
        var hash = ChartHtml.Hash(json);
        lock (_gate)
        {
            if (_lastSvg is { } cached && cached.Hash == hash)
            {
                return cached.Svg;
            }
        }

        var (width, height) = ChartHtml.Size(json, Options.ChartWidth, Options.ChartHeight);
        CheckFontsOnce(json);
        var svg = Run(ct => RequireImages().RenderSvgAsync(json, width, height, ct));
        lock (_gate)
        {
            _lastSvg = (hash, svg);
        }

        return svg;
    }

    /// <summary>The chart's PNG in base64, or a placeholder for it when images are deferred.</summary>
    public string PngBase64(GenericChart chart)
    {
        var json = PlotlyFigure.ToJson(chart);
        var (width, height) = ChartHtml.Size(json, Options.ChartWidth, Options.ChartHeight);
        if (Options.DeferredImages is not { } deferred)
        {
            return Convert.ToBase64String(PngFor(json, width, height));
        }

        return Options.ChartOutputs.HasFlag(ChartOutputs.Html) ? SharedPlaceholder(json, width, height) : Defer(deferred, json, width, height);
    }

    /// <summary>
    /// The HTML and the image/png of one chart stand for one drawing: whichever is formatted first starts it, the other
    /// takes its placeholder, so the pipeline fills both with one PNG.
    /// </summary>
    private string SharedPlaceholder(string json, int width, int height)
    {
        var hash = ChartHtml.Hash(json);
        lock (_gate)
        {
            if (_sharedPlaceholder is { } shared && shared.Hash == hash)
            {
                _sharedPlaceholder = null;
                return shared.Placeholder;
            }

            var placeholder = Defer(Options.DeferredImages!, json, width, height);
            _sharedPlaceholder = (hash, placeholder);
            return placeholder;
        }
    }

    private string Defer(DeferredImages deferred, string json, int width, int height)
    {
        // The font check is drawn with the image (it waits for the browser too); its warning comes back with it.
        return deferred.Add(async ct =>
        {
            var warning = await FontWarningOnceAsync(json, ct);
            return new DeferredImage(Convert.ToBase64String(await RenderPngAsync(json, width, height, ct)), warning);
        });
    }

    private byte[] PngFor(string json, int width, int height)
    {
        var hash = ChartHtml.Hash(json);
        lock (_gate)
        {
            if (_lastPng is { } cached && cached.Hash == hash)
            {
                return cached.Png;
            }
        }

        CheckFontsOnce(json);
        var png = Run(ct => RenderPngAsync(json, width, height, ct));
        lock (_gate)
        {
            _lastPng = (hash, png);
        }

        return png;
    }

    // Once per session, before its first static image: a chart whose words cannot be drawn gets a warning in the cell
    // output (stderr), naming the font to install. The image is still drawn; the figure export is where it is refused.
    private void CheckFontsOnce(string json)
    {
        var warning = Run(ct => FontWarningOnceAsync(json, ct));
        if (warning is not null && KernelInvocationContext.Current is { } context)
        {
            context.Publish(new StandardErrorValueProduced(context.Command, [new FormattedValue(PlainTextFormatter.MimeType, warning)]));
        }
    }

    private async Task<string?> FontWarningOnceAsync(string json, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _fontsChecked, 1) == 1)
        {
            return null;
        }

        var fonts = await WithTimeoutAsync(t => CjkFontCheck.CheckFiguresAsync(RequireImages(), [json], Options.FontSample, t), ct);
        return !fonts.CanDrawText || fonts.DrawnWithFallbackFont ? $"warning: {CjkFontCheck.Explain(fonts, HostSystem.Current.Os)}\n" : null;
    }

    private IChartImageRenderer RequireImages() =>
        Options.Images ?? throw new InvalidOperationException("No chart image renderer is configured.");

    private Task<byte[]> RenderPngAsync(string json, int width, int height, CancellationToken ct) =>
        WithTimeoutAsync(t => RequireImages().RenderPngAsync(json, width, height, Options.PngScale, t), ct);

    private T Run<T>(Func<CancellationToken, Task<T>> render) =>
        Task.Run(() => WithTimeoutAsync(render, CancellationToken.None)).GetAwaiter().GetResult();

    private async Task<T> WithTimeoutAsync<T>(Func<CancellationToken, Task<T>> render, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(Options.ImageTimeout);
        try
        {
            return await render(cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Rendering a static chart image took longer than {Options.ImageTimeout.TotalSeconds:0} s.");
        }
    }
}
