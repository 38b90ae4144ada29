using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Reproduce;

/// <summary>Writes an executed notebook's .ipynb and .html, and the index of every notebook.</summary>
internal static class NotebookArtifacts
{
    /// <summary>
    /// Writes a good run over the previous rendering (and removes a stale failed one); a failed run goes beside it, as
    /// papermill keeps a failed notebook, so the last good rendering is never lost. Returns the failed .ipynb, if written.
    /// </summary>
    public static async Task<string?> WriteAsync(NotebookArtifactPaths paths, NotebookExecutionResult result, string title)
    {
        // Both files or neither: render first, so a rendering error leaves the previous pair untouched.
        var succeeded = result.Status == NotebookStatus.Succeeded;
        var ipynb = IpynbWriter.Write(result.Document);
        var html = HtmlRenderer.Render(result.Document, title, succeeded ? null : result.Status.Id());
        await ArtifactFiles.WriteTextAsync(succeeded ? paths.Ipynb : paths.FailedIpynb, ipynb);
        await ArtifactFiles.WriteTextAsync(succeeded ? paths.Html : paths.FailedHtml, html);
        if (!succeeded)
        {
            return paths.FailedIpynb;
        }

        RemoveFailed(paths);
        return null;
    }

    public static void RemoveFailed(NotebookArtifactPaths paths)
    {
        File.Delete(paths.FailedIpynb);
        File.Delete(paths.FailedHtml);
    }

    public static Task WriteIndexAsync(string artifactsDirectory, IReadOnlyList<NotebookRunRecord> records)
    {
        var index = HtmlRenderer.RenderIndex("Notebooks", records.Select(r => new IndexEntry(
            r.Path,
            r.Kept is null && r.FailedRendering is not null ? null : Href(r.Name + ".html"),
            r.Kept is null && r.FailedRendering is not null ? null : Href(r.Name + ".ipynb"),
            r.Status.Id(),
            string.Join("; ", new[] { r.Failure?.ToString(), KeptNote(r) }.OfType<string>()) is { Length: > 0 } detail ? detail : null,
            r.FailedRendering is null ? null : Href(r.Name + NotebookArtifactPaths.FailedSuffix + ".html"),
            r.FailedRendering is null ? null : Href(r.Name + NotebookArtifactPaths.FailedSuffix + ".ipynb"))));
        return ArtifactFiles.WriteTextAsync(Path.Combine(artifactsDirectory, "index.html"), index);
    }

    private static string? KeptNote(NotebookRunRecord record) => (record.Status, record.Kept) switch
    {
        (NotebookStatus.NotRun, { } kept) => $"this run did not reach it; the rendering is an earlier run's ({kept.Status.Id()})",
        (NotebookStatus.Cancelled, { } kept) => $"this run was stopped in it; the rendering is an earlier run's ({kept.Status.Id()})",
        (_, { } kept) => $"the rendering is the last good run's ({kept.Status.Id()}); this run's is beside it",
        _ => null,
    };

    private static string Href(string file) =>
        "notebooks/" + Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal);
}
