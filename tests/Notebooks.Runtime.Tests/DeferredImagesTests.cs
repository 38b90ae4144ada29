using System.Text.Json.Nodes;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Execution;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// The headless runner draws chart PNGs while later cells run and fills them in before it writes the notebook; a PNG
/// that cannot be drawn fails the chart's cell by name instead of leaving a placeholder behind.
/// </summary>
public sealed class DeferredImagesTests
{
    [BrowserFact]
    public async Task A_chart_whose_png_cannot_be_drawn_fails_its_cell_and_leaves_no_placeholder()
    {
        using var repo = TestRepo.Create("basic");
        await using var browser = await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find());
        var log = new StringWriter();
        var result = await repo.RunForcedAsync(new Lent(browser, pngFails: true), log);

        var notebook = Assert.Single(result.Notebooks);
        Assert.Equal(NotebookStatus.Failed, notebook.Status);
        Assert.Equal(6, notebook.Failure!.CellNumber); // the chart cell; the cells after it still ran
        Assert.Equal("InvalidOperationException", notebook.Failure.ErrorName);
        Assert.Equal("The chart's static image (PNG) could not be drawn: the browser crashed", notebook.Failure.Message);
        Assert.Contains("FAILED basic.ipynb cell 6: The chart's static image (PNG) could not be drawn: the browser crashed", log.ToString());

        Assert.False(File.Exists(Path.Combine(repo.Artifacts, "notebooks", "basic.ipynb")), "a failed run is not a good rendering");
        var text = await File.ReadAllTextAsync(Path.Combine(repo.Artifacts, "notebooks", "basic.failed.ipynb"));
        Assert.DoesNotContain("nr-deferred-image", text);
        var cells = JsonNode.Parse(text)!["cells"]!.AsArray();
        var chart = cells[5]!["outputs"]!.AsArray();
        Assert.Contains(chart, o => o!["data"]?["application/vnd.plotly.v1+json"] is not null && o["data"]!["image/png"] is null);
        Assert.Contains(chart, o => o!["output_type"]!.GetValue<string>() == "error" && o["ename"]!.GetValue<string>() == "InvalidOperationException");
        Assert.Contains(cells[7]!["outputs"]!.AsArray(), o => o!["output_type"]!.GetValue<string>() == "display_data" || o["output_type"]!.GetValue<string>() == "execute_result");
    }

    [BrowserFact]
    public async Task Deferred_pngs_are_the_images_a_cell_draws_itself()
    {
        using var repo = TestRepo.Create("basic");
        await using var browser = await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find());
        var result = await repo.RunForcedAsync(new Lent(browser), TextWriter.Null);

        Assert.Equal(NotebookStatus.Succeeded, Assert.Single(result.Notebooks).Status);
        var cells = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(repo.Artifacts, "notebooks", "basic.ipynb")))!["cells"]!.AsArray();
        var output = cells[5]!["outputs"]!.AsArray().Single(o => o!["data"]?["image/png"] is not null)!["data"]!;
        var figure = output["application/vnd.plotly.v1+json"]!.ToJsonString();
        var png = Convert.FromBase64String(string.Concat(output["image/png"]!.GetValue<string>().Split('\n')));
        // The runner's notebook charts are 900 × 500 at scale 1.5 unless the figure's layout says otherwise.
        var layout = JsonNode.Parse(figure)!["layout"]!;
        var (width, height) = (layout["width"]?.GetValue<int>() ?? 900, layout["height"]?.GetValue<int>() ?? 500);
        Assert.Equal(png, await browser.RenderPngAsync(figure, width, height, 1.5));
    }

    /// <summary>
    /// The test's browser, lent to the run (the run disposes its renderer, the test disposes the browser); with
    /// <paramref name="pngFails"/> every PNG fails as a crashed browser would, while fonts are still checked for real.
    /// </summary>
    private sealed class Lent(IChartImageRenderer browser, bool pngFails = false) : IChartImageRenderer
    {
        public Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
            browser.RenderSvgAsync(figureJson, width, height, ct);

        public async Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default)
        {
            if (pngFails)
            {
                await Task.Delay(50, ct);
                throw new InvalidOperationException("the browser crashed");
            }

            return await browser.RenderPngAsync(figureJson, width, height, scale, ct);
        }

        public Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
            browser.RenderPdfAsync(figureJson, width, height, ct);

        public Task<string> EvaluateAsync(string script, object[] args, CancellationToken ct = default) => browser.EvaluateAsync(script, args, ct);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
