using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Jupyter;

/// <summary>Where Jupyter looks for kernelspecs, per system, as jupyter_core computes it.</summary>
internal static class JupyterPaths
{
    /// <summary>
    /// The user's kernels folder: JUPYTER_DATA_DIR if set; else Linux $XDG_DATA_HOME/jupyter (default
    /// ~/.local/share/jupyter), macOS ~/Library/Jupyter, Windows %APPDATA%\jupyter; then "kernels".
    /// </summary>
    public static string UserKernelsDirectory(HostSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var data = system.NonEmptyVariable("JUPYTER_DATA_DIR") ?? system.Os switch
        {
            HostOs.Windows => system.Combine(system.RoamingAppData, "jupyter"),
            HostOs.MacOS => system.Combine(system.MacLibrary, "Jupyter"),
            _ => system.Combine(system.XdgDataHome, "jupyter"),
        };
        return system.Combine(data, "kernels");
    }

    /// <summary>The kernels folder of an installation prefix (a virtual environment or conda prefix).</summary>
    public static string PrefixKernelsDirectory(HostSystem system, string prefix)
    {
        ArgumentNullException.ThrowIfNull(system);
        return system.Combine(prefix, "share", "jupyter", "kernels");
    }
}
