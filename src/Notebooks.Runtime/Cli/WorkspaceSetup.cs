using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Cli;

/// <summary>What a workspace (the composition root) plugs into the generic command line.</summary>
public sealed record WorkspaceSetup
{
    /// <summary>Steps run after the notebooks by `reproduce` (figure export, claims, ...).</summary>
    public IReadOnlyList<IReproduceStep> Steps { get; init; } = [];

    /// <summary>Checks `reproduce` runs once before any notebook (for example: validate the data folder).</summary>
    public IReadOnlyList<IReproducePreflight> Preflights { get; init; } = [];

    /// <summary>Libraries every kernel (reproduce, stdio, jupyter) references and imports before the first cell.</summary>
    public KernelPreload Preload { get; init; } = KernelPreload.None;

    /// <summary>The data folder, relative to the repository root (`reproduce` validates it and hashes it into every
    /// notebook's inputs); null: the workspace has none.</summary>
    public string? DataFolder { get; init; }

    /// <summary>Text in the workspace's script that every kernel's font check draws (see WorkspaceKernelOptions.FontSample).</summary>
    public string FontSample { get; init; } = "";

    /// <summary>The kernel's name in Jupyter (kernelspec, kernel_info); a workspace names its own.</summary>
    public KernelIdentity Identity { get; init; } = new("notebooks-runtime", "C# (notebooks runtime)", "C# notebook kernel");

    public TextWriter Output { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;
}
