using System.Runtime.InteropServices;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Where Jupyter looks for kernelspecs, per system, as jupyter_core computes it.</summary>
public static class JupyterPaths
{
    /// <summary>
    /// The user's kernels folder: JUPYTER_DATA_DIR if set; else Linux $XDG_DATA_HOME/jupyter (default
    /// ~/.local/share/jupyter), macOS ~/Library/Jupyter, Windows %APPDATA%\jupyter; then "kernels".
    /// </summary>
    public static string UserKernelsDirectory(OSPlatform system, Func<string, string?> environment, string home)
    {
        if (environment("JUPYTER_DATA_DIR") is { Length: > 0 } dataDir)
        {
            return Join(system, dataDir, "kernels");
        }

        if (system == OSPlatform.Windows)
        {
            var appData = environment("APPDATA") is { Length: > 0 } a ? a : Join(system, home, "AppData", "Roaming");
            return Join(system, appData, "jupyter", "kernels");
        }

        if (system == OSPlatform.OSX)
        {
            return Join(system, home, "Library", "Jupyter", "kernels");
        }

        var xdg = environment("XDG_DATA_HOME") is { Length: > 0 } x ? x : Join(system, home, ".local", "share");
        return Join(system, xdg, "jupyter", "kernels");
    }

    /// <summary>The kernels folder of an installation prefix (a virtual environment or conda prefix).</summary>
    public static string PrefixKernelsDirectory(OSPlatform system, string prefix) => Join(system, prefix, "share", "jupyter", "kernels");

    public static OSPlatform CurrentSystem =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? OSPlatform.Windows
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? OSPlatform.OSX
        : OSPlatform.Linux;

    public static string CurrentUserKernelsDirectory() =>
        UserKernelsDirectory(CurrentSystem, Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    // The separator of the simulated system, not of the machine running the code, so tests cover all three here.
    private static string Join(OSPlatform system, params string[] parts)
    {
        var separator = system == OSPlatform.Windows ? '\\' : '/';
        return string.Join(separator, parts.Select((p, i) => i == 0 ? p.TrimEnd('/', '\\') : p.Trim('/', '\\')));
    }
}
