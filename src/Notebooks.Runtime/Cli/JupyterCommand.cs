using System.CommandLine;
using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Platform;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Cli;

/// <summary>`jupyter &lt;connection_file&gt;` serves the kernel to a Jupyter client; `jupyter install` writes its kernelspec.</summary>
internal static class JupyterCommand
{
    /// <summary>The kernelspec that starts this very build in Jupyter mode.</summary>
    public static Kernelspec KernelspecFor(KernelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new Kernelspec(identity.Name, identity.DisplayName, Kernelspec.CurrentProcessArguments("jupyter", "{connection_file}"));
    }

    public static Command Create(WorkspaceSetup setup)
    {
        var connectionFile = new Argument<FileInfo>("connection_file") { Description = "The connection file Jupyter writes ({connection_file} in kernel.json)." };
        var command = new Command("jupyter",
            "Serve the workspace kernel over the Jupyter messaging protocol (VS Code's Jupyter extension, JupyterLab, " +
            "nbconvert and nbclient start it from its kernelspec; see `jupyter install`).")
        {
            connectionFile,
        };
        command.Subcommands.Add(Install(setup));
        command.SetAction(async (parse, ct) =>
        {
            // Jupyter passes its pid on Unix (on Windows JPY_PARENT_PID is a handle, not a pid).
            var parent = !OperatingSystem.IsWindows() && int.TryParse(System.Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) ? pid : (int?)null;
            var chromiumOff = string.Equals(System.Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "none", StringComparison.OrdinalIgnoreCase);
            var exit = await JupyterKernelHost.RunAsync(new JupyterKernelOptions
            {
                ConnectionFile = parse.GetValue(connectionFile)!.FullName,
                Identity = setup.Identity,
                ParentProcessId = parent,
                StaticImages = !chromiumOff,
                Kernel = new WorkspaceKernelOptions
                {
                    Preload = setup.Preload,
                    FontSample = setup.FontSample,
                    // Plotly's own MIME type for VS Code and JupyterLab, a PNG for GitHub, and light HTML that draws
                    // where plotly.js exists and shows the PNG elsewhere; plotly.js is never stored in the notebook.
                    ChartOutputs = ChartOutputs.PlotlyJson | ChartOutputs.Png | ChartOutputs.Html,
                    InlinePlotlyJs = false,
                },
            }, setup.Error, ct);

            // A cell that ignored an interrupt may still spin on a pool thread: ending the process is what stops it.
            await setup.Error.FlushAsync(CancellationToken.None);
            System.Environment.Exit(exit);
            return exit;
        });
        return command;
    }

    private static Command Install(WorkspaceSetup setup)
    {
        var user = new Option<bool>("--user") { Description = "Install into your own Jupyter kernels folder (the default)." };
        var prefix = new Option<DirectoryInfo?>("--prefix") { Description = "Install into <dir>/share/jupyter/kernels (a virtual environment or conda prefix).", HelpName = "dir" };
        var command = new Command("install", "Install the kernelspec where Jupyter and VS Code look for kernels.") { user, prefix };
        command.Validators.Add(result =>
        {
            if (result.GetResult(user) is not null && result.GetResult(prefix) is not null)
            {
                result.AddError("--user and --prefix exclude each other.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var system = HostSystem.Current;
            var kernels = parse.GetValue(prefix) is { } dir
                ? JupyterPaths.PrefixKernelsDirectory(system, dir.FullName)
                : JupyterPaths.UserKernelsDirectory(system);
            var folder = KernelspecFor(setup.Identity).WriteTo(kernels);
            await setup.Output.WriteLineAsync($"Installed kernelspec '{setup.Identity.Name}' ({setup.Identity.DisplayName}) in {folder}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
