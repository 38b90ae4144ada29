using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Figures;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// Figure pages share one plotly.js file beside them; a self-contained single file per figure is written only on request
/// and removed again when no longer requested.
/// </summary>
public sealed class FigurePagesTests
{
    [Fact]
    public void The_packed_plotly_js_unpacks_to_the_same_script_and_is_under_1_5_MB()
    {
        using var packed = new MemoryStream(Convert.FromBase64String(PackedPlotlyJs.PackedBase64));
        using var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        Assert.Equal(PlotlyJs.GlobalSource, reader.ReadToEnd());
        Assert.True(PackedPlotlyJs.PackedBase64.Length < 1_500_000, $"{PackedPlotlyJs.PackedBase64.Length} characters");
        var script = PackedPlotlyJs.ScriptElement(".nr-chart");
        Assert.Equal(1, script.Split("</script", StringSplitOptions.None).Length - 1);
        Assert.Contains($"data-notebooks-plotlyjs=\"{PlotlyJs.Version}\" data-packing=\"gzip+base64\"", script);
    }

    private const string FigureJson = """{"data":[{"type":"bar","x":["a","b"],"y":[1,2]}],"layout":{"title":{"text":"t"}}}""";

    private static readonly ExportFigure[] Figures =
    [
        new("one.en", "One", "caption", "Source: x", "en", FigureJson, 600, 400),
        new("two.zh-Hant", "二", "說明", "資料來源：x", "zh-Hant", FigureJson, 600, 400),
    ];

    [Fact]
    public async Task Every_page_loads_the_one_shared_plotly_js_by_relative_path()
    {
        var output = Directory.CreateTempSubdirectory("nr-figpages-").FullName;
        try
        {
            var result = await FigureExporter.ExportAsync(Figures, output, images: null, RunProgress.Silent);
            Assert.Equal($"plotly-{PlotlyJs.Version}.min.js", FigureExporter.PlotlyJsFileName);
            var js = await File.ReadAllTextAsync(Path.Combine(output, FigureExporter.PlotlyJsFileName));
            Assert.Contains(PlotlyJs.Source, js);
            foreach (var f in Figures)
            {
                var html = await File.ReadAllTextAsync(Path.Combine(output, f.Stem + ".html"));
                Assert.Contains($"<script src=\"plotly-{PlotlyJs.Version}.min.js\"></script>", html);
                Assert.DoesNotContain(PlotlyJs.Source[..200], html);
                Assert.True(html.Length < 2_000, $"{f.Stem}.html is {html.Length} characters");
            }

            Assert.Empty(Directory.GetFiles(output, "*" + FigureExporter.StandaloneSuffix));
            Assert.Equal(4, result.FilesWritten); // plotly.js, two pages, the gallery
            Assert.DoesNotContain("single file", await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task Standalone_pages_inline_plotly_js_only_on_request()
    {
        var output = Directory.CreateTempSubdirectory("nr-figpages-").FullName;
        try
        {
            var result = await FigureExporter.ExportAsync(Figures, output, images: null, RunProgress.Silent, standalone: true);
            Assert.Equal(6, result.FilesWritten);
            var single = await File.ReadAllTextAsync(Path.Combine(output, "one.en.standalone.html"));
            Assert.Contains(PackedPlotlyJs.PackedBase64, single);
            Assert.DoesNotContain(PlotlyJs.Source[..200], single);
            Assert.DoesNotContain("<script src=", single);
            Assert.True(single.Length < 1_600_000, $"one.en.standalone.html is {single.Length} characters");
            var gallery = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
            Assert.Contains("<a href=\"one.en.standalone.html\">HTML, single file</a>", gallery);
            Assert.Contains("<a href=\"two.zh-Hant.standalone.html\">HTML（單一檔案）</a>", gallery);

            await FigureExporter.ExportAsync(Figures, output, images: null, RunProgress.Silent);
            Assert.Empty(Directory.GetFiles(output, "*" + FigureExporter.StandaloneSuffix));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
