using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Cli;

/// <summary>What a workspace (the composition root) plugs into the generic command line.</summary>
public sealed record WorkspaceSetup
{
    /// <summary>Steps run after the notebooks by `reproduce` (figure export, claims, ...).</summary>
    public IReadOnlyList<IReproduceStep> Steps { get; init; } = [];

    /// <summary>Checks `reproduce` runs once before any notebook (for example: validate the data folder).</summary>
    public IReadOnlyList<IReproducePreflight> Preflights { get; init; } = [];

    public TextWriter Output { get; init; } = Console.Out;

    public TextWriter Error { get; init; } = Console.Error;
}
