using Markdig;

namespace Notebooks.Runtime.Kernel;

/// <summary>The Markdig pipeline used for every markdown rendering in the workspace.</summary>
internal static class MarkdownRendering
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseFootnotes()
        .UseListExtras()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
