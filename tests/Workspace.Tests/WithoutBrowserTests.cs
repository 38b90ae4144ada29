namespace Workspace.Tests;

/// <summary>On a machine without Chromium the main command still renders notebooks and HTML figures and says what to install.</summary>
public sealed class WithoutBrowserTests
{
    [Fact]
    public void Main_command_without_a_browser_renders_html_and_names_the_packages()
    {
        using var run = new MainCommandFixture(new Dictionary<string, string> { ["CHROMIUM_PATH"] = "none" });
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("apt-get install chromium fonts-noto-cjk", run.Output);
        Assert.True(File.Exists(Path.Combine(run.Artifacts, "notebooks", "01-gdp-race.html")));
        Assert.True(File.Exists(Path.Combine(run.Artifacts, "notebooks", "01-gdp-race.ipynb")));
        var figures = Path.Combine(run.Artifacts, "figures");
        Assert.True(File.Exists(Path.Combine(figures, "gdp-race.zh-Hant.html")));
        Assert.Empty(Directory.GetFiles(figures, "*.png"));
        Assert.Contains("sudo apt-get install chromium fonts-noto-cjk", File.ReadAllText(Path.Combine(figures, "index.html")));
        Assert.True(File.Exists(Path.Combine(run.Artifacts, "claims.csv")));
    }
}
