using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Tests;

/// <summary>The simulated machines behave as the real systems do: separators, case, per-user folders.</summary>
public sealed class HostSystemTests
{
    private static readonly Dictionary<string, string> None = new();

    [Fact]
    public void Paths_are_joined_with_the_simulated_systems_separator()
    {
        var windows = HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", None, []);
        Assert.Equal(@"C:\Users\ana\AppData\Roaming\jupyter\kernels", windows.Combine(windows.RoamingAppData, "jupyter", "kernels"));
        Assert.Equal(@"C:\a\b", windows.Combine(@"C:\a\", @"\b"));
        Assert.Equal(@"C:\a/b", windows.Combine("C:\\a/", "b")); // an existing '/' counts as a separator on Windows
        var mac = HostSystem.Simulated(HostOs.MacOS, "/Users/ana", None, []);
        Assert.Equal("/Users/ana/Library/Jupyter/kernels", mac.Combine(mac.MacLibrary, "Jupyter", "kernels"));
        var linux = HostSystem.Simulated(HostOs.Linux, "/home/ana/", None, []);
        Assert.Equal("/home/ana/.local/share/jupyter/kernels", linux.Combine(linux.XdgDataHome, "jupyter", "kernels"));
    }

    [Fact]
    public void Per_user_folders_follow_the_environment_where_the_system_does()
    {
        var windows = HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana",
            new Dictionary<string, string> { ["appdata"] = @"D:\Roaming", ["LocalAppData"] = @"D:\Local", ["ProgramFiles"] = @"E:\PF" }, []);
        Assert.Equal(@"D:\Roaming", windows.RoamingAppData);
        Assert.Equal(@"D:\Local", windows.LocalAppData);
        Assert.Equal(@"E:\PF", windows.ProgramFiles);
        Assert.Equal(@"C:\Program Files (x86)", windows.ProgramFilesX86);
        Assert.Equal(@"C:\Users\ana\AppData\Local", HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", None, []).LocalAppData);

        var linux = HostSystem.Simulated(HostOs.Linux, "/home/ana", new Dictionary<string, string> { ["XDG_DATA_HOME"] = "  " }, []);
        Assert.Equal("/home/ana/.local/share", linux.XdgDataHome); // blank counts as unset
        Assert.Null(linux.Variable("xdg_data_home")); // names are case-sensitive off Windows
    }

    [Fact]
    public void File_lookups_ignore_case_on_windows_and_macos_but_not_on_linux()
    {
        Assert.True(HostSystem.Simulated(HostOs.Windows, @"C:\Users\ana", None, [@"C:\Data\GDP.csv"]).FileExists("c:/data/gdp.CSV"));
        Assert.True(HostSystem.Simulated(HostOs.MacOS, "/Users/ana", None, ["/Users/ana/Data/gdp.csv"]).FileExists("/users/ana/data/GDP.csv"));
        Assert.False(HostSystem.Simulated(HostOs.Linux, "/home/ana", None, ["/home/ana/data/gdp.csv"]).FileExists("/home/ana/data/GDP.csv"));
        Assert.Equal(StringComparison.OrdinalIgnoreCase, HostSystem.Simulated(HostOs.MacOS, "/Users/ana", None, []).PathComparison);
        Assert.Equal(StringComparison.Ordinal, HostSystem.Simulated(HostOs.Linux, "/home/ana", None, []).PathComparison);
    }

    [Fact]
    public void The_current_host_reads_this_machine()
    {
        var file = Path.GetTempFileName();
        try
        {
            Assert.True(HostSystem.Current.FileExists(file));
            Assert.Equal(Path.DirectorySeparatorChar, HostSystem.Current.Separator);
            Assert.Equal(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), HostSystem.Current.Home);
            Assert.Equal(Environment.GetEnvironmentVariable("PATH"), HostSystem.Current.Variable("PATH"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
