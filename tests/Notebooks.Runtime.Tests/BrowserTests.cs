using Notebooks.Runtime.Charts;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>Real headless Chromium. A missing browser fails these tests with the install message; they never skip.</summary>
[Collection(ReproduceCollection.Name)]
public sealed class BrowserTests(ReproduceFixture fixture)
{
    [BrowserFact]
    public async Task Rendered_html_shows_the_chart_as_svg_offline_without_console_errors()
    {
        var visit = await OfflinePage.OpenAsync(fixture.HtmlPath, ".nr-chart .main-svg");
        Assert.True(visit.Plots >= 1);
        Assert.Equal(0, visit.StaticImagesLeft); // the fallback image is replaced by the live plot
        Assert.Empty(visit.Problems);
        Assert.Empty(visit.ExternalRequests);
        Assert.True(visit.RequestedItself);
    }

    [BrowserFact]
    public async Task Chart_renderer_makes_svg_with_cjk_text_and_png_reproducibly()
    {
        var figure = """{"data":[{"type":"bar","x":["廣州","深圳"],"y":[31032.5,36801.9]}],"layout":{"title":{"text":"地區生產總值"},"font":{"family":"Noto Sans CJK TC"}}}""";
        await using var renderer = await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find());
        var svg = await renderer.RenderSvgAsync(figure, 600, 400);
        Assert.StartsWith("<svg", svg);
        Assert.Contains("廣州", svg);
        Assert.Contains("地區生產總值", svg);
        Assert.Equal(svg, await renderer.RenderSvgAsync(figure, 600, 400));
        var png = await renderer.RenderPngAsync(figure, 600, 400, 2);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(1200, width);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => renderer.RenderSvgAsync(figure, 300, 200)));
    }

    [BrowserFact]
    public async Task A_single_file_figure_page_draws_from_its_packed_plotly_js_offline()
    {
        var folder = Directory.CreateTempSubdirectory("nr-standalone-").FullName;
        try
        {
            var page = Path.Combine(folder, "bars.en.standalone.html");
            await File.WriteAllTextAsync(page, Figures.FigureExporter.StandaloneHtml(new Figures.ExportFigure(
                "bars.en", "Bars", "caption", "Source: x", "en", """{"data":[{"type":"bar","x":["a","b"],"y":[1,2]}],"layout":{}}""", 600, 400)));
            var visit = await OfflinePage.OpenAsync(page, "#figure .plot-container");
            Assert.Equal(1, visit.Plots);
            Assert.Empty(visit.Problems);
            Assert.Empty(visit.ExternalRequests);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [BrowserFact]
    public async Task A_browser_that_cannot_unpack_plotly_js_says_so_where_the_chart_would_be()
    {
        var html = await File.ReadAllTextAsync(fixture.HtmlPath);
        var folder = Directory.CreateTempSubdirectory("nr-unpack-").FullName;
        try
        {
            // An older browser: no DecompressionStream.
            var page = Path.Combine(folder, "old-browser.html");
            await File.WriteAllTextAsync(page, html.Replace("<head>", "<head>\n<script>delete window.DecompressionStream;</script>", StringComparison.Ordinal));
            const string Note = "This browser cannot unpack the charts of this page: it lacks DecompressionStream";
            Assert.Contains(Note, await OfflinePage.TextOfAsync(page, ".nr-chart", Note));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Not skipped: on a machine without Chromium this is the one failure, and it says what to install.</summary>
    [Fact]
    public void Chromium_is_installed_for_the_browser_tests()
    {
        var path = ChromiumLocator.Find();
        Assert.True(File.Exists(path));
        Assert.Null(BrowserRequirement.Missing);
    }
}
