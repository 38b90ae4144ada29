using System.Text.Json.Nodes;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Figures;
using Notebooks.Runtime.Platform;
using Notebooks.Runtime.Reproduce;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

/// <summary>
/// The figure text check: in real Chromium with the fonts installed it passes; with an empty font configuration the export
/// refuses to write images (exit 3 from a reproduce run) unless fallback is allowed, and the kernel warns in the cell output.
/// </summary>
public sealed class FontCheckTests
{
    private const string Stack = "Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, Microsoft JhengHei, PingFang TC, sans-serif";

    private static readonly string FigureJson = new JsonObject
    {
        ["data"] = new JsonArray(new JsonObject { ["type"] = "bar", ["x"] = new JsonArray("廣州", "深圳"), ["y"] = new JsonArray(31032.5, 36801.9) }),
        ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = "地區生產總值 GDP" }, ["font"] = new JsonObject { ["family"] = Stack } },
    }.ToJsonString();

    private static readonly ExportFigure Figure = new("gdp.zh-Hant", "地區生產總值", "說明", "資料來源：統計局", "zh-Hant", FigureJson, 600, 400);

    [Fact]
    public void Characters_are_the_distinct_inked_ones_in_order()
    {
        Assert.Equal(["廣", "州", "G", "D", "P", "2", "0", "4", "%", "𠀋"], CjkFontCheck.Characters("廣州 GDP\n2024 %\u200b廣\t𠀋"));
    }

    [Fact]
    public void Font_stacks_are_quoted_for_css_and_generic_families_are_not_named()
    {
        Assert.Equal(["Noto Sans CJK TC", "Microsoft JhengHei"], CjkFontCheck.Families("Noto Sans CJK TC, 'Microsoft JhengHei', sans-serif"));
        Assert.Equal("\"Noto Sans CJK TC\", \"Microsoft JhengHei\", sans-serif", CjkFontCheck.CssStack("Noto Sans CJK TC,'Microsoft JhengHei' ,sans-serif"));
    }

    [Fact]
    public void The_explanation_names_the_missing_font_and_the_install_command_of_each_system()
    {
        var none = new FontCheckResult(["Noto Sans CJK TC", "PingFang TC"], [], ["廣", "州"]);
        Assert.Equal(
            "Figure text cannot be drawn: no installed font has 廣 州 (none of Noto Sans CJK TC, PingFang TC is installed), so the images " +
            "would show empty boxes or no text. Missing font: Noto Sans CJK TC. Install it: sudo apt-get install fonts-noto-cjk " +
            "(Debian/Ubuntu; elsewhere the distribution's Noto Sans CJK package).",
            CjkFontCheck.Explain(none, HostOs.Linux));
        Assert.EndsWith("Missing font: Microsoft JhengHei. Install it: it comes with Windows 10 and 11; if it was removed, add Chinese (Traditional) " +
                        "under Settings > Time & language > Language & region, which installs its fonts.", CjkFontCheck.Explain(none, HostOs.Windows));
        Assert.EndsWith("Missing font: PingFang TC. Install it: it comes with macOS; or install Noto Sans TC: brew install --cask font-noto-sans-tc.",
            CjkFontCheck.Explain(none, HostOs.MacOS));

        var many = new FontCheckResult(["Noto Sans CJK TC"], ["Noto Sans CJK TC"], CjkFontCheck.Characters("一二三四五六七八九十百千萬億"));
        Assert.StartsWith("Figure text cannot be drawn: no installed font has 一 二 三 四 五 六 七 八 九 十 百 千 and 2 more " +
                          "(Noto Sans CJK TC is installed but lacks them)", CjkFontCheck.Explain(many, HostOs.Linux));

        var fallback = new FontCheckResult(["Noto Sans CJK TC"], [], []);
        Assert.True(fallback.DrawnWithFallbackFont);
        Assert.StartsWith("Figure fonts: none of Noto Sans CJK TC is installed, so the browser draws the text with another font", CjkFontCheck.Explain(fallback, HostOs.Linux));
    }

    [Fact]
    public async Task With_the_fonts_installed_every_character_is_drawn_and_noto_is_found()
    {
        await using var renderer = await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find());
        var result = await CjkFontCheck.CheckFiguresAsync(renderer, [FigureJson]);
        Assert.Empty(result.MissingCharacters);
        Assert.Equal(["Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC"], result.Families);
        // Debian's fonts-noto-cjk has Noto Sans CJK TC; this Linux machine has neither Windows' nor macOS's face.
        Assert.Contains("Noto Sans CJK TC", result.InstalledFamilies);
        Assert.DoesNotContain("Microsoft JhengHei", result.InstalledFamilies);
        Assert.DoesNotContain("PingFang TC", result.InstalledFamilies);
        Assert.True(result.CanDrawText);
    }

    [LinuxFact]
    public async Task Export_with_an_empty_font_configuration_fails_naming_the_font_and_writes_no_image()
    {
        using var fonts = new EmptyFontconfig();
        await using var renderer = await LaunchAsync(fonts);
        var output = Directory.CreateTempSubdirectory("nr-fonts-").FullName;
        try
        {
            var e = await Assert.ThrowsAsync<MissingFontException>(() => FigureExporter.ExportAsync([Figure], output, renderer, RunProgress.Silent));
            // The exporter is given no sample of the workspace's script: the figure's own characters are the ones named.
            Assert.StartsWith("Figure text cannot be drawn: no installed font has ", e.Message);
            Assert.Contains("廣 州", e.Message);
            Assert.EndsWith("(none of Noto Sans CJK TC, Noto Sans TC, Source Han Sans TC, Microsoft JhengHei, PingFang TC is installed), so the images " +
                            "would show empty boxes or no text. Missing font: Noto Sans CJK TC. Install it: sudo apt-get install fonts-noto-cjk " +
                            "(Debian/Ubuntu; elsewhere the distribution's Noto Sans CJK package). To export the images anyway, run again with --allow-font-fallback.",
                e.Message);
            Assert.Empty(Directory.GetFiles(output));

            var log = new StringWriter();
            using var progress = RunProgress.For(log);
            var result = await FigureExporter.ExportAsync([Figure], output, renderer, progress, allowFontFallback: true);
            Assert.True(result.TextMissingFromImages);
            Assert.Contains("廣", result.Fonts!.MissingCharacters);
            Assert.Contains("  warning: Figure text cannot be drawn:", log.ToString());
            Assert.Contains("Exporting anyway (--allow-font-fallback).", log.ToString());
            Assert.True(File.Exists(Path.Combine(output, "gdp.zh-Hant.png")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [LinuxFact]
    public async Task Reproduce_without_fonts_exits_3_and_the_kernel_warns_in_the_chart_cell()
    {
        using var fonts = new EmptyFontconfig();
        using var repo = TestRepo.Create("basic");
        var renderer = await LaunchAsync(fonts);
        var log = new StringWriter();
        var result = await repo.RunForcedAsync(renderer, log, new ExportStep([Figure]));

        Assert.True(result.ExitCode == ExitCodes.Environment, log.ToString());
        Assert.Equal(NotebookStatus.Succeeded, Assert.Single(result.Notebooks).Status);
        var (name, outcome) = Assert.Single(result.Steps);
        Assert.Equal("figures", name);
        Assert.True(outcome.MachineNotReady);
        Assert.StartsWith("Figure text cannot be drawn:", outcome.Summary);
        Assert.Contains("FAILED step figures: Figure text cannot be drawn:", log.ToString());

        var notebook = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(repo.Artifacts, "notebooks", "basic.ipynb")))!;
        var chartCell = notebook["cells"]!.AsArray().Single(c => Source(c!).Contains("display(chart)", StringComparison.Ordinal))!;
        var warnings = chartCell["outputs"]!.AsArray()
            .Where(o => o!["output_type"]!.GetValue<string>() == "stream" && o["name"]!.GetValue<string>() == "stderr")
            .Select(o => Source(o!["text"]!)).ToList();
        var warning = Assert.Single(warnings);
        Assert.StartsWith("warning: Figure text cannot be drawn: no installed font has 繁 體 中 文", warning);
        Assert.Contains("Install it: sudo apt-get install fonts-noto-cjk", warning);
        // The kernel warns once: the table and record cells after the chart carry no warning.
        Assert.Equal(1, notebook["cells"]!.AsArray().Sum(c => c!["outputs"]?.AsArray().Count(o => o!["name"]?.GetValue<string>() == "stderr") ?? 0));
    }

    private static string Source(JsonNode node) =>
        node is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : node["source"] is { } s ? Source(s) : node.GetValue<string>();

    // The browser inherits this process's environment when it starts; the tests of this assembly do not run in parallel.
    private static async Task<ChromiumChartRenderer> LaunchAsync(EmptyFontconfig fonts)
    {
        var previous = Environment.GetEnvironmentVariable("FONTCONFIG_FILE");
        Environment.SetEnvironmentVariable("FONTCONFIG_FILE", fonts.ConfigFile);
        try
        {
            return await ChromiumChartRenderer.LaunchAsync(ChromiumLocator.Find());
        }
        finally
        {
            Environment.SetEnvironmentVariable("FONTCONFIG_FILE", previous);
        }
    }

    private sealed class ExportStep(IReadOnlyList<ExportFigure> figures) : IReproduceStep
    {
        public string Name => "figures";

        public async Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct)
        {
            var result = await FigureExporter.ExportAsync(figures, Path.Combine(context.ArtifactsDirectory, "figures"), context.Images, context.Progress,
                context.AllowFontFallback, ct: ct);
            return new StepOutcome(true, $"{result.Figures} figures");
        }
    }
}
