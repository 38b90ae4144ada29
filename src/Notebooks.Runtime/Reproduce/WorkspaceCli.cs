using System.Globalization;
using System.Text;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Stdio;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// The workspace command line: `reproduce` (headless run of every notebook, then the extra steps), `stdio`
/// (the kernel for VS Code), `help`. Exit codes: 0 ok, 1 a notebook or step failed, 2 usage error, 3 environment error.
/// </summary>
public static class WorkspaceCli
{
    public const int ExitOk = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 2;
    public const int ExitEnvironment = 3;

    public const string HelpText = """
        Usage:
          <workspace> reproduce [options]   Execute every notebook under notebooks/ in a fresh kernel, render
                                            artifacts/notebooks/<name>.ipynb and .html, artifacts/index.html and
                                            artifacts/run.json, then run the workspace's extra steps.
          <workspace> stdio [options]       Serve the workspace kernel over stdin/stdout (the protocol of
                                            `dotnet-interactive stdio`), for VS Code Polyglot Notebooks.
          <workspace> jupyter <connection_file>
                                            Serve the workspace kernel over the Jupyter protocol (VS Code's
                                            Jupyter extension, JupyterLab, nbconvert start it from its kernelspec).
          <workspace> jupyter install [--user | --prefix <dir>]
                                            Install the kernelspec where Jupyter looks: the user's kernels folder
                                            (default) or <dir>/share/jupyter/kernels.
          <workspace> help | --help         Show this text.

        reproduce options:
          --force                   Re-execute notebooks even when their inputs are unchanged.
          --param name=value        Override a variable of the notebook's cell tagged "parameters" (repeatable).
          --cell-timeout <seconds>  Per-cell timeout (default 120).
          --notebooks <dir>         Notebook folder (default <root>/notebooks).
          --artifacts <dir>         Output folder (default <root>/artifacts).
          --only <notebook>         Run only this notebook (name, file name or path under the notebook folder).
          --notebooks-only          Skip the workspace's extra steps (figure export, claims).
          --allow-font-fallback     Export figure images even when no installed font can draw some of their
                                    text (otherwise the figure step stops with exit code 3).

        stdio options:
          --working-dir <dir>       Working directory of the kernel (VS Code passes {working_dir}).
          --default-kernel <name>   Default kernel (csharp).
          --kernel-host <name>      Host name used in kernel URIs.
          --http-port, --http-port-range, --preview
                                    Accepted for compatibility with dotnet-interactive and ignored
                                    (this kernel has no HTTP API).

        The repository root is the nearest folder above the current directory that holds global.json.
        Exit codes: 0 ok, 1 a notebook or step failed, 2 usage error, 3 environment error (such as
        a missing font for figure text).
        """;

    public static Task<int> RunAsync(string[] args, IReadOnlyList<IReproduceStep> extraSteps) =>
        RunAsync(args, extraSteps, Console.Out, Console.Error);

    public static Task<int> RunAsync(string[] args, WorkspaceSetup setup) =>
        RunAsync(args, setup, Console.Out, Console.Error);

    public static Task<int> RunAsync(string[] args, IReadOnlyList<IReproduceStep> extraSteps, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        RunAsync(args, new WorkspaceSetup(extraSteps, KernelPreload.None, DefaultIdentity), output, error, ct);

    /// <summary>The kernel's name when a workspace does not give one.</summary>
    public static KernelIdentity DefaultIdentity { get; } = new("notebooks-runtime", "C# (notebooks runtime)", "C# notebook kernel");

    public static async Task<int> RunAsync(string[] args, WorkspaceSetup setup, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var extraSteps = setup.Steps;
        // VS Code passes client directives such as "[vscode]" before the verb, as it does to dotnet-interactive.
        var arguments = args.Where(a => !(a.StartsWith('[') && a.EndsWith(']'))).ToList();
        if (arguments.Count == 0 || arguments[0] is "help" or "--help" or "-h" or "-?")
        {
            await output.WriteLineAsync(HelpText);
            return arguments.Count == 0 ? ExitUsage : ExitOk;
        }

        var verb = arguments[0];
        var rest = arguments.Skip(1).ToList();
        try
        {
            return verb switch
            {
                "reproduce" => await ReproduceAsync(rest, setup, output, ct),
                "stdio" => await StdioAsync(rest, setup, error, ct),
                "jupyter" => await JupyterCommand.RunAsync(rest, setup, output, error, ct),
                _ => throw new UsageException($"Unknown command '{verb}'. Run with --help."),
            };
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitUsage;
        }
        catch (UnknownParameterException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitUsage;
        }
        catch (ConnectionFileException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitEnvironment;
        }
        catch (EnvironmentException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return ExitEnvironment;
        }
    }

    private static async Task<int> ReproduceAsync(List<string> args, WorkspaceSetup setup, TextWriter output, CancellationToken ct)
    {
        var extraSteps = setup.Steps;
        var force = false;
        var runSteps = true;
        var allowFontFallback = false;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var timeout = TimeSpan.FromSeconds(120);
        string? notebooks = null, artifacts = null, only = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"{arg} needs a value.");
                }

                return args[++i];
            }

            switch (arg)
            {
                case "--help" or "-h":
                    await output.WriteLineAsync(HelpText);
                    return ExitOk;
                case "--force":
                    force = true;
                    break;
                case "--notebooks-only":
                    runSteps = false;
                    break;
                case "--allow-font-fallback":
                    allowFontFallback = true;
                    break;
                case "--param":
                    try
                    {
                        var (name, value) = Parameters.ParsePair(Value());
                        parameters[name] = value;
                    }
                    catch (FormatException e)
                    {
                        throw new UsageException(e.Message);
                    }

                    break;
                case "--cell-timeout":
                    var text = Value();
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
                    {
                        throw new UsageException($"--cell-timeout expects a positive number of seconds, got '{text}'.");
                    }

                    timeout = TimeSpan.FromSeconds(seconds);
                    break;
                case "--notebooks":
                    notebooks = Value();
                    break;
                case "--artifacts":
                    artifacts = Value();
                    break;
                case "--only":
                    only = Value();
                    break;
                default:
                    throw new UsageException($"Unknown option '{arg}' for reproduce. Run with --help.");
            }
        }

        var root = FindRepositoryRoot(Environment.CurrentDirectory)
                   ?? throw new EnvironmentException($"No global.json found in {Environment.CurrentDirectory} or any folder above it; run from inside the repository.");
        var notebooksDir = notebooks is null ? null : Path.GetFullPath(notebooks);
        if (notebooksDir is not null && !Directory.Exists(notebooksDir))
        {
            throw new UsageException($"--notebooks: folder not found: {notebooksDir}");
        }

        if (notebooksDir is null && !Directory.Exists(Path.Combine(root, "notebooks")))
        {
            throw new EnvironmentException($"No notebooks folder at {Path.Combine(root, "notebooks")}.");
        }

        var result = await ReproduceRunner.RunAsync(new ReproduceOptions
        {
            RepositoryRoot = root,
            NotebooksDirectory = notebooksDir,
            ArtifactsDirectory = artifacts is null ? null : Path.GetFullPath(artifacts),
            Force = force,
            Parameters = parameters,
            CellTimeout = timeout,
            Only = only,
            ExtraSteps = runSteps ? extraSteps : [],
            Preload = setup.Preload,
            AllowFontFallback = allowFontFallback,
            Log = output,
        }, ct);

        // The kernelspec of this very build, so `JUPYTER_PATH=artifacts/jupyter` finds it without an install.
        var artifactsDir = artifacts is null ? Path.Combine(root, "artifacts") : Path.GetFullPath(artifacts);
        JupyterCommand.KernelspecFor(setup.Identity).WriteTo(Path.Combine(artifactsDir, "jupyter", "kernels"));
        return result.ExitCode;
    }

    private static async Task<int> StdioAsync(List<string> args, WorkspaceSetup setup, TextWriter error, CancellationToken ct)
    {
        string? workingDir = null, hostName = null;
        var defaultKernel = "csharp";
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Next() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            switch (arg)
            {
                case "--working-dir":
                    workingDir = Next() ?? throw new UsageException("--working-dir needs a folder.");
                    break;
                case "--default-kernel":
                    defaultKernel = Next() ?? throw new UsageException("--default-kernel needs a name.");
                    break;
                case "--kernel-host":
                    hostName = Next();
                    break;
                case "--http-port" or "--http-port-range":
                    Next();
                    await error.WriteLineAsync($"note: {arg} is ignored: this kernel has no HTTP API.");
                    break;
                case "--preview" or "--verbose":
                    break;
                case "--log-path":
                    Next();
                    break;
                default:
                    throw new UsageException($"Unknown option '{arg}' for stdio. Run with --help.");
            }
        }

        // The protocol owns stdout: UTF-8 without BOM, one envelope per line.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        return await StdioKernelHost.RunAsync(new StdioOptions
        {
            WorkingDirectory = workingDir,
            DefaultKernelName = defaultKernel,
            KernelHostName = hostName,
            Preload = setup.Preload,
        }, stdin, stdout, error, ct);
    }

    /// <summary>The nearest ancestor of <paramref name="start"/> (or itself) containing global.json.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>Thrown when the machine or repository is not set up (exit code 3).</summary>
public sealed class EnvironmentException(string message) : Exception(message);
