using Workspace.Testing;

namespace Workspace.Tests;

/// <summary>
/// With a browser but no font for the figures' text (an empty font configuration, as a machine without fonts-noto-cjk),
/// the main command stops at the figure step with exit code 3, naming the font and its install command, and writes no image.
/// </summary>
public sealed class WithoutFontsTests
{
    [LinuxFact]
    public void Main_command_without_fonts_exits_3_naming_the_font_and_its_install_command()
    {
        using var fonts = new EmptyFontconfig();
        using var run = new MainCommandFixture(new Dictionary<string, string> { ["FONTCONFIG_FILE"] = fonts.ConfigFile }, "--only", "01-gdp-race");
        Assert.True(run.ExitCode == 3, run.Output);
        Assert.Contains("FAILED step figures: Figure text cannot be drawn: no installed font has ", run.Output);
        Assert.Contains("(none of Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, Microsoft JhengHei, PingFang TC is installed)", run.Output);
        Assert.Contains("Missing font: Noto Sans CJK TC. Install it: sudo apt-get install fonts-noto-cjk", run.Output);
        Assert.Contains("To export the images anyway, run again with --allow-font-fallback.", run.Output);
        Assert.False(Directory.Exists(Path.Combine(run.Artifacts, "figures"))); // the check comes before any file
        // The notebook itself ran; its first chart cell carries the kernel's warning.
        var notebook = File.ReadAllText(Path.Combine(run.Artifacts, "notebooks", "01-gdp-race.ipynb"));
        Assert.Contains("warning: Figure text cannot be drawn", notebook);
    }
}
