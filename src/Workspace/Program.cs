using Notebooks.Runtime.Reproduce;
using Workspace;

return await WorkspaceCli.RunAsync(args, [new FigureCatalogStep(), new ClaimVerdictsStep()]);
