using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Settings of the Jupyter kernel host.</summary>
internal sealed class JupyterKernelOptions
{
    public required string ConnectionFile { get; init; }

    public required KernelIdentity Identity { get; init; }

    /// <summary>The workspace kernel's settings; the host adds the chart image renderer.</summary>
    public WorkspaceKernelOptions Kernel { get; init; } = new();

    /// <summary>How long an interrupted cell may take to notice its cancellation before it counts as not stopping.</summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Exit when this process is gone (Jupyter passes JPY_PARENT_PID); null to not watch.</summary>
    public int? ParentProcessId { get; init; }

    /// <summary>Whether chart images are rendered: false turns the browser off (e.g. CHROMIUM_PATH=none).</summary>
    public bool StaticImages { get; init; } = true;
}
