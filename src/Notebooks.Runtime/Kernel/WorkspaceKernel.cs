using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// The one kernel configuration of the workspace, used by the headless runner and the stdio host:
/// C# (with #r "nuget:", kernel helpers, #!who, value sharing), the "value" kernel, a "markdown" kernel,
/// and the workspace formatters (offline Plotly charts with static images, DataFrame and record tables).
/// </summary>
internal static class WorkspaceKernel
{
    private static int _compilerWarmedUp;

    /// <summary>Creates the kernel and runs the preload, so the first cell can use the library at once.</summary>
    public static async Task<CompositeKernel> CreateAsync(WorkspaceKernelOptions options, CellRunTracker? tracker = null, CancellationToken ct = default)
    {
        WarmUpCompilerOnce();
        var kernel = Create(options, tracker);
        await PreloadAsync(kernel, options.Preload, ct);
        return kernel;
    }

    public static CompositeKernel Create(WorkspaceKernelOptions options, CellRunTracker? tracker = null)
    {
        ArgumentNullException.ThrowIfNull(options);

        Formatter.DefaultMimeType = HtmlFormatter.MimeType;
        Formatter.SetPreferredMimeTypesFor(typeof(string), PlainTextFormatter.MimeType);

        var csharp = new CSharpKernel(options.DefaultKernelName)
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        if (tracker is not null)
        {
            csharp.AddMiddleware((command, context, next) => tracker.RunAsync(command, () => next(command, context)));
        }

        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.Add(new KeyValueStoreKernel().UseWho());
        composite.Add(new MarkdownKernel());
        composite.DefaultKernelName = csharp.Name;
        WorkspaceFormatters.BeginSession(composite, options);
        return composite;
    }

    // A process's first C# compilation spends about 0.7 s loading and fixing up the compiler, and building the first
    // kernel (its code-analysis host) as long again; on a second thread the compilation overlaps the building
    // (notebooks 01 and 02, forced: median 4.2 s before, 3.9 s after, 6 runs each on 2 cores).
    private static void WarmUpCompilerOnce()
    {
        if (Interlocked.Exchange(ref _compilerWarmedUp, 1) == 0)
        {
            _ = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"))
                .ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    /// <summary>References the preload's assemblies and imports its namespaces; a failure names what could not load.</summary>
    public static async Task PreloadAsync(CompositeKernel kernel, KernelPreload preload, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(preload);
        if (preload.AssemblyPaths.Count == 0 && preload.Namespaces.Count == 0)
        {
            return;
        }

        var result = await kernel.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(preload.ToSubmission(), kernel.DefaultKernelName), ct);
        if (result.Events.OfType<Microsoft.DotNet.Interactive.Events.CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException($"The kernel could not preload the workspace library: {failed.Message}");
        }
    }
}
