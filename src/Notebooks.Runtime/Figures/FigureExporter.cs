using System.Diagnostics;
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
/// Writes each figure as <c>&lt;stem&gt;.svg</c> (with its title and description), <c>&lt;stem&gt;.png</c> (scale 2),
/// <c>&lt;stem&gt;.pdf</c> (vector, fonts embedded, at the figure's size), <c>&lt;stem&gt;.csv</c> (the values drawn) and
/// <c>&lt;stem&gt;.html</c> (see <see cref="FigurePages"/>), plus a gallery
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
        bool standalone = false, string galleryLanguage = "en", string fontSample = "", CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(progress);
        // Fonts are checked before anything is written: a figure without its text is never exported by accident.
        var fonts = images is null ? null : await CheckFontsAsync(figures, images, progress, allowFontFallback, fontSample, ct);
        ArtifactFiles.EnsureDirectory(outputDirectory);
        await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, PlotlyJsFileName), PlotlyJs.GlobalSource, ct);
        var files = 1;
        var imageTime = Stopwatch.StartNew();
        imageTime.Stop();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            progress.FigureStarted(i + 1, figures.Count, f.Stem);
            await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, f.Stem + ".html"), FigureHtml(f, images is not null, standalone), ct);
            files++;
            if (!f.Table.IsEmpty)
            {
                await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, f.Stem + ".csv"), f.Table.ToCsv(), ct);
                files++;
            }
            var single = Path.Combine(outputDirectory, f.Stem + StandaloneSuffix);
            if (standalone)
            {
                await ArtifactFiles.WriteTextAsync(single, StandaloneHtml(f, images is not null), ct);
                files++;
            }
            else
            {
                // A single-file copy from an earlier --standalone-figures run would show stale data; it goes.
                File.Delete(single);
            }

            if (images is null) continue;
            imageTime.Start();
            var (svg, png, pdf) = await DrawAsync(images, f, ct);
            imageTime.Stop();
            await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, f.Stem + ".svg"), AccessibleSvg.With(svg, f.Title, f.AltText), ct);
            await ArtifactFiles.WriteBytesAsync(Path.Combine(outputDirectory, f.Stem + ".png"), png, ct);
            await ArtifactFiles.WriteBytesAsync(Path.Combine(outputDirectory, f.Stem + ".pdf"), pdf, ct);
            files += 3;
        }
        await ArtifactFiles.WriteTextAsync(Path.Combine(outputDirectory, "index.html"),
            FigurePages.Gallery(figures, images is not null, standalone, galleryLanguage), ct);
        return new FigureExportResult(figures.Count, files + 1, images is not null, imageTime.Elapsed, fonts);
    }

    // A figure the browser cannot draw is named: the step's error says which of the 26 it was. A browser that died keeps
    // its own named error (the supervisor's), and a cancellation stays a cancellation.
    private static async Task<(string Svg, byte[] Png, byte[] Pdf)> DrawAsync(IChartImageRenderer images, ExportFigure f, CancellationToken ct)
    {
        try
        {
            var svg = await images.RenderSvgAsync(f.FigureJson, f.Width, f.Height, ct);
            var png = await images.RenderPngAsync(f.FigureJson, f.Width, f.Height, PngScale, ct);
            var pdf = await images.RenderPdfAsync(f.FigureJson, f.Width, f.Height, ct);
            return (svg, png, pdf);
        }
        catch (Exception e) when (e is not (OperationCanceledException or BrowserUnavailableException))
        {
            throw new InvalidOperationException($"Figure {f.Stem} could not be drawn as SVG, PNG and PDF: {e.Message}", e);
        }
    }

    private static async Task<FontCheckResult> CheckFontsAsync(
        IReadOnlyList<ExportFigure> figures, IChartImageRenderer images, RunProgress progress, bool allowFontFallback, string fontSample, CancellationToken ct)
    {
        var fonts = await CjkFontCheck.CheckFiguresAsync(images, figures.Select(f => f.FigureJson), fontSample, ct);
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

    /// <summary>Suffix of the single-file copy of a figure page (plotly.js inlined), written only on request.</summary>
    public const string StandaloneSuffix = ".standalone.html";

    /// <summary>The shared plotly.js file every figure page of the folder loads, named by its version.</summary>
    public static string PlotlyJsFileName => $"plotly-{PlotlyJs.Version}.min.js";

    /// <summary>One figure, interactive, offline, loading the folder's shared plotly.js by relative path.</summary>
    public static string FigureHtml(ExportFigure f, bool staticImages = false, bool standalone = false) =>
        FigurePages.Page(f, "<script src=\"" + System.Net.WebUtility.HtmlEncode(PlotlyJsFileName) + "\"></script>", staticImages, standalone);

    /// <summary>One figure, interactive, offline, as a single file: plotly.js packed inside it (about 1.4 MB).</summary>
    public static string StandaloneHtml(ExportFigure f, bool staticImages = false) =>
        FigurePages.Page(f, PackedPlotlyJs.ScriptElement("#figure"), staticImages, standalone: true);
}
