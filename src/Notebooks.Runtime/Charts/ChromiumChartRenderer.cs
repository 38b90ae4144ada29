using PuppeteerSharp;

namespace Notebooks.Runtime.Charts;

/// <summary>
/// One headless Chromium (driven by PuppeteerSharp, never downloaded) with one page that loaded the bundled
/// plotly.js once; each call runs Plotly.toImage in that page. Calls are serialized, so the renderer is thread-safe.
/// Math.random is reseeded before every call so plotly's generated ids, and so the SVG, are reproducible.
/// </summary>
internal sealed class ChromiumChartRenderer : IChartImageRenderer
{
    private const string PageHtml =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>";

    private const string SeedRandom = """
            let seed = 20250214;
            Math.random = function () {
                seed |= 0; seed = seed + 0x6D2B79F5 | 0;
                let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
                t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
                return ((t ^ t >>> 14) >>> 0) / 4294967296;
            };
        """;

    private const string RenderFunction = """
        async (figureJson, format, width, height, scale) => {
        """ + SeedRandom + """
            const figure = JSON.parse(figureJson);
            const gd = document.createElement('div');
            document.body.appendChild(gd);
            try {
                await Plotly.newPlot(gd, figure.data || [], figure.layout || {}, Object.assign({}, figure.config || {}, { staticPlot: true }));
                return await Plotly.toImage(gd, { format: format, width: width, height: height, scale: scale });
            } finally {
                Plotly.purge(gd);
                gd.remove();
            }
        }
        """;

    // Printing needs the plot in the page itself (toImage draws off-page): it is drawn alone at the print size, printed,
    // and removed, so the PDF holds plotly's own SVG as vector paths and text with the fonts embedded.
    private const string DrawForPrintFunction = """
        async (figureJson, width, height) => {
        """ + SeedRandom + """
            const figure = JSON.parse(figureJson);
            const gd = document.createElement('div');
            gd.id = 'nr-print';
            document.body.style.margin = '0';
            document.body.appendChild(gd);
            const layout = Object.assign({}, figure.layout || {}, { width: width, height: height, autosize: false });
            await Plotly.newPlot(gd, figure.data || [], layout, Object.assign({}, figure.config || {}, { staticPlot: true, responsive: false }));
            return 'drawn';
        }
        """;

    private const string RemovePrintFunction = """
        () => {
            const gd = document.getElementById('nr-print');
            if (gd) { Plotly.purge(gd); gd.remove(); }
            document.body.style.margin = '';
            return 'removed';
        }
        """;

    // V8 collects the page's garbage lazily: over a full reproduction (about 150 renders) the renderer grew from 130 to
    // 250 MB. A full collection costs about 10 ms; one per 4 renders keeps the page near its starting size (forced
    // reproduction peaked at 732 MB instead of 796 MB) for a few tenths of a second in all, where one per render cost a second.
    private const int RendersPerCollection = 4;

    private readonly ChromiumProcess _chromium;
    private readonly IPage _page;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _disposed;
    private int _rendersSinceCollection;

    private ChromiumChartRenderer(ChromiumProcess chromium, IPage page)
    {
        _chromium = chromium;
        _page = page;
    }

    /// <summary>The guardian of the browser process (tests use it to check that nothing outlives its owner).</summary>
    public ChromiumProcess Process => _chromium;

    /// <summary>Launches Chromium (see <see cref="ChromiumProcess"/>: it cannot outlive this process) and loads plotly.js once.</summary>
    public static async Task<ChromiumChartRenderer> LaunchAsync(string chromiumPath, CancellationToken ct = default)
    {
        var chromium = await ChromiumProcess.LaunchAsync(chromiumPath, ct);
        try
        {
            // The tab the browser opened at start (about:blank) does the work: a second tab would be a second renderer
            // process, about 35 MB more for nothing.
            var pages = await chromium.Browser.PagesAsync().WaitAsync(ct);
            var page = pages.Length > 0 ? pages[0] : await chromium.Browser.NewPageAsync().WaitAsync(ct);
            await page.SetContentAsync(PageHtml).WaitAsync(ct);
            await page.AddScriptTagAsync(new AddTagOptions { Content = PlotlyJs.InlineScriptBody }).WaitAsync(ct);
            var ok = await page.EvaluateExpressionAsync<bool>("typeof Plotly !== 'undefined' && typeof Plotly.toImage === 'function'").WaitAsync(ct);
            if (!ok)
            {
                throw new InvalidOperationException("plotly.js did not load in the Chromium page.");
            }

            return new ChromiumChartRenderer(chromium, page);
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    public async Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default)
    {
        var dataUrl = await RenderAsync(figureJson, "svg", width, height, 1, ct);
        const string prefix = "data:image/svg+xml,";
        if (!dataUrl.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Plotly.toImage did not return an SVG data URL.");
        }

        return WithoutEmptyRootStyle(Uri.UnescapeDataString(dataUrl[prefix.Length..]));
    }

    // plotly's toSVG clears the root's inline background with style.background = "", which leaves style="" on the
    // <svg> element or not depending on whether the plot had set that background yet: CI saw two renders of one figure
    // differ by exactly this attribute. An empty style means nothing, so it goes, and the SVG is the same every time.
    internal static string WithoutEmptyRootStyle(string svg)
    {
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var empty = rootEnd < 0 ? -1 : svg.IndexOf(" style=\"\"", 0, rootEnd, StringComparison.Ordinal);
        return empty < 0 ? svg : svg.Remove(empty, " style=\"\"".Length);
    }

    public async Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default)
    {
        var dataUrl = await RenderAsync(figureJson, "png", width, height, scale, ct);
        var comma = dataUrl.IndexOf(',');
        if (!dataUrl.StartsWith("data:image/png;base64,", StringComparison.Ordinal) || comma < 0)
        {
            throw new InvalidOperationException("Plotly.toImage did not return a PNG data URL.");
        }

        return Convert.FromBase64String(dataUrl[(comma + 1)..]);
    }

    public async Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(figureJson);
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "width and height must be positive.");
        }

        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await _page.EvaluateFunctionAsync<string>(DrawForPrintFunction, figureJson, width, height).WaitAsync(ct);
            try
            {
                var size = new PdfOptions
                {
                    Width = $"{width}px", Height = $"{height}px", PrintBackground = true, PageRanges = "1",
                    MarginOptions = new PuppeteerSharp.Media.MarginOptions { Top = "0", Bottom = "0", Left = "0", Right = "0" },
                };
                return await _page.PdfDataAsync(size).WaitAsync(ct);
            }
            finally
            {
                await _page.EvaluateFunctionAsync<string>(RemovePrintFunction).WaitAsync(ct);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<string> EvaluateAsync(string script, object[] args, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await _page.EvaluateFunctionAsync<string>(script, args).WaitAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<string> RenderAsync(string figureJson, string format, int width, int height, double scale, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(figureJson);
        if (width <= 0 || height <= 0 || scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "width, height and scale must be positive.");
        }

        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var image = await _page.EvaluateFunctionAsync<string>(RenderFunction, figureJson, format, width, height, scale).WaitAsync(ct);
            if (++_rendersSinceCollection >= RendersPerCollection)
            {
                _rendersSinceCollection = 0;
                await _page.Client.SendAsync("HeapProfiler.collectGarbage").WaitAsync(ct);
            }

            return image;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await _chromium.DisposeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
