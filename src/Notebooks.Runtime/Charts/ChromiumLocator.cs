namespace Notebooks.Runtime.Charts;

/// <summary>Thrown when no Chromium/Chrome executable can be found.</summary>
public sealed class BrowserNotFoundException : Exception
{
    public const string InstallHint = "Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH)";

    public BrowserNotFoundException(string message) : base(message) { }
}

/// <summary>
/// Finds a Chromium executable: CHROMIUM_PATH, CHROME_PATH, then well-known paths. Never downloads one.
/// CHROMIUM_PATH=none turns the browser off (static images are then omitted, as on a machine without one).
/// </summary>
public static class ChromiumLocator
{
    public const string Disabled = "none";

    private static readonly string[] WellKnownPaths =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ];

    public static string? TryFind() => TryFind(WellKnownPaths);

    internal static string? TryFind(IReadOnlyList<string> wellKnownPaths)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CHROMIUM_PATH"), Disabled, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var variable in new[] { "CHROMIUM_PATH", "CHROME_PATH" })
        {
            var value = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(value) && File.Exists(value))
            {
                return value;
            }
        }

        return wellKnownPaths.FirstOrDefault(File.Exists);
    }

    public static string Find() => Find(WellKnownPaths);

    internal static string Find(IReadOnlyList<string> wellKnownPaths)
    {
        var found = TryFind(wellKnownPaths);
        if (found is not null)
        {
            return found;
        }

        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? Environment.GetEnvironmentVariable("CHROME_PATH");
        var detail = string.Equals(configured, Disabled, StringComparison.OrdinalIgnoreCase)
            ? "CHROMIUM_PATH=none turns the browser off"
            : string.IsNullOrWhiteSpace(configured)
                ? $"looked for CHROMIUM_PATH, CHROME_PATH, {string.Join(", ", wellKnownPaths)}"
                : $"CHROMIUM_PATH/CHROME_PATH points to '{configured}', which does not exist";
        throw new BrowserNotFoundException(
            $"No Chromium browser found ({detail}). Static chart images and browser checks need one. Install it: {BrowserNotFoundException.InstallHint}");
    }
}
