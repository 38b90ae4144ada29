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
public static class WorkspaceKernel
{
    public static CompositeKernel Create(WorkspaceKernelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        WorkspaceFormatters.BeginSession(options);
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

        var composite = new CompositeKernel();
        composite.Add(csharp, ["c#", "C#"]);
        composite.Add(new KeyValueStoreKernel().UseWho());
        composite.Add(new MarkdownKernel());
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }
}
