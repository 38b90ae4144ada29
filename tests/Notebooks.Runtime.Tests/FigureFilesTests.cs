using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Figures;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Tests;

/// <summary>The files a figure ships besides its images: the CSV of its values and an SVG that names itself.</summary>
public sealed class FigureFilesTests
{
    [Fact]
    public void The_csv_quotes_only_fields_that_need_it()
    {
        var table = new FigureTable(["series", "value"], ["Series", "Value"],
            [["Guangzhou, Chongqing", "1.5"], ["the \"named\" tiers", "-2"], ["廣州", ""]]);
        Assert.Equal("series,value\n\"Guangzhou, Chongqing\",1.5\n\"the \"\"named\"\" tiers\",-2\n廣州,\n", table.ToCsv());
    }

    [Fact]
    public void The_svg_gets_its_title_and_description_as_the_roots_first_children()
    {
        var svg = "<svg class=\"main-svg\" width=\"10\"><rect/></svg>";
        Assert.Equal("<svg class=\"main-svg\" width=\"10\"><title>A &amp; B</title><desc>Bars: a &lt; b</desc><rect/></svg>",
            AccessibleSvg.With(svg, "A & B", "Bars: a < b"));
        Assert.Throws<InvalidOperationException>(() => AccessibleSvg.With("<png/>", "t", "d"));
    }

    [Fact]
    public async Task A_figure_the_browser_cannot_draw_is_named_and_nothing_of_it_is_half_written()
    {
        var output = Directory.CreateTempSubdirectory("nr-figfail-").FullName;
        try
        {
            var figure = new ExportFigure("broken.en", "Broken", "c", "s", "en", "{\"data\":[]}", 600, 400);
            var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                FigureExporter.ExportAsync([figure], output, new FailingRenderer(), RunProgress.Silent, allowFontFallback: true));
            Assert.Equal("Figure broken.en could not be drawn as SVG, PNG and PDF: plotly refused the figure", e.Message);
            Assert.False(File.Exists(Path.Combine(output, "broken.en.svg")));
            Assert.False(File.Exists(Path.Combine(output, "index.html")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>A renderer whose page draws fonts fine but refuses every figure, as plotly does a malformed one.</summary>
    private sealed class FailingRenderer : IChartImageRenderer
    {
        public Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
            throw new InvalidOperationException("plotly refused the figure");

        public Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default) =>
            throw new InvalidOperationException("plotly refused the figure");

        public Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
            throw new InvalidOperationException("plotly refused the figure");

        public Task<string> EvaluateAsync(string script, object[] args, CancellationToken ct = default) =>
            Task.FromResult("{\"missing\":[],\"installed\":[]}");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
