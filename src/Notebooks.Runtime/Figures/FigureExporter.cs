using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Platform;
using Notebooks.Runtime.Reproduce;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Figures;

/// <param name="Figures">Figures exported.</param>
/// <param name="FilesWritten">Files written, the gallery included.</param>
/// <param name="StaticImages">Whether SVG and PNG were rendered (a browser was available).</param>
/// <param name="ImageTime">Time spent rendering images, after the browser started.</param>
/// <param name="Fonts">What the browser could draw of the figures' text (null without a browser).</param>
public sealed record FigureExportResult(int Figures, int FilesWritten, bool StaticImages, TimeSpan ImageTime, FontCheckResult? Fonts = null)
{
    /// <summary>Images were written although some of their text could not be drawn (--allow-font-fallback).</summary>
    public bool TextMissingFromImages => Fonts is { CanDrawText: false };
}

/// <summary>
/// Writes each figure as <c>&lt;stem&gt;.svg</c>, <c>&lt;stem&gt;.png</c> (scale 2) and <c>&lt;stem&gt;.html</c>, plus a gallery
/// <c>index.html</c>. Every figure page loads the one <c>plotly-&lt;version&gt;.min.js</c> written beside it by relative path
/// (offline, works from file://), so plotly.js is stored once and not once per figure; with <c>standalone</c> each figure
/// also gets <c>&lt;stem&gt;.standalone.html</c>, a single file with plotly.js inlined, for mailing one figure. One browser and one page serve every image. Without a browser the HTML files and the
/// gallery are still written and the result says static images are missing. Before any image, the browser must be able to
/// draw the figures' text (<see cref="CjkFontCheck"/>); if it cannot, nothing is written and <see cref="MissingFontException"/>
/// names the font to install, unless <c>allowFontFallback</c> is set.
/// </summary>
public static class FigureExporter
{
    public const double PngScale = 2;

    public static async Task<FigureExportResult> ExportAsync(
        IReadOnlyList<ExportFigure> figures, string outputDirectory, IChartImageRenderer? images, RunProgress progress, bool allowFontFallback = false,
        bool standalone = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        // Fonts are checked before anything is written: a figure without its text is never exported by accident.
        var fonts = images is null ? null : await CheckFontsAsync(figures, images, progress, allowFontFallback, ct);
        ArtifactFiles.EnsureDirectory(outputDirectory);
        await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, PlotlyJsFileName), PlotlyJs.GlobalSource, ct);
        var files = 1;
        var imageTime = Stopwatch.StartNew();
        imageTime.Stop();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            progress.FigureStarted(i + 1, figures.Count, f.Stem);
            await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, f.Stem + ".html"), FigureHtml(f), ct);
            files++;
            var single = Path.Combine(outputDirectory, f.Stem + StandaloneSuffix);
            if (standalone)
            {
                await ArtifactFiles.WriteTextAsync(single, StandaloneHtml(f), ct);
                files++;
            }
            else
            {
                // A single-file copy from an earlier --standalone-figures run would show stale data; it goes.
                File.Delete(single);
            }

            if (images is null) continue;
            imageTime.Start();
            var svg = await images.RenderSvgAsync(f.FigureJson, f.Width, f.Height, ct);
            var png = await images.RenderPngAsync(f.FigureJson, f.Width, f.Height, PngScale, ct);
            imageTime.Stop();
            await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, f.Stem + ".svg"), svg, ct);
            await ArtifactFiles.WriteBytesAsync(Path.Combine(outputDirectory, f.Stem + ".png"), png, ct);
            files += 2;
        }
        await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, "index.html"), Gallery(figures, images is not null, standalone), ct);
        return new FigureExportResult(figures.Count, files + 1, images is not null, imageTime.Elapsed, fonts);
    }

    private static async Task<FontCheckResult> CheckFontsAsync(
        IReadOnlyList<ExportFigure> figures, IChartImageRenderer images, RunProgress progress, bool allowFontFallback, CancellationToken ct)
    {
        var fonts = await CjkFontCheck.CheckFiguresAsync(images, figures.Select(f => f.FigureJson), ct);
        var explanation = CjkFontCheck.Explain(fonts, HostSystem.Current.Os);
        if (!fonts.CanDrawText && !allowFontFallback)
        {
            throw new MissingFontException($"{explanation} To export the images anyway, run again with --allow-font-fallback.");
        }

        if (!fonts.CanDrawText)
        {
            progress.Line($"  warning: {explanation} Exporting anyway (--allow-font-fallback).");
        }
        else if (fonts.DrawnWithFallbackFont)
        {
            progress.Line($"  note: {explanation}");
        }

        return fonts;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Suffix of the single-file copy of a figure page (plotly.js inlined), written only on request.</summary>
    public const string StandaloneSuffix = ".standalone.html";

    /// <summary>The shared plotly.js file every figure page of the folder loads, named by its version.</summary>
    public static string PlotlyJsFileName => $"plotly-{PlotlyJs.Version}.min.js";

    /// <summary>One figure, interactive, offline, loading the folder's shared plotly.js by relative path.</summary>
    public static string FigureHtml(ExportFigure f) =>
        Page(f, "<script src=\"" + E(PlotlyJsFileName) + "\"></script>");

    /// <summary>One figure, interactive, offline, as a single file: plotly.js packed inside it (about 1.4 MB).</summary>
    public static string StandaloneHtml(ExportFigure f) =>
        Page(f, PackedPlotlyJs.ScriptElement("#figure"));

    private static string Page(ExportFigure f, string plotlyScript)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(f.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
          .Append(E(f.Title)).Append("</title>\n<style>body{margin:0;font-family:'Noto Sans CJK TC',sans-serif;background:#fff}</style>\n")
          .Append(plotlyScript).Append("\n</head>\n<body>\n<div id=\"figure\" style=\"width:")
          .Append(f.Width.ToString(CultureInfo.InvariantCulture)).Append("px;height:").Append(f.Height.ToString(CultureInfo.InvariantCulture))
          .Append("px\"></div>\n<script>\nvar fig = ").Append(f.FigureJson.Replace("</", "<\\/", StringComparison.Ordinal))
          .Append(";\n(window.plotlyReady || Promise.resolve()).then(function () {\n  Plotly.newPlot('figure', fig.data, fig.layout, Object.assign({}, fig.config || {}, {responsive: false}));\n});\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The gallery: every figure's PNG (or a note when images are missing), title, source line and links.</summary>
    public static string Gallery(IReadOnlyList<ExportFigure> figures, bool staticImages, bool standalone = false)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n<title>Figures</title>\n<style>\n")
          .Append("body{font-family:'Noto Sans CJK TC','Noto Sans CJK SC',sans-serif;margin:2rem auto;max-width:1280px;color:#1a1a1a}\n")
          .Append("figure{margin:0 0 3rem 0;border-top:1px solid #ddd;padding-top:1rem}img{max-width:100%;height:auto;border:1px solid #eee}\n")
          .Append("figcaption{color:#555;font-size:.95rem}.links a{margin-right:1rem}.missing{background:#fff4e5;padding:1rem}\n")
          .Append("</style>\n</head>\n<body>\n<h1>Figures · 圖表</h1>\n");
        if (!staticImages)
            sb.Append("<p class=\"missing\">Static images were not rendered: no Chromium, Chrome or Edge was found. <code>")
              .Append(E(BrowserNotFoundException.InstallHint)).Append("</code>, then run again.</p>\n");
        foreach (var f in figures)
        {
            sb.Append("<figure id=\"").Append(E(f.Stem)).Append("\">\n<h2>").Append(E(f.Title)).Append("</h2>\n");
            if (staticImages) sb.Append("<img src=\"").Append(E(f.Stem)).Append(".png\" alt=\"").Append(E(f.Title)).Append("\" width=\"").Append(f.Width).Append("\">\n");
            sb.Append("<figcaption>").Append(E(f.Caption)).Append("<br>").Append(E(f.SourceLine)).Append("</figcaption>\n<p class=\"links\">");
            if (staticImages)
                sb.Append("<a href=\"").Append(E(f.Stem)).Append(".svg\">SVG</a><a href=\"").Append(E(f.Stem)).Append(".png\">PNG</a>");
            sb.Append("<a href=\"").Append(E(f.Stem)).Append(".html\">HTML</a>");
            if (standalone) sb.Append("<a href=\"").Append(E(f.Stem)).Append(StandaloneSuffix).Append("\">HTML, single file</a>");
            sb.Append("</p>\n</figure>\n");
        }
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }
}
