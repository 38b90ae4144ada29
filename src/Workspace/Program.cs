using Notebooks.Runtime.Cli;
using Workspace;

return await WorkspaceCli.RunAsync(args, new WorkspaceSetup
{
    Preflights = [new DataPreflight()],
    Steps = [new FigureCatalogStep(), new ClaimVerdictsStep()],
});
