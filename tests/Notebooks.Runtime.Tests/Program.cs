using Notebooks.Runtime.Cli;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Notebooks.Runtime.Tests;

/// <summary>Lets the test assembly act as a workspace host: `dotnet Notebooks.Runtime.Tests.dll reproduce|stdio ...`.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => WorkspaceCli.RunAsync(args, new WorkspaceSetup());
}
