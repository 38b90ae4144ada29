using System.CommandLine;
using System.Text;
using Notebooks.Runtime.Stdio;

namespace Notebooks.Runtime.Cli;

/// <summary>
/// `stdio`: serve the workspace kernel over stdin/stdout with the protocol of `dotnet-interactive stdio`, for VS Code.
/// The options are the stock tool's, because VS Code passes them.
/// </summary>
internal static class StdioCommand
{
    public static Command Create(WorkspaceSetup setup)
    {
        var workingDir = new Option<DirectoryInfo>("--working-dir") { Description = "Working directory of the kernel (VS Code passes {working_dir}).", HelpName = "dir" };
        workingDir.AcceptExistingOnly();
        var defaultKernel = new Option<string>("--default-kernel") { Description = "Default kernel.", HelpName = "name", DefaultValueFactory = _ => "csharp" };
        var kernelHost = new Option<string?>("--kernel-host") { Description = "Host name used in kernel URIs.", HelpName = "name" };
        var httpPort = new Option<string?>("--http-port") { Description = "Accepted for compatibility with dotnet-interactive and ignored (this kernel has no HTTP API).", Arity = ArgumentArity.ZeroOrOne };
        var httpPortRange = new Option<string?>("--http-port-range") { Description = "Accepted for compatibility and ignored.", Arity = ArgumentArity.ZeroOrOne };
        var preview = new Option<bool>("--preview") { Description = "Accepted for compatibility and ignored." };
        var verbose = new Option<bool>("--verbose") { Description = "Accepted for compatibility and ignored." };
        var logPath = new Option<string?>("--log-path") { Description = "Accepted for compatibility and ignored.", Arity = ArgumentArity.ZeroOrOne };

        var command = new Command("stdio", "Serve the workspace kernel over stdin/stdout (the protocol of `dotnet-interactive stdio`), for VS Code Polyglot Notebooks.")
        {
            workingDir, defaultKernel, kernelHost, httpPort, httpPortRange, preview, verbose, logPath,
        };
        command.SetAction(async (parse, ct) =>
        {
            foreach (var ignored in new[] { httpPort, httpPortRange })
            {
                if (parse.GetResult(ignored) is not null)
                {
                    await setup.Error.WriteLineAsync($"note: {ignored.Name} is ignored: this kernel has no HTTP API.");
                }
            }

            // The protocol owns stdout: UTF-8 without BOM, one envelope per line.
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
            var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            return await StdioKernelHost.RunAsync(new StdioOptions
            {
                WorkingDirectory = parse.GetValue(workingDir)?.FullName,
                DefaultKernelName = parse.GetValue(defaultKernel) ?? "csharp",
                KernelHostName = parse.GetValue(kernelHost),
                Preload = setup.Preload,
                FontSample = setup.FontSample,
            }, stdin, stdout, setup.Error, ct);
        });
        return command;
    }
}
