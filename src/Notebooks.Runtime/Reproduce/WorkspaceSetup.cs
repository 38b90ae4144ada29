using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Reproduce;

/// <summary>What a workspace adds to the generic runtime: its reproduce steps, its library, its kernel's name.</summary>
public sealed record WorkspaceSetup(IReadOnlyList<IReproduceStep> Steps, KernelPreload Preload, KernelIdentity Identity);
