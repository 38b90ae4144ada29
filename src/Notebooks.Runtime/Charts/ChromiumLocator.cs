using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Charts;

/// <summary>Thrown when no Chromium, Chrome or Edge executable can be found.</summary>
public sealed class BrowserNotFoundException : Exception
{
    /// <summary>How to get a browser (and on Linux the CJK fonts) on the system this process runs on.</summary>
    public static string InstallHint => ChromiumLocator.InstallHint(HostSystem.Current.Os);

    public BrowserNotFoundException(string message) : base(message) { }
}

/// <summary>
/// Finds a Chromium-based browser PuppeteerSharp can drive: CHROMIUM_PATH, then CHROME_PATH, then the usual install
/// locations of Chromium, Chrome and Edge on the running system. Never downloads one. CHROMIUM_PATH=none turns the browser
/// off (static images are then omitted, as on a machine without one). A variable naming a missing file is passed over, and
/// <see cref="Find(HostSystem)"/> says so when nothing else is found.
/// </summary>
internal static class ChromiumLocator
{
    public const string Disabled = "none";

    public static readonly IReadOnlyList<string> Variables = ["CHROMIUM_PATH", "CHROME_PATH"];

    /// <summary>The usual install locations on <paramref name="host"/>'s system, in the order they are tried.</summary>
    public static IReadOnlyList<string> Candidates(HostSystem host) => host.Os switch
    {
        HostOs.Windows =>
        [
            host.Combine(host.LocalAppData, "Chromium", "Application", "chrome.exe"),
            host.Combine(host.ProgramFiles, "Google", "Chrome", "Application", "chrome.exe"),
            host.Combine(host.ProgramFilesX86, "Google", "Chrome", "Application", "chrome.exe"),
            host.Combine(host.LocalAppData, "Google", "Chrome", "Application", "chrome.exe"),
            // Edge ships with Windows 10 and 11 and installs under Program Files (x86) even on 64-bit Windows.
            host.Combine(host.ProgramFilesX86, "Microsoft", "Edge", "Application", "msedge.exe"),
            host.Combine(host.ProgramFiles, "Microsoft", "Edge", "Application", "msedge.exe"),
            host.Combine(host.LocalAppData, "Microsoft", "Edge", "Application", "msedge.exe"),
        ],
        HostOs.MacOS =>
        [
            .. MacBundles(host, "Chromium"),
            .. MacBundles(host, "Google Chrome"),
            .. MacBundles(host, "Microsoft Edge"),
        ],
        _ =>
        [
            // Debian's old-headless build of the same Chromium: byte-identical SVG and PNG here, 80 MB less memory
            // than the full browser in headless mode and one process fewer.
            "/usr/bin/chromium-headless-shell",
            "/usr/bin/chromium",
            "/usr/bin/chromium-browser",
            "/snap/bin/chromium",
            .. Flatpak(host, "org.chromium.Chromium"),
            "/usr/bin/google-chrome",
            "/usr/bin/google-chrome-stable",
            "/opt/google/chrome/chrome",
            .. Flatpak(host, "com.google.Chrome"),
            "/usr/bin/microsoft-edge",
            "/usr/bin/microsoft-edge-stable",
            "/opt/microsoft/msedge/msedge",
            .. Flatpak(host, "com.microsoft.Edge"),
        ],
    };

    // The executable inside an application bundle is named after the bundle.
    private static IEnumerable<string> MacBundles(HostSystem host, string application) =>
        new[] { "/Applications", host.Combine(host.Home, "Applications") }
            .Select(folder => host.Combine(folder, application + ".app", "Contents", "MacOS", application));

    private static IEnumerable<string> Flatpak(HostSystem host, string applicationId) =>
        new[] { "/var/lib/flatpak", host.Combine(host.XdgDataHome, "flatpak") }
            .Select(root => host.Combine(root, "exports", "bin", applicationId));

    /// <summary>How to get a browser on <paramref name="os"/>: the install step a user on that system would take.</summary>
    public static string InstallHint(HostOs os) => os switch
    {
        HostOs.Windows =>
            "Windows: Microsoft Edge comes with Windows 10 and 11 (if it was removed: winget install Microsoft.Edge), or winget install Google.Chrome; " +
            "or set CHROMIUM_PATH to chrome.exe or msedge.exe ($env:CHROMIUM_PATH = \"...\")",
        HostOs.MacOS =>
            "macOS: brew install --cask google-chrome (or microsoft-edge), or install Chrome or Edge into /Applications; " +
            "or set CHROMIUM_PATH to the browser's .app",
        _ => "Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk (Debian's chromium-headless-shell is used first where installed: " +
             "it needs less memory) (or set CHROMIUM_PATH)",
    };

    public static bool IsDisabled(HostSystem host) =>
        string.Equals(host.Variable("CHROMIUM_PATH")?.Trim(), Disabled, StringComparison.OrdinalIgnoreCase);

    public static string? TryFind() => TryFind(HostSystem.Current);

    public static string? TryFind(HostSystem host)
    {
        if (IsDisabled(host))
        {
            return null;
        }

        foreach (var variable in Variables)
        {
            if (host.NonEmptyVariable(variable) is { } value && Executable(host, value.Trim().Trim('"')) is { } configured)
            {
                return configured;
            }
        }

        return Candidates(host).FirstOrDefault(host.FileExists);
    }

    // A macOS user may point the variable at the .app bundle itself, as Finder shows it.
    private static string? Executable(HostSystem host, string path)
    {
        if (host.FileExists(path))
        {
            return path;
        }

        var bundle = path.TrimEnd('/');
        if (host.Os == HostOs.MacOS && bundle.EndsWith(".app", StringComparison.OrdinalIgnoreCase))
        {
            var inside = host.Combine(bundle, "Contents", "MacOS", Path.GetFileNameWithoutExtension(bundle));
            return host.FileExists(inside) ? inside : null;
        }

        return null;
    }

    public static string Find() => Find(HostSystem.Current);

    public static string Find(HostSystem host)
    {
        if (TryFind(host) is { } found)
        {
            return found;
        }

        var configured = Variables.Select(v => (Name: v, Value: host.NonEmptyVariable(v))).FirstOrDefault(v => v.Value is not null);
        var detail = IsDisabled(host)
            ? "CHROMIUM_PATH=none turns the browser off"
            : configured.Value is null
                ? $"looked for CHROMIUM_PATH, CHROME_PATH, {string.Join(", ", Candidates(host))}"
                : $"{configured.Name} points to '{configured.Value}', which does not exist; also looked in {string.Join(", ", Candidates(host))}";
        throw new BrowserNotFoundException(
            $"No Chromium browser found ({detail}). Static chart images and browser checks need one. Install it: {InstallHint(host.Os)}");
    }
}
