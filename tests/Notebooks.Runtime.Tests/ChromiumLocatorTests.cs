using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Tests;

/// <summary>The browser locator on simulated Windows, macOS and Linux machines: environment first, then install locations.</summary>
public sealed class ChromiumLocatorTests
{
    private static readonly Dictionary<string, string> NoVariables = new();

    private static readonly Dictionary<string, string> WindowsVariables = new()
    {
        ["ProgramFiles"] = @"C:\Program Files",
        ["ProgramFiles(x86)"] = @"C:\Program Files (x86)",
        ["LOCALAPPDATA"] = @"C:\Users\ana\AppData\Local",
    };

    private static HostSystem Windows(params string[] files) => HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", WindowsVariables, files);

    private static HostSystem Mac(params string[] files) => HostSystem.Simulated(HostOs.MacOS, "/Users/ana", NoVariables, files);

    private static HostSystem Linux(params string[] files) => HostSystem.Simulated(HostOs.Linux, "/home/ana", NoVariables, files);

    [Theory]
    [InlineData(@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe")]
    [InlineData(@"C:\Program Files\Microsoft\Edge\Application\msedge.exe")]
    [InlineData(@"C:\Users\ana\AppData\Local\Microsoft\Edge\Application\msedge.exe")]
    [InlineData(@"C:\Program Files\Google\Chrome\Application\chrome.exe")]
    [InlineData(@"C:\Program Files (x86)\Google\Chrome\Application\chrome.exe")]
    [InlineData(@"C:\Users\ana\AppData\Local\Google\Chrome\Application\chrome.exe")]
    [InlineData(@"C:\Users\ana\AppData\Local\Chromium\Application\chrome.exe")]
    public void Windows_finds_each_usual_install(string path) => Assert.Equal(path, ChromiumLocator.TryFind(Windows(path)));

    [Theory]
    [InlineData("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")]
    [InlineData("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")]
    [InlineData("/Applications/Chromium.app/Contents/MacOS/Chromium")]
    [InlineData("/Users/ana/Applications/Google Chrome.app/Contents/MacOS/Google Chrome")]
    [InlineData("/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")]
    public void MacOS_finds_each_app_bundle(string path) => Assert.Equal(path, ChromiumLocator.TryFind(Mac(path)));

    [Theory]
    [InlineData("/usr/bin/chromium-headless-shell")]
    [InlineData("/usr/bin/chromium")]
    [InlineData("/usr/bin/chromium-browser")]
    [InlineData("/snap/bin/chromium")]
    [InlineData("/var/lib/flatpak/exports/bin/org.chromium.Chromium")]
    [InlineData("/home/ana/.local/share/flatpak/exports/bin/org.chromium.Chromium")]
    [InlineData("/usr/bin/google-chrome")]
    [InlineData("/usr/bin/google-chrome-stable")]
    [InlineData("/opt/google/chrome/chrome")]
    [InlineData("/var/lib/flatpak/exports/bin/com.google.Chrome")]
    [InlineData("/usr/bin/microsoft-edge")]
    [InlineData("/opt/microsoft/msedge/msedge")]
    [InlineData("/home/ana/.local/share/flatpak/exports/bin/com.microsoft.Edge")]
    public void Linux_finds_each_package_snap_and_flatpak_install(string path) => Assert.Equal(path, ChromiumLocator.TryFind(Linux(path)));

    [Fact]
    public void Chrome_is_preferred_to_edge_on_windows_and_chromium_to_chrome_and_its_headless_shell_to_chromium_on_linux()
    {
        Assert.Equal(@"C:\Program Files\Google\Chrome\Application\chrome.exe", ChromiumLocator.TryFind(Windows(
            @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
            @"C:\Program Files\Google\Chrome\Application\chrome.exe")));
        Assert.Equal("/usr/bin/chromium", ChromiumLocator.TryFind(Linux("/usr/bin/google-chrome", "/usr/bin/chromium")));
        Assert.Equal("/usr/bin/chromium-headless-shell", ChromiumLocator.TryFind(Linux("/usr/bin/chromium", "/usr/bin/chromium-headless-shell")));
    }

    [Fact]
    public void Windows_locations_follow_the_environment_and_ignore_case()
    {
        var host = HostSystem.Simulated(HostOs.Windows, @"D:\Users\bo",
            new Dictionary<string, string> { ["PROGRAMFILES(X86)"] = @"E:\Apps (x86)" },
            [@"e:\apps (X86)\microsoft\edge\application\MSEDGE.EXE"]);
        Assert.Equal(@"E:\Apps (x86)\Microsoft\Edge\Application\msedge.exe", ChromiumLocator.TryFind(host));
        // Without LOCALAPPDATA the per-user location is derived from the profile folder.
        Assert.Contains(@"D:\Users\bo\AppData\Local\Google\Chrome\Application\chrome.exe", ChromiumLocator.Candidates(host));
        Assert.Contains(@"C:\Program Files\Google\Chrome\Application\chrome.exe", ChromiumLocator.Candidates(host));
    }

    [Fact]
    public void Linux_is_case_sensitive_and_follows_xdg_data_home()
    {
        Assert.Null(ChromiumLocator.TryFind(Linux("/usr/bin/Chromium")));
        var host = HostSystem.Simulated(HostOs.Linux, "/home/ana", new Dictionary<string, string> { ["XDG_DATA_HOME"] = "/data/ana" },
            ["/data/ana/flatpak/exports/bin/com.google.Chrome"]);
        Assert.Equal("/data/ana/flatpak/exports/bin/com.google.Chrome", ChromiumLocator.TryFind(host));
    }

    [Fact]
    public void Variables_come_first_chromium_path_before_chrome_path()
    {
        var variables = new Dictionary<string, string> { ["CHROMIUM_PATH"] = "/opt/mine/chrome", ["CHROME_PATH"] = "/opt/other/chrome" };
        var host = HostSystem.Simulated(HostOs.Linux, "/home/ana", variables, ["/usr/bin/chromium", "/opt/mine/chrome", "/opt/other/chrome"]);
        Assert.Equal("/opt/mine/chrome", ChromiumLocator.TryFind(host));

        var chromeOnly = HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", new Dictionary<string, string> { ["CHROME_PATH"] = @"D:\portable\chrome.exe" },
            [@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe", @"D:\portable\chrome.exe"]);
        Assert.Equal(@"D:\portable\chrome.exe", ChromiumLocator.TryFind(chromeOnly));
    }

    [Fact]
    public void A_variable_may_name_a_mac_app_bundle()
    {
        var host = HostSystem.Simulated(HostOs.MacOS, "/Users/ana", new Dictionary<string, string> { ["CHROMIUM_PATH"] = "/Volumes/Tools/Google Chrome Beta.app/" },
            ["/Volumes/Tools/Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta"]);
        Assert.Equal("/Volumes/Tools/Google Chrome Beta.app/Contents/MacOS/Google Chrome Beta", ChromiumLocator.TryFind(host));
    }

    [Fact]
    public void Chromium_path_none_turns_the_browser_off_even_when_one_is_installed()
    {
        var host = HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", new Dictionary<string, string> { ["CHROMIUM_PATH"] = "None" },
            [@"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe"]);
        Assert.Null(ChromiumLocator.TryFind(host));
        var e = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(host));
        Assert.StartsWith("No Chromium browser found (CHROMIUM_PATH=none turns the browser off).", e.Message);
    }

    [Fact]
    public void A_variable_naming_a_missing_file_falls_back_and_is_named_when_nothing_is_found()
    {
        var variables = new Dictionary<string, string> { ["CHROMIUM_PATH"] = "/nonexistent/chromium" };
        Assert.Equal("/usr/bin/chromium", ChromiumLocator.TryFind(HostSystem.Simulated(HostOs.Linux, "/home/ana", variables, ["/usr/bin/chromium"])));

        var e = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(HostSystem.Simulated(HostOs.Linux, "/home/ana", variables, [])));
        Assert.Contains("CHROMIUM_PATH points to '/nonexistent/chromium', which does not exist; also looked in /usr/bin/chromium-headless-shell, /usr/bin/chromium, ", e.Message);
        Assert.EndsWith("Install it: Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk " +
            "(Debian's chromium-headless-shell is used first where installed: it needs less memory) (or set CHROMIUM_PATH)", e.Message);
    }

    [Fact]
    public void The_message_names_the_install_step_of_each_system()
    {
        var windows = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(Windows())).Message;
        Assert.Contains(@"looked for CHROMIUM_PATH, CHROME_PATH, C:\Users\ana\AppData\Local\Chromium\Application\chrome.exe, ", windows);
        Assert.EndsWith("Install it: Windows: Microsoft Edge comes with Windows 10 and 11 (if it was removed: winget install Microsoft.Edge), " +
                        "or winget install Google.Chrome; or set CHROMIUM_PATH to chrome.exe or msedge.exe ($env:CHROMIUM_PATH = \"...\")", windows);

        var mac = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(Mac())).Message;
        Assert.Contains("/Users/ana/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge", mac);
        Assert.EndsWith("Install it: macOS: brew install --cask google-chrome (or microsoft-edge), or install Chrome or Edge into /Applications; " +
                        "or set CHROMIUM_PATH to the browser's .app", mac);

        var linux = Assert.Throws<BrowserNotFoundException>(() => ChromiumLocator.Find(Linux())).Message;
        Assert.Equal(
            "No Chromium browser found (looked for CHROMIUM_PATH, CHROME_PATH, /usr/bin/chromium-headless-shell, /usr/bin/chromium, /usr/bin/chromium-browser, /snap/bin/chromium, " +
            "/var/lib/flatpak/exports/bin/org.chromium.Chromium, /home/ana/.local/share/flatpak/exports/bin/org.chromium.Chromium, " +
            "/usr/bin/google-chrome, /usr/bin/google-chrome-stable, /opt/google/chrome/chrome, /var/lib/flatpak/exports/bin/com.google.Chrome, " +
            "/home/ana/.local/share/flatpak/exports/bin/com.google.Chrome, /usr/bin/microsoft-edge, /usr/bin/microsoft-edge-stable, " +
            "/opt/microsoft/msedge/msedge, /var/lib/flatpak/exports/bin/com.microsoft.Edge, /home/ana/.local/share/flatpak/exports/bin/com.microsoft.Edge). " +
            "Static chart images and browser checks need one. Install it: Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk " +
            "(Debian's chromium-headless-shell is used first where installed: it needs less memory) (or set CHROMIUM_PATH)",
            linux);
    }

    [Fact]
    public void This_machine_is_described_by_the_current_host()
    {
        var expected = OperatingSystem.IsWindows() ? HostOs.Windows : OperatingSystem.IsMacOS() ? HostOs.MacOS : HostOs.Linux;
        Assert.Equal(expected, HostSystem.Current.Os);
        Assert.Equal(ChromiumLocator.InstallHint(expected), BrowserNotFoundException.InstallHint);
        var previous = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        try
        {
            // The current host reads the live environment, as the workspace commands do.
            Environment.SetEnvironmentVariable("CHROMIUM_PATH", "none");
            Assert.Null(ChromiumLocator.TryFind());
        }
        finally
        {
            Environment.SetEnvironmentVariable("CHROMIUM_PATH", previous);
        }
    }
}
