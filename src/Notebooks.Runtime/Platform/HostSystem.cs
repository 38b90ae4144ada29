using System.Text;

namespace Notebooks.Runtime.Platform;

/// <summary>The operating systems the workspace supports.</summary>
internal enum HostOs
{
    Linux,
    Windows,
    MacOS,
}

/// <summary>
/// What the workspace needs to know of the machine it runs on to find browsers, fonts and per-user folders: the operating
/// system, its environment variables, the user's home folder and whether a file exists. <see cref="Current"/> is this
/// machine; <see cref="Simulated"/> builds another one from plain values, so the same lookup code is tested for Windows,
/// macOS and Linux on any of them. Paths are built with <see cref="Combine"/>, in the simulated system's own separator.
/// </summary>
/// <param name="Os">The operating system.</param>
/// <param name="Variable">Reads an environment variable (null when unset).</param>
/// <param name="Home">The user's home folder (Windows: the user profile).</param>
/// <param name="FileExists">Whether a file exists at a path.</param>
internal sealed record HostSystem(HostOs Os, Func<string, string?> Variable, string Home, Func<string, bool> FileExists)
{
    /// <summary>This machine, reading the live process environment and file system.</summary>
    public static HostSystem Current { get; } = new(
        CurrentOs(),
        System.Environment.GetEnvironmentVariable,
        CurrentHome(),
        File.Exists);

    /// <summary>
    /// A machine made of plain values: its variables (case-insensitive names on Windows, as there) and the files that exist
    /// (compared case-insensitively on Windows and macOS, whose default file systems are; '/' and '\' are one separator on Windows).
    /// </summary>
    public static HostSystem Simulated(HostOs os, string home, IReadOnlyDictionary<string, string> variables, IEnumerable<string> files)
    {
        var names = os == HostOs.Windows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var environment = new Dictionary<string, string>(variables, names);
        var comparer = os == HostOs.Linux ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        string Normalize(string path) => os == HostOs.Windows ? path.Replace('/', '\\') : path;
        var existing = files.Select(Normalize).ToHashSet(comparer);
        return new HostSystem(os, name => environment.GetValueOrDefault(name), home, path => existing.Contains(Normalize(path)));
    }

    /// <summary>The directory separator of <see cref="Os"/>.</summary>
    public char Separator => Os == HostOs.Windows ? '\\' : '/';

    /// <summary>How <see cref="Os"/>'s default file system compares paths (NTFS and APFS ignore case; Linux does not).</summary>
    public StringComparison PathComparison => Os == HostOs.Linux ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>An environment variable's value, or null when it is unset or blank.</summary>
    public string? NonEmptyVariable(string name) => Variable(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Joins path parts with <see cref="Separator"/> (not the running machine's, so simulated paths read as on their system).</summary>
    public string Combine(string first, params string[] more)
    {
        var path = new StringBuilder(first);
        foreach (var part in more)
        {
            if (path.Length > 0 && !IsSeparator(path[^1]))
            {
                path.Append(Separator);
            }

            path.Append(part.AsSpan().TrimStart(Os == HostOs.Windows ? "\\/" : "/"));
        }

        return path.ToString();
    }

    private bool IsSeparator(char c) => c == '/' || (Os == HostOs.Windows && c == '\\');

    /// <summary>Windows: %ProgramFiles% (default C:\Program Files).</summary>
    public string ProgramFiles => NonEmptyVariable("ProgramFiles") ?? @"C:\Program Files";

    /// <summary>Windows: %ProgramFiles(x86)% (default C:\Program Files (x86)), where Edge installs itself.</summary>
    public string ProgramFilesX86 => NonEmptyVariable("ProgramFiles(x86)") ?? @"C:\Program Files (x86)";

    /// <summary>Windows: %LOCALAPPDATA% (default &lt;home&gt;\AppData\Local), where per-user browser installs go.</summary>
    public string LocalAppData => NonEmptyVariable("LOCALAPPDATA") ?? Combine(Home, "AppData", "Local");

    /// <summary>Windows: %APPDATA% (default &lt;home&gt;\AppData\Roaming); Jupyter's data folder is %APPDATA%\jupyter.</summary>
    public string RoamingAppData => NonEmptyVariable("APPDATA") ?? Combine(Home, "AppData", "Roaming");

    /// <summary>Linux: $XDG_DATA_HOME (default ~/.local/share); Jupyter's data folder is its "jupyter" subfolder, flatpak's user installs are under "flatpak".</summary>
    public string XdgDataHome => NonEmptyVariable("XDG_DATA_HOME") ?? Combine(Home, ".local", "share");

    /// <summary>macOS: ~/Library; Jupyter's data folder is ~/Library/Jupyter.</summary>
    public string MacLibrary => Combine(Home, "Library");

    private static HostOs CurrentOs() =>
        OperatingSystem.IsWindows() ? HostOs.Windows : OperatingSystem.IsMacOS() ? HostOs.MacOS : HostOs.Linux;

    private static string CurrentHome()
    {
        var profile = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(profile) ? System.Environment.GetEnvironmentVariable("HOME") ?? "" : profile;
    }
}
