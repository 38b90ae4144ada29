using System.Collections.Concurrent;
using Notebooks.Runtime.Charts;
using PuppeteerSharp;

namespace Workspace.Tests;

/// <summary>
/// The exported figure pages and the rendered analysis notebooks open in real headless Chromium with no network request
/// and no console error. A missing browser fails with the install message; these tests never skip.
/// </summary>
[Collection(MainCommandCollection.Name)]
public sealed class RenderedInBrowserTests(MainCommandFixture run)
{
    private async Task<(int Plots, IReadOnlyCollection<string> Requests, IReadOnlyCollection<string> Problems)> OpenAsync(string file)
    {
        Assert.True(run.ExitCode == 0, run.Output);
        var userDataDir = Directory.CreateTempSubdirectory("gz-figure-test-").FullName;
        await using var browser = await Puppeteer.LaunchAsync(ChromiumChartRenderer.CreateLaunchOptions(ChromiumLocator.Find(), userDataDir));
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
                    await e.Request.ContinueAsync();
                else
                    await e.Request.AbortAsync();
            };
            page.Console += (_, e) => { if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning) problems.Enqueue($"console: {e.Message.Text}"); };
            page.PageError += (_, e) => problems.Enqueue($"page error: {e.Message}");
            var url = new Uri(file).AbsoluteUri;
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
            await page.WaitForSelectorAsync(".main-svg", new WaitForSelectorOptions { Timeout = 30_000 });
            var plots = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.main-svg').length");
            return (plots, requests.Where(r => r != url && !r.StartsWith("data:", StringComparison.Ordinal)).ToArray(), problems.ToArray());
        }
        finally
        {
            await browser.CloseAsync();
            Directory.Delete(userDataDir, recursive: true);
        }
    }

    [Theory]
    [InlineData("figures/gdp-race.zh-Hant.html")]
    [InlineData("figures/cluster-tiers-bridge.en.html")]
    [InlineData("notebooks/01-gdp-race.html")]
    [InlineData("notebooks/05-fact-check.html")]
    public async Task Page_draws_its_charts_offline_without_console_errors(string relative)
    {
        var (plots, requests, problems) = await OpenAsync(Path.Combine(run.Artifacts, relative));
        Assert.True(plots >= 1, "no plot drawn");
        Assert.Empty(requests);
        Assert.Empty(problems);
    }

    [Fact]
    public void Gallery_without_a_browser_says_what_to_install()
    {
        var gallery = Notebooks.Runtime.Figures.FigureExporter.Gallery([], staticImages: false);
        Assert.Contains("sudo apt-get install chromium fonts-noto-cjk", gallery);
        Assert.DoesNotContain(".png", gallery);
    }
}
