using Guangzhou.Analysis.Data;
using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Reproduce;
using Workspace;

var setup = new WorkspaceSetup(
    [new FigureCatalogStep(), new ClaimVerdictsStep()],
    // Every kernel of this workspace starts with the analysis library and its namespaces loaded, from this build.
    KernelPreload.ForLibraries(typeof(DataSet).Assembly),
    new KernelIdentity(
        "guangzhou-workspace",
        "C# (Guangzhou workspace)",
        "C# kernel of the Guangzhou workspace: the analysis library is loaded; charts draw offline."));
var exit = await WorkspaceCli.RunAsync(args, setup);

// A cell that ignored an interrupt may still spin on a pool thread; ending the process is what stops it.
Environment.Exit(exit);
