namespace Workspace.Testing;

/// <summary>
/// A fontconfig configuration that lists no font folder: a browser started with FONTCONFIG_FILE pointing at it has no font
/// at all, as a fresh Linux machine or container without fonts-noto-cjk has none for Chinese. Shared by the runtime's and
/// the workspace's font tests (linked into both projects).
/// </summary>
public sealed class EmptyFontconfig : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("empty-fontconfig-").FullName;

    public EmptyFontconfig()
    {
        File.WriteAllText(ConfigFile, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <cachedir>{Path.Combine(_directory, "cache")}</cachedir>
            </fontconfig>
            """);
    }

    /// <summary>The configuration file, for FONTCONFIG_FILE.</summary>
    public string ConfigFile => Path.Combine(_directory, "fonts.conf");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// A fact about fontconfig, which decides Chromium's fonts only on Linux (Windows and macOS browsers use the system's font
/// service, which has no empty configuration to point at). Elsewhere the test is skipped, with that reason.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "fontconfig decides the browser's fonts only on Linux";
        }
    }
}
