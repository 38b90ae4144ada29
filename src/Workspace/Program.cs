using Guangzhou.Analysis.Data;
using Notebooks.Runtime.Cli;
using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Workspace;

return await WorkspaceCli.RunAsync(args, new WorkspaceSetup
{
    // The story's data and script: the data folder every run validates and hashes, and the Traditional Chinese that
    // each kernel's font check draws, so a first chart in English still reveals a missing Chinese font.
    DataFolder = "data",
    FontSample = "繁體中文圖表數據來源",
    Preflights = [new DataPreflight()],
    Steps = [new FigureCatalogStep(), new ClaimVerdictsStep()],
    // Every kernel of this workspace starts with the analysis library and its namespaces loaded, from this build.
    Preload = KernelPreload.ForLibraries(typeof(DataSet).Assembly),
    Identity = new KernelIdentity(
        "guangzhou-workspace",
        "C# (Guangzhou workspace)",
        "C# kernel of the Guangzhou workspace: the analysis library is loaded; charts draw offline."),
});
