using Workspace.Testing;

namespace Workspace.Tests;

/// <summary>
/// The exported figure pages and the rendered analysis notebooks open in real headless Chromium with no network request
/// and no console error. A missing browser fails with the install message; these tests never skip.
/// </summary>
[Collection(MainCommandCollection.Name)]
public sealed class RenderedInBrowserTests(MainCommandFixture run)
{
    [BrowserTheory]
    [InlineData("figures/gdp-race.zh-Hant.html")]
    [InlineData("figures/cluster-tiers-bridge.en.html")]
    [InlineData("notebooks/01-gdp-race.html")]
    [InlineData("notebooks/05-fact-check.html")]
    public async Task Page_draws_its_charts_offline_without_console_errors(string relative)
    {
        Assert.True(run.ExitCode == 0, run.Output);
        var visit = await OfflinePage.OpenAsync(Path.Combine(run.Artifacts, relative));
        Assert.True(visit.Plots >= 1, "no plot drawn");
        Assert.True(visit.RequestedItself);
        Assert.Empty(visit.ExternalRequests);
        Assert.Empty(visit.Problems);
    }

    [Fact]
    public void Gallery_without_a_browser_says_what_to_install()
    {
        var gallery = Notebooks.Runtime.Figures.FigurePages.Gallery([], staticImages: false, standalone: false, language: "en");
        Assert.Contains("sudo apt-get install chromium fonts-noto-cjk", gallery);
        Assert.DoesNotContain(".png", gallery);
    }
}
