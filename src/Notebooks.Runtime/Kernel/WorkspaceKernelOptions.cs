using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Kernel;

/// <summary>Settings of the workspace kernel, shared by the headless runner and the stdio host.</summary>
internal sealed record WorkspaceKernelOptions
{
    /// <summary>Renders static chart images (SVG and PNG); null means charts carry no static image.</summary>
    public IChartImageRenderer? Images { get; init; }

    /// <summary>Chart size used for static images and the inline chart when the layout does not set one.</summary>
    public int ChartWidth { get; init; } = 900;

    public int ChartHeight { get; init; } = 500;

    /// <summary>Pixel scale of the PNG image.</summary>
    public double PngScale { get; init; } = 2;

    /// <summary>Rows shown in DataFrame and record tables.</summary>
    public int MaxTableRows { get; init; } = 50;

    /// <summary>Timeout of one static image rendering.</summary>
    public TimeSpan ImageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How charts are displayed. The default suits Polyglot (HTML with plotly.js inlined once, PNG, SVG).</summary>
    public ChartOutputs ChartOutputs { get; init; } = ChartOutputs.Html | ChartOutputs.Png | ChartOutputs.Svg;

    /// <summary>
    /// Whether chart HTML inlines plotly.js (3.6 MB, once per session). Front ends with their own Plotly renderer
    /// do not need it; their HTML then draws only where plotly.js already exists and shows the PNG elsewhere.
    /// </summary>
    public bool InlinePlotlyJs { get; init; } = true;

    /// <summary>Libraries referenced and namespaces imported before the first cell.</summary>
    public KernelPreload Preload { get; init; } = KernelPreload.None;

    /// <summary>
    /// Where chart PNGs are drawn while later cells run, leaving placeholders in the outputs; null draws each PNG before
    /// its cell finishes (front ends show outputs as they come).
    /// </summary>
    public DeferredImages? DeferredImages { get; init; }

    /// <summary>
    /// Text in the workspace's script that the once-per-session font check draws besides the chart's own text (the
    /// composition root's choice; empty checks the chart's text only).
    /// </summary>
    public string FontSample { get; init; } = "";

    /// <summary>The kernel name C# cells use (aliases "c#", "C#").</summary>
    public string DefaultKernelName { get; init; } = "csharp";
}
