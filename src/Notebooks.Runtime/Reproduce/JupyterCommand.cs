using Notebooks.Runtime.Jupyter;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Reproduce;

/// <summary>`jupyter &lt;connection_file&gt;` serves the kernel; `jupyter install` writes its kernelspec.</summary>
internal static class JupyterCommand
{
    public static Kernelspec KernelspecFor(KernelIdentity identity) =>
        new(identity.Name, identity.DisplayName, Kernelspec.CurrentProcessArguments("jupyter", "{connection_file}"));

    public static async Task<int> RunAsync(List<string> args, WorkspaceSetup setup, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Count == 0)
        {
            throw new UsageException("jupyter needs a connection file (Jupyter passes {connection_file}) or 'install'.");
        }

        if (args[0] == "install")
        {
            return await InstallAsync(args.Skip(1).ToList(), setup, output);
        }

        if (args.Count > 1)
        {
            throw new UsageException($"Unexpected argument '{args[1]}' after the connection file.");
        }

        var parent = int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var pid) && !OperatingSystem.IsWindows() ? pid : (int?)null;
        var chromiumOff = string.Equals(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "none", StringComparison.OrdinalIgnoreCase);
        return await JupyterKernelHost.RunAsync(new JupyterKernelOptions
        {
            ConnectionFile = Path.GetFullPath(args[0]),
            Identity = setup.Identity,
            ParentProcessId = parent,
            StaticImages = !chromiumOff,
            Kernel = new WorkspaceKernelOptions
            {
                Preload = setup.Preload,
                // Plotly's own MIME type for VS Code and JupyterLab, a PNG for GitHub, and light HTML that draws
                // where plotly.js exists and shows the PNG elsewhere; plotly.js is never stored in the notebook.
                ChartOutputs = ChartOutputs.PlotlyJson | ChartOutputs.Png | ChartOutputs.Html,
                InlinePlotlyJs = false,
            },
        }, error, ct);
    }

    private static async Task<int> InstallAsync(List<string> args, WorkspaceSetup setup, TextWriter output)
    {
        string? kernels = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--user":
                    kernels = JupyterPaths.UserKernelsDirectory(HostSystem.Current);
                    break;
                case "--prefix" when i + 1 < args.Count:
                    kernels = JupyterPaths.PrefixKernelsDirectory(HostSystem.Current, Path.GetFullPath(args[++i]));
                    break;
                case "--prefix":
                    throw new UsageException("--prefix needs a folder.");
                default:
                    throw new UsageException($"Unknown option '{args[i]}' for jupyter install (--user or --prefix <dir>).");
            }
        }

        kernels ??= JupyterPaths.UserKernelsDirectory(HostSystem.Current);
        var folder = KernelspecFor(setup.Identity).WriteTo(kernels);
        await output.WriteLineAsync($"Installed kernelspec '{setup.Identity.Name}' ({setup.Identity.DisplayName}) in {folder}");
        return WorkspaceCli.ExitOk;
    }
}
