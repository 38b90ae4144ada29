using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Kernel;

/// <summary>Settings of the workspace kernel, shared by the headless runner and the stdio host.</summary>
public sealed class WorkspaceKernelOptions
{
    /// <summary>Renders static chart images (SVG and PNG); null means charts carry no static image.</summary>
    public IChartImageRenderer? Images { get; init; }

    /// <summary>Chart size used for static images and the inline chart when the layout does not set one.</summary>
    public int ChartWidth { get; init; } = 900;

    public int ChartHeight { get; init; } = 500;

    /// <summary>Pixel scale of the PNG image.</summary>
    public double PngScale { get; init; } = 2;

    /// <summary>Also emit image/svg+xml for charts (when <see cref="Images"/> is set).</summary>
    public bool IncludeSvg { get; init; } = true;

    /// <summary>Rows shown in DataFrame and record tables.</summary>
    public int MaxTableRows { get; init; } = 50;

    /// <summary>Timeout of one static image rendering.</summary>
    public TimeSpan ImageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The kernel name C# cells use (aliases "c#", "C#").</summary>
    public string DefaultKernelName { get; init; } = "csharp";
}
