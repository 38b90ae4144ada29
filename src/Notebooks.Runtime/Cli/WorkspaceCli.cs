using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Cli;

/// <summary>Entry points of a workspace host's Main.</summary>
public static class WorkspaceCli
{
    /// <summary>The real process: console writers, Ctrl-C/SIGTERM handled (130/143).</summary>
    public static async Task<int> RunAsync(string[] args, WorkspaceSetup setup)
    {
        using var signals = new RunSignals(setup.Error);
        var exit = await WorkspaceCommands.RunAsync(args, setup, signals);
        return signals.Signal is not null && exit is ExitCodes.Ok or ExitCodes.Interrupted ? signals.ExitCode : exit;
    }

    /// <summary>In-process (tests): no signal handlers.</summary>
    public static Task<int> RunAsync(string[] args, IReadOnlyList<IReproduceStep> steps, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        WorkspaceCommands.RunAsync(args, new WorkspaceSetup { Steps = steps, Output = output, Error = error }, null, ct);

    public static string? FindRepositoryRoot(string start) => RepositoryRoot.Find(start);
}
