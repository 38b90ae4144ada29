using System.Collections.Concurrent;
using System.Text;
using Notebooks.Runtime.Charts;
using PuppeteerSharp;

namespace Notebooks.Runtime.Tests;

/// <summary>Real headless Chromium. A missing browser fails these tests with the install message; they never skip.</summary>
[Collection(ReproduceCollection.Name)]
public sealed class BrowserTests(ReproduceFixture fixture)
{
    [Fact]
    public async Task Rendered_html_shows_the_chart_as_svg_offline_without_console_errors()
    {
        var chromium = ChromiumLocator.Find();
        var userDataDir = Directory.CreateTempSubdirectory("nr-test-chromium-").FullName;
        await using var browser = await Puppeteer.LaunchAsync(ChromiumChartRenderer.CreateLaunchOptions(chromium, userDataDir));
        try
        {
            var page = await browser.NewPageAsync();
            var requests = new ConcurrentQueue<string>();
            var problems = new ConcurrentQueue<string>();
            await page.SetRequestInterceptionAsync(true);
            page.Request += async (_, e) =>
            {
                requests.Enqueue(e.Request.Url);
                if (e.Request.Url.StartsWith("file:", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    await e.Request.AbortAsync();
                }
            };
            page.Console += (_, e) =>
            {
                if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning)
                {
                    problems.Enqueue($"console {e.Message.Type}: {e.Message.Text}");
                }
            };
            page.PageError += (_, e) => problems.Enqueue($"page error: {e.Message}");

            var url = new Uri(fixture.HtmlPath).AbsoluteUri;
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
            await page.WaitForSelectorAsync(".nr-chart .main-svg", new WaitForSelectorOptions { Timeout = 30_000 });

            Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.nr-chart .main-svg').length") >= 1);
            Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.nr-chart img').length"));
            Assert.Empty(problems);
            Assert.All(requests, r => Assert.True(r == url || r.StartsWith("data:", StringComparison.Ordinal), $"unexpected request {r}"));
            Assert.Contains(url, requests);
        }
        finally
        {
            await browser.CloseAsync();
            Directory.Delete(userDataDir, recursive: true);
        }
    }

    [Fact]
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

    [Fact]
    public void Missing_browser_message_says_what_to_install()
    {
        var previous = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        try
        {
            Environment.SetEnvironmentVariable("CHROMIUM_PATH", "/nonexistent/chromium");
            Assert.Contains("sudo apt-get install chromium fonts-noto-cjk", BrowserNotFoundException.InstallHint);
            // As on a machine without a browser: no well-known path exists.
            var e = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(["/nonexistent/usr/bin/chromium"]));
            Assert.Contains("points to '/nonexistent/chromium', which does not exist", e.Message);
            Assert.Contains("Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)", e.Message);

            Environment.SetEnvironmentVariable("CHROMIUM_PATH", "none");
            Assert.Null(ChromiumLocator.TryFind());
            Assert.Contains("CHROMIUM_PATH=none turns the browser off", Assert.Throws<BrowserNotFoundException>(ChromiumLocator.Find).Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("CHROMIUM_PATH", previous);
        }
    }
}
