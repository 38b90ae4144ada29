using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Notebooks.Runtime.Kernel;

/// <summary>A kernel named "markdown" that displays submitted markdown as rendered HTML (and keeps the source as text/markdown).</summary>
internal sealed class MarkdownKernel : Microsoft.DotNet.Interactive.Kernel, IKernelCommandHandler<SubmitCode>
{
    public const string DefaultName = "markdown";

    public MarkdownKernel() : base(DefaultName)
    {
        KernelInfo.LanguageName = "Markdown";
        KernelInfo.DisplayName = "Markdown";
    }

    public Task HandleAsync(SubmitCode command, KernelInvocationContext context)
    {
        var html = Markdig.Markdown.ToHtml(command.Code, MarkdownRendering.Pipeline);
        context.Publish(new DisplayedValueProduced(
            command.Code,
            command,
            [new FormattedValue("text/html", html), new FormattedValue("text/markdown", command.Code)]));
        return Task.CompletedTask;
    }
}
