using System.Net;
using System.Text;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Execution;

/// <summary>
/// Renders an executed notebook as one standalone, offline HTML page: styles inline, plotly.js packed once in the
/// head (only when the page has a chart; <see cref="PackedPlotlyJs"/>), markdown rendered with Markdig, code cells collapsible, errors shown.
/// </summary>
internal static partial class HtmlRenderer
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans CJK TC', 'Noto Sans CJK SC', sans-serif; margin: 0 auto; max-width: 1000px; padding: 24px; color: #1f2328; line-height: 1.5; }
        .nr-header { color: #57606a; font-size: 13px; border-bottom: 1px solid #d0d7de; margin-bottom: 16px; padding-bottom: 8px; }
        .nr-cell { margin: 12px 0; }
        .nr-markdown table { border-collapse: collapse; }
        .nr-markdown th, .nr-markdown td { border: 1px solid #d0d7de; padding: 4px 8px; }
        details.nr-code > summary { cursor: pointer; color: #57606a; font-size: 13px; }
        pre { background: #f6f8fa; padding: 8px 12px; overflow-x: auto; border-radius: 6px; font-size: 13px; }
        pre.nr-stream { background: #fff; border: 1px solid #eee; }
        pre.nr-stderr { background: #fff8f0; }
        .nr-error { border-left: 4px solid #cf222e; background: #ffebe9; padding: 8px 12px; margin: 8px 0; }
        .nr-error pre { background: transparent; padding: 0; margin: 4px 0 0; white-space: pre-wrap; }
        .nr-output { overflow-x: auto; margin: 6px 0; }
        .nr-output img { max-width: 100%; }
        .nr-status-failed { color: #cf222e; }
        """;

    public static string Render(NotebookDocument document, string title, string? status = null)
    {
        var bodies = new List<string>();
        var hasChart = false;
        var html = new StringBuilder();
        var cellNumber = 0;
        foreach (var cell in document.Cells)
        {
            cellNumber++;
            var body = new StringBuilder();
            switch (cell.CellType)
            {
                case NotebookCell.Markdown:
                    body.Append("<div class=\"nr-cell nr-markdown\">").Append(MarkdownRendering.ToHtml(cell.Source)).Append("</div>\n");
                    break;
                case NotebookCell.Code:
                    var label = cell.ExecutionCount is { } count ? $"In [{count}]" : "In [ ]";
                    var tags = cell.Tags.Count > 0 ? $" · {string.Join(", ", cell.Tags)}" : "";
                    body.Append("<div class=\"nr-cell nr-codecell\" id=\"cell-").Append(cellNumber).Append("\">\n")
                        .Append("<details class=\"nr-code\"><summary>").Append(WebUtility.HtmlEncode($"{label} · cell {cellNumber} · {cell.KernelName}{tags}"))
                        .Append("</summary><pre><code>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</code></pre></details>\n");
                    var outputNumber = 0;
                    foreach (var output in cell.Outputs)
                    {
                        var rendered = RenderOutput(output, $"chart-{cellNumber}-{++outputNumber}");
                        if (rendered.Contains(PlotlyJs.Marker, StringComparison.Ordinal) || rendered.Contains("class=\"nr-chart\"", StringComparison.Ordinal))
                        {
                            hasChart = true;
                        }

                        body.Append(StripPlotlyJs(rendered)).Append('\n');
                    }

                    body.Append("</div>\n");
                    break;
                default:
                    body.Append("<div class=\"nr-cell\"><pre>").Append(WebUtility.HtmlEncode(cell.Source)).Append("</pre></div>\n");
                    break;
            }

            bodies.Add(body.ToString());
        }

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n");
        if (hasChart)
        {
            // Packed: a notebook page stays one file that works offline, at 1.4 MB of plotly.js instead of 3.6 MB.
            html.Append(PackedPlotlyJs.ScriptElement(".nr-chart")).Append('\n');
        }

        html.Append("</head>\n<body>\n<div class=\"nr-header\">").Append(WebUtility.HtmlEncode(title));
        if (status is not null)
        {
            html.Append(" · <span class=\"nr-status-").Append(WebUtility.HtmlEncode(status)).Append("\">").Append(WebUtility.HtmlEncode(status)).Append("</span>");
        }

        html.Append("</div>\n");
        foreach (var body in bodies)
        {
            html.Append(body);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string RenderOutput(NotebookOutput output, string chartId)
    {
        switch (output)
        {
            case StreamOutput stream:
                return $"<pre class=\"nr-stream nr-{stream.Name}\">{WebUtility.HtmlEncode(stream.Text)}</pre>";
            case ErrorOutput error:
                return $"<div class=\"nr-error\"><strong>{WebUtility.HtmlEncode(error.Name)}</strong>: {WebUtility.HtmlEncode(error.Value)}<pre>{WebUtility.HtmlEncode(string.Join("\n", error.Traceback))}</pre></div>";
            case DisplayDataOutput display:
                return RenderData(display.Data, chartId);
            case ExecuteResultOutput result:
                return RenderData(result.Data, chartId);
            default:
                return "";
        }
    }

    private static string RenderData(IReadOnlyDictionary<string, string> data, string chartId)
    {
        string Wrap(string inner) => $"<div class=\"nr-output\">{inner}</div>";
        // The figure itself is drawn by the page's one plotly.js; its PNG stays in the .ipynb for GitHub.
        if (data.TryGetValue(WorkspaceFormatters.PlotlyMimeType, out var figure))
        {
            var (width, height) = ChartHtml.Size(figure, 900, 500);
            return Wrap(ChartHtml.Build(chartId, figure, width, height, pngBase64: null, includePlotlyJs: false));
        }
        if (data.TryGetValue("text/html", out var html))
        {
            return Wrap(html);
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            return Wrap($"<img alt=\"{WebUtility.HtmlEncode(OutputMetadata.Alt(data) ?? "figure")}\" src=\"data:image/svg+xml;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(svg))}\"/>");
        }

        if (data.TryGetValue("image/png", out var png))
        {
            return Wrap($"<img alt=\"{WebUtility.HtmlEncode(OutputMetadata.Alt(data) ?? "figure")}\" src=\"data:image/png;base64,{png.Trim()}\"/>");
        }

        if (data.TryGetValue("image/jpeg", out var jpeg))
        {
            return Wrap($"<img alt=\"{WebUtility.HtmlEncode(OutputMetadata.Alt(data) ?? "figure")}\" src=\"data:image/jpeg;base64,{jpeg.Trim()}\"/>");
        }

        if (data.TryGetValue("text/markdown", out var markdown))
        {
            return Wrap(MarkdownRendering.ToHtml(markdown));
        }

        if (data.TryGetValue("text/plain", out var text))
        {
            return Wrap($"<pre>{WebUtility.HtmlEncode(text)}</pre>");
        }

        return "";
    }

    /// <summary>Removes inline plotly.js script elements from an output (the page loads plotly.js once in its head).</summary>
    public static string StripPlotlyJs(string html)
    {
        var marker = html.IndexOf(PlotlyJs.Marker, StringComparison.Ordinal);
        while (marker >= 0)
        {
            var start = html.LastIndexOf("<script", marker, StringComparison.Ordinal);
            var end = html.IndexOf("</script>", marker, StringComparison.Ordinal);
            if (start < 0 || end < 0)
            {
                break;
            }

            html = html[..start] + html[(end + "</script>".Length)..];
            marker = html.IndexOf(PlotlyJs.Marker, StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>The index page linking every rendered notebook, and a failed run's rendering beside its last good one.</summary>
    public static string RenderIndex(string title, IEnumerable<IndexEntry> notebooks)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(WebUtility.HtmlEncode(title))
            .Append("</title>\n<style>\n").Append(Css).Append("\ntable { border-collapse: collapse; } td, th { padding: 4px 10px; border-bottom: 1px solid #eee; text-align: left; }\n</style>\n</head>\n<body>\n<h1>")
            .Append(WebUtility.HtmlEncode(title)).Append("</h1>\n<table>\n<thead><tr><th>Notebook</th><th>Status</th><th>Source</th><th>Failed run</th></tr></thead>\n<tbody>\n");
        foreach (var notebook in notebooks)
        {
            html.Append("<tr><td>").Append(Link(notebook.HtmlHref, notebook.Name))
                .Append("</td><td class=\"nr-status-").Append(WebUtility.HtmlEncode(notebook.Status)).Append("\">").Append(WebUtility.HtmlEncode(notebook.Status))
                .Append(notebook.Detail is null ? "" : " — " + WebUtility.HtmlEncode(notebook.Detail))
                .Append("</td><td>").Append(Link(notebook.IpynbHref, ".ipynb"))
                .Append("</td><td>").Append(Link(notebook.FailedHtmlHref, "page")).Append(notebook.FailedHtmlHref is null ? "" : " ")
                .Append(Link(notebook.FailedIpynbHref, ".ipynb")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Link(string? href, string text) => href is null
        ? (text.StartsWith('.') || text == "page" ? "" : WebUtility.HtmlEncode(text))
        : $"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(text)}</a>";
}

/// <summary>One row of the index: a notebook's good rendering (if any) and its failed run's (if any).</summary>
internal sealed record IndexEntry(string Name, string? HtmlHref, string? IpynbHref, string Status, string? Detail, string? FailedHtmlHref, string? FailedIpynbHref);
