using System.Collections;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Platform;
using Plotly.NET;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// The workspace's formatters: offline Plotly charts with static images, DataFrames and record sequences as tables.
/// Formatters are process-wide in .NET Interactive, so the active kernel session's settings live here.
/// </summary>
public static class WorkspaceFormatters
{
    private static readonly object Sync = new();
    private static ChartSession _session = new(new WorkspaceKernelOptions());
    private static bool _registered;
    private static ITypeFormatter[] _defaultHtmlFormatters = [];

    /// <summary>Starts a new session (a new document or kernel): plotly.js is inlined again, ids restart.</summary>
    public static void BeginSession(WorkspaceKernelOptions options)
    {
        lock (Sync)
        {
            _session = new ChartSession(options);
            if (!_registered)
            {
                Register();
                _registered = true;
            }

            Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), ChartMimeTypes(options));
            Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), "text/html", "text/plain");
        }
    }

    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The chart MIME types in order of preference; static images only where a renderer exists.</summary>
    public static string[] ChartMimeTypes(WorkspaceKernelOptions options)
    {
        var wanted = options.ChartOutputs;
        if (options.Images is null)
        {
            wanted &= ~(ChartOutputs.Png | ChartOutputs.Svg);
        }

        var types = new List<string>();
        if (wanted.HasFlag(ChartOutputs.PlotlyJson))
        {
            types.Add(PlotlyMimeType);
        }

        if (wanted.HasFlag(ChartOutputs.Html))
        {
            types.Add("text/html");
        }

        if (wanted.HasFlag(ChartOutputs.Svg))
        {
            types.Add("image/svg+xml");
        }

        if (wanted.HasFlag(ChartOutputs.Png))
        {
            types.Add("image/png");
        }

        types.Add("text/plain");
        return types.ToArray();
    }

    private static void Register()
    {
        _defaultHtmlFormatters = Formatter.RegisteredFormatters(includeDefaults: true)
            .Where(f => f.MimeType == HtmlFormatter.MimeType)
            .ToArray();

        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(Session.Html(value));
            return true;
        }, "text/html");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(PlotlyFigure.ToJson(value));
            return true;
        }, PlotlyMimeType);
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(Session.Svg(value));
            return true;
        }, "image/svg+xml");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(Session.PngBase64(value));
            return true;
        }, "image/png");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(ChartSummary(value));
            return true;
        }, "text/plain");

        Formatter.Register<DataFrame>((value, context) =>
        {
            context.Writer.Write(DataFrameHtml(value, Session.Options.MaxTableRows));
            return true;
        }, "text/html");
        Formatter.Register<DataFrame>((value, context) =>
        {
            context.Writer.Write(DataFrameText(value, Session.Options.MaxTableRows));
            return true;
        }, "text/plain");

        Formatter.Register(typeof(IEnumerable<>), (value, context) =>
        {
            if (value is IEnumerable sequence && HtmlTable.RecordElementType(value.GetType()) is { } element)
            {
                context.Writer.Write(RecordsHtml(sequence, element, Session.Options.MaxTableRows));
                return true;
            }

            return FormatWithDefault(value, context);
        }, "text/html");
    }

    private static ChartSession Session
    {
        get
        {
            lock (Sync)
            {
                return _session;
            }
        }
    }

    private static bool FormatWithDefault(object value, FormatContext context)
    {
        if (value is string s)
        {
            context.Writer.Write(System.Net.WebUtility.HtmlEncode(s));
            return true;
        }

        var type = value.GetType();
        var candidates = _defaultHtmlFormatters.Where(f => f.Type.IsAssignableFrom(type) || IsGenericMatch(f.Type, type)).ToList();
        var best = candidates.FirstOrDefault(c => candidates.All(o => o == c || IsMoreSpecificOrEqual(c.Type, o.Type)));
        best ??= candidates.FirstOrDefault();
        if (best is null)
        {
            context.Writer.Write(System.Net.WebUtility.HtmlEncode(value.ToString()));
            return true;
        }

        return best.Format(value, context);
    }

    private static bool IsGenericMatch(Type formatterType, Type actual) =>
        formatterType.IsGenericTypeDefinition &&
        actual.GetInterfaces().Append(actual).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == formatterType);

    private static bool IsMoreSpecificOrEqual(Type a, Type b) =>
        b.IsAssignableFrom(a) || (b.IsGenericTypeDefinition && !a.IsGenericTypeDefinition && IsGenericMatch(b, a)) || a == b ||
        (b == typeof(object));

    /// <summary>A chart's text/plain: its description where it has one (also its image's alt text), else what it draws.</summary>
    public static string ChartSummary(GenericChart chart)
    {
        if (PlotlyFigure.Description(PlotlyFigure.ToJson(chart)) is { } description)
        {
            return description;
        }

        var traces = GenericChart.getTraces(chart).Select(t => t.type).ToArray();
        return $"Plotly chart: {traces.Length} trace(s){(traces.Length > 0 ? " (" + string.Join(", ", traces) + ")" : "")}";
    }

    public static string DataFrameHtml(DataFrame frame, int maxRows)
    {
        var (headers, rows, note) = DataFrameCells(frame, maxRows);
        return HtmlTable.ToHtml(headers, rows, firstColumnIsIndex: true, note);
    }

    public static string DataFrameText(DataFrame frame, int maxRows)
    {
        var (headers, rows, note) = DataFrameCells(frame, maxRows);
        return HtmlTable.ToText(headers, rows, note);
    }

    private static (string[] Headers, List<IReadOnlyList<HtmlTable.Cell>> Rows, string? Note) DataFrameCells(DataFrame frame, int maxRows)
    {
        var headers = frame.Columns.Select(c => c.Name).Prepend("").ToArray();
        var total = frame.Rows.Count;
        var shown = Math.Min(total, Math.Max(0, maxRows));
        var rows = new List<IReadOnlyList<HtmlTable.Cell>>();
        for (long r = 0; r < shown; r++)
        {
            var row = new List<HtmlTable.Cell> { new(r.ToString(System.Globalization.CultureInfo.InvariantCulture), true) };
            foreach (var column in frame.Columns)
            {
                var cell = HtmlTable.ToCell(column[r]);
                row.Add(column[r] is not null && HtmlTable.IsNumericType(column.DataType) ? cell with { Numeric = true } : cell);
            }

            rows.Add(row);
        }

        var note = shown < total ? $"{shown} of {total} rows shown" : $"{total} rows × {frame.Columns.Count} columns";
        return (headers, rows, note);
    }

    public static string RecordsHtml(IEnumerable sequence, Type elementType, int maxRows)
    {
        var properties = HtmlTable.RecordProperties(elementType);
        var rows = new List<IReadOnlyList<HtmlTable.Cell>>();
        var total = 0;
        foreach (var item in sequence)
        {
            total++;
            if (rows.Count >= maxRows)
            {
                continue;
            }

            var row = new List<HtmlTable.Cell>(properties.Count);
            foreach (var property in properties)
            {
                object? value;
                try
                {
                    value = item is null ? null : property.GetValue(item);
                }
                catch (Exception e)
                {
                    value = $"<{(e.InnerException ?? e).GetType().Name}>";
                }

                var cell = HtmlTable.ToCell(value);
                row.Add(value is not null && HtmlTable.IsNumericType(property.PropertyType) ? cell with { Numeric = true } : cell);
            }

            rows.Add(row);
        }

        var note = rows.Count < total ? $"{rows.Count} of {total} rows shown" : null;
        return HtmlTable.ToHtml(properties.Select(p => p.Name).ToArray(), rows, firstColumnIsIndex: false, note);
    }

    /// <summary>State of one kernel session or document: chart counter, whether plotly.js was emitted, image cache.</summary>
    private sealed class ChartSession(WorkspaceKernelOptions options)
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

            var fonts = await WithTimeoutAsync(t => CjkFontCheck.CheckFiguresAsync(RequireImages(), [json], t), ct);
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
}
