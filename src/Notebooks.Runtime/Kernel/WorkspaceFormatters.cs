using System.Collections;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Charts;
using Plotly.NET;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// Registers the workspace's formatters: offline Plotly charts with static images, DataFrames and record sequences as
/// tables. Each kernel has its own <see cref="ChartSession"/> (settings, chart ids, image caches); a formatter finds it
/// through the kernel that runs the command being formatted.
/// </summary>
internal static class WorkspaceFormatters
{
    // Formatters are process-wide in .NET Interactive and a formatter is not told which kernel it formats for, so the
    // registration is static and made once, and each kernel's session is looked up from the running command's kernel
    // (the table is thread-safe; sessions go with their kernels). What stays process-wide: the preferred chart MIME
    // types (the last kernel created sets them) and the fallback session for values formatted outside any command.
    // Kernels with different chart outputs must therefore not run side by side in one process; NotebookExecutor runs
    // one notebook at a time anyway (the working directory is process-wide too).
    private static readonly ConditionalWeakTable<Microsoft.DotNet.Interactive.Kernel, ChartSession> Sessions = [];
    private static readonly Lazy<ITypeFormatter[]> Registration = new(Register);
    private static ChartSession _latest = new(new WorkspaceKernelOptions());

    /// <summary>Starts the session of a new kernel (a new document or kernel): plotly.js is inlined again, ids restart.</summary>
    public static void BeginSession(Microsoft.DotNet.Interactive.Kernel kernel, WorkspaceKernelOptions options)
    {
        var session = new ChartSession(options);
        Sessions.AddOrUpdate(kernel, session);
        Volatile.Write(ref _latest, session);
        _ = Registration.Value;
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), ChartMimeTypes(options));
        Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), "text/html", "text/plain");
    }

    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <summary>The chart MIME types in order of preference; static images only where a renderer exists.</summary>
    private static string[] ChartMimeTypes(WorkspaceKernelOptions options)
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

    private static ITypeFormatter[] Register()
    {
        // The defaults as they were before this registration, for the sequences that are not records.
        var defaultHtmlFormatters = Formatter.RegisteredFormatters(includeDefaults: true)
            .Where(f => f.MimeType == HtmlFormatter.MimeType)
            .ToArray();

        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(SessionOf().Html(value));
            return true;
        }, "text/html");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(PlotlyFigure.ToJson(value));
            return true;
        }, PlotlyMimeType);
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(SessionOf().Svg(value));
            return true;
        }, "image/svg+xml");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(SessionOf().PngBase64(value));
            return true;
        }, "image/png");
        Formatter.Register<GenericChart>((value, context) =>
        {
            context.Writer.Write(ChartSummary(value));
            return true;
        }, "text/plain");

        Formatter.Register<DataFrame>((value, context) =>
        {
            context.Writer.Write(WorkspaceTables.DataFrameHtml(value, SessionOf().Options.MaxTableRows));
            return true;
        }, "text/html");
        Formatter.Register<DataFrame>((value, context) =>
        {
            context.Writer.Write(WorkspaceTables.DataFrameText(value, SessionOf().Options.MaxTableRows));
            return true;
        }, "text/plain");

        Formatter.Register(typeof(IEnumerable<>), (value, context) =>
        {
            if (value is IEnumerable sequence && HtmlTable.RecordElementType(value.GetType()) is { } element)
            {
                context.Writer.Write(WorkspaceTables.RecordsHtml(sequence, element, SessionOf().Options.MaxTableRows));
                return true;
            }

            return FormatWithDefault(defaultHtmlFormatters, value, context);
        }, "text/html");

        return defaultHtmlFormatters;
    }

    private static ChartSession SessionOf() =>
        KernelInvocationContext.Current?.HandlingKernel?.RootKernel is { } kernel && Sessions.TryGetValue(kernel, out var session)
            ? session
            : Volatile.Read(ref _latest);

    private static bool FormatWithDefault(ITypeFormatter[] defaultHtmlFormatters, object value, FormatContext context)
    {
        if (value is string s)
        {
            context.Writer.Write(System.Net.WebUtility.HtmlEncode(s));
            return true;
        }

        var type = value.GetType();
        var candidates = defaultHtmlFormatters.Where(f => f.Type.IsAssignableFrom(type) || IsGenericMatch(f.Type, type)).ToList();
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
    private static string ChartSummary(GenericChart chart)
    {
        if (PlotlyFigure.Description(PlotlyFigure.ToJson(chart)) is { } description)
        {
            return description;
        }

        var traces = GenericChart.getTraces(chart).Select(t => t.type).ToArray();
        return $"Plotly chart: {traces.Length} trace(s){(traces.Length > 0 ? " (" + string.Join(", ", traces) + ")" : "")}";
    }
}
