using Notebooks.Runtime.Execution;

namespace Notebooks.Runtime.Reproduce;

/// <summary>Writes an executed notebook's .ipynb and .html, and the index of every notebook.</summary>
public static class NotebookArtifacts
{
    public static async Task WriteAsync(NotebookArtifactPaths paths, NotebookExecutionResult result, string title)
    {
        // Both files or neither: render first, so a rendering error leaves the previous pair untouched.
        var ipynb = IpynbWriter.Write(result.Document);
        var html = HtmlRenderer.Render(result.Document, title, result.Status == NotebookStatus.Succeeded ? null : result.Status.Id());
        await ArtifactFiles.WriteTextAsync(paths.Ipynb, ipynb);
        await ArtifactFiles.WriteTextAsync(paths.Html, html);
    }

    public static Task WriteIndexAsync(string artifactsDirectory, IReadOnlyList<NotebookRunRecord> records)
    {
        var index = HtmlRenderer.RenderIndex("Notebooks", records.Select(r => (
            r.Path,
            Href(r.Name + ".html"),
            Href(r.Name + ".ipynb"),
            r.Status.Id(),
            r.Failure?.ToString() ?? KeptNote(r))));
        return ArtifactFiles.WriteTextAsync(Path.Combine(artifactsDirectory, "index.html"), index);
    }

    private static string? KeptNote(NotebookRunRecord record) => (record.Status, record.Kept) switch
    {
        (NotebookStatus.NotRun, { } kept) => $"this run did not reach it; the rendering is an earlier run's ({kept.Status.Id()})",
        (NotebookStatus.Cancelled, { } kept) => $"this run was stopped in it; the rendering is an earlier run's ({kept.Status.Id()})",
        _ => null,
    };

    private static string Href(string file) =>
        "notebooks/" + Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal);
}
