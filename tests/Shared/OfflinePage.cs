using System.Collections.Concurrent;
using Notebooks.Runtime.Charts;
using PuppeteerSharp;

namespace Workspace.Testing;

/// <summary>What a page did when opened in headless Chromium with every non-file request blocked.</summary>
public sealed record OfflinePageVisit(int Plots, int StaticImagesLeft, IReadOnlyList<string> ExternalRequests, IReadOnlyList<string> Problems, bool RequestedItself);

/// <summary>
/// Opens a local HTML file in real headless Chromium (found by ChromiumLocator, never downloaded), blocks and records any
/// request that is not the file itself or a data: URI, records console errors and warnings, and counts drawn Plotly plots.
/// Shared by the runtime's and the workspace's browser tests (linked into both projects).
/// </summary>
public static class OfflinePage
{
    public static async Task<OfflinePageVisit> OpenAsync(string file, string plotSelector = ".main-svg", string fallbackImageSelector = ".nr-chart img")
    {
        // ChromiumProcess: the browser cannot outlive the test process, and its profile is removed when it exits.
        await using var chromium = await ChromiumProcess.LaunchAsync(ChromiumLocator.Find());
        var browser = chromium.Browser;
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
            page.Console += (_, e) =>
            {
                if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning) problems.Enqueue($"console {e.Message.Type}: {e.Message.Text}");
            };
            page.PageError += (_, e) => problems.Enqueue($"page error: {e.Message}");

            var url = new Uri(file).AbsoluteUri;
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
            await page.WaitForSelectorAsync(plotSelector, new WaitForSelectorOptions { Timeout = 30_000 });
            var plots = await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{plotSelector}').length");
            var images = await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{fallbackImageSelector}').length");
            return new OfflinePageVisit(plots, images,
                requests.Where(r => r != url && !r.StartsWith("data:", StringComparison.Ordinal)).ToArray(),
                problems.ToArray(), requests.Contains(url));
        }
    }
}
