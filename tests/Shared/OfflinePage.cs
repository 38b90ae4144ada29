using System.Collections.Concurrent;
using Notebooks.Runtime.Charts;
using PuppeteerSharp;

namespace Workspace.Testing;

/// <summary>What a page did when opened in headless Chromium with every non-file request blocked.</summary>
public sealed record OfflinePageVisit(int Plots, int StaticImagesLeft, IReadOnlyList<string> ExternalRequests, IReadOnlyList<string> Problems, bool RequestedItself);

/// <summary>
/// Opens a local HTML file in real headless Chromium (found by ChromiumLocator, never downloaded), blocks and records any
/// request that is not the file itself, a file in the same folder (the figure pages' shared plotly.js) or a data: URI,
/// records console errors and warnings, and counts drawn Plotly plots.
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
            var folder = url[..(url.LastIndexOf('/') + 1)];
            await page.GoToAsync(url, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
            await page.WaitForSelectorAsync(plotSelector, new WaitForSelectorOptions { Timeout = 30_000 });
            var plots = await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{plotSelector}').length");
            var images = await page.EvaluateExpressionAsync<int>($"document.querySelectorAll('{fallbackImageSelector}').length");
            return new OfflinePageVisit(plots, images,
                requests.Where(r => r != url && !r.StartsWith("data:", StringComparison.Ordinal)
                                    && !(r.StartsWith(folder, StringComparison.Ordinal) && r.IndexOf('/', folder.Length) < 0)).ToArray(),
                problems.ToArray(), requests.Contains(url));
        }
    }

    /// <summary>
    /// Opens a local HTML file in headless Chromium and returns the text of the first element matching the selector once
    /// it contains <paramref name="expected"/>, or as it stands after 15 s.
    /// </summary>
    public static async Task<string> TextOfAsync(string file, string selector, string expected)
    {
        await using var chromium = await ChromiumProcess.LaunchAsync(ChromiumLocator.Find());
        var page = await chromium.Browser.NewPageAsync();
        await page.GoToAsync(new Uri(file).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        try
        {
            await page.WaitForFunctionAsync("(s, t) => { const e = document.querySelector(s); return !!e && e.textContent.includes(t); }",
                new WaitForFunctionOptions { Timeout = 15_000 }, selector, expected);
        }
        catch (WaitTaskTimeoutException)
        {
            // The caller's assertion shows what the element says instead.
        }

        return await page.EvaluateFunctionAsync<string>("s => document.querySelector(s)?.textContent ?? '(no element ' + s + ')'", selector);
    }
}
