using System.CommandLine;
using Notebooks.Runtime.Reproduce;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Cli;

/// <summary>
/// The workspace command line (System.CommandLine: generated help, validation, `[suggest]` completions). Each verb is a
/// command built in its own file; adding one is one line in <see cref="Create"/>.
/// Exit codes: see <see cref="ExitCodes"/>.
/// </summary>
internal static class WorkspaceCommands
{
    public static RootCommand Create(WorkspaceSetup setup, Func<int> cancelledExitCode)
    {
        var root = new RootCommand(
            "Reproducible notebooks: run them headless (reproduce) or serve their kernel to an editor over the Jupyter protocol " +
            "(jupyter; `jupyter install` registers it) or Polyglot's stdio protocol (stdio). " +
            "The repository root is the nearest folder above the current directory that holds global.json. " +
            "Exit codes: 0 ok, 1 a notebook, step or data check failed, 2 usage error, 3 environment error " +
            "(no repository, artifacts not writable, another run holds the artifacts folder), 130 Ctrl-C, 143 SIGTERM.");
        root.Subcommands.Add(ReproduceCommand.Create(setup, cancelledExitCode));
        root.Subcommands.Add(StdioCommand.Create(setup));
        root.Subcommands.Add(JupyterCommand.Create(setup));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; <paramref name="signals"/> (a real process) maps Ctrl-C/SIGTERM to cancellation.</summary>
    public static async Task<int> RunAsync(string[] args, WorkspaceSetup setup, RunSignals? signals = null, CancellationToken ct = default)
    {
        var root = Create(setup, () => signals?.ExitCode ?? ExitCodes.Interrupted);
        var parse = root.Parse(WithoutClientDirectives(args));
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await setup.Error.WriteLineAsync($"error: {error.Message}");
            }

            await setup.Error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.Usage;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, signals?.Token ?? CancellationToken.None);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = setup.Output,
                Error = setup.Error,
                // RunSignals handles SIGINT/SIGTERM (exit codes 130/143, a second Ctrl-C exits at once).
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            }, linked.Token);
        }
        catch (UsageException e)
        {
            await setup.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is EnvironmentException or Jupyter.ConnectionFileException)
        {
            await setup.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Environment;
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            return signals?.ExitCode ?? ExitCodes.Interrupted;
        }
    }

    /// <summary>VS Code passes client directives such as "[vscode]" before the verb, as it does to dotnet-interactive.</summary>
    private static string[] WithoutClientDirectives(string[] args) =>
        args.Where(a => !(a.StartsWith('[') && a.EndsWith(']')) || a.StartsWith("[suggest", StringComparison.Ordinal) || a == "[diagram]").ToArray();
}
