using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Guangzhou.Analysis.Data;
using Guangzhou.Analysis.Figures;
using Workspace.Testing;

namespace Workspace.Tests;

/// <summary>
/// What the main command gives readers and designers besides the images: each figure's data as CSV, a print PDF, alt
/// text in the SVG, the page and the rendered notebooks, checked with tools nobody here wrote (poppler, nbconvert).
/// </summary>
[Collection(MainCommandCollection.Name)]
public sealed partial class FiguresForReadersTests(MainCommandFixture run)
{
    private string Figures => Path.Combine(run.Artifacts, "figures");

    private static IEnumerable<string> Stems() =>
        FigureCatalog.Definitions.SelectMany(d => new[] { $"{d.Id}.zh-Hant", $"{d.Id}.en" });

    [Fact]
    public void Every_figure_has_its_data_file_linked_from_its_page_and_the_gallery()
    {
        var gallery = File.ReadAllText(Path.Combine(Figures, "index.html"));
        foreach (var stem in Stems())
        {
            var csv = File.ReadAllLines(Path.Combine(Figures, stem + ".csv"));
            Assert.Equal("series,category,value,unit,period,vintage,sources", csv[0]);
            Assert.True(csv.Length > 1, $"{stem}.csv has no rows");
            Assert.Contains($"href=\"{stem}.csv\"", File.ReadAllText(Path.Combine(Figures, stem + ".html")));
            Assert.Contains($"href=\"{stem}.csv\"", gallery);
        }
    }

    [Fact]
    public void The_data_file_holds_exactly_the_values_the_chart_draws()
    {
        // A ranked bar chart draws its bars bottom up; its data file lists them top down.
        var page = File.ReadAllText(Path.Combine(Figures, "gdp-growth-2024.en.html"));
        var json = JsonNode.Parse(FigureJson().Match(page).Groups[1].Value)!;
        var drawn = json["data"]![0]!["x"]!.AsArray().Select(v => v!.GetValue<decimal>()).Reverse().ToArray();
        var rows = File.ReadAllLines(Path.Combine(Figures, "gdp-growth-2024.en.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(drawn, rows.Select(r => decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal("%", r[3]));
        Assert.All(rows, r => Assert.Equal("2024", r[4]));
        var data = DataSetLoader.Load(RepositoryPaths.Data);
        Assert.All(rows, r => Assert.True(data.Sources.ContainsKey(r[6]), $"{r[6]} is not a source id"));
    }

    [Fact]
    public void Pages_name_the_chart_by_its_description_and_show_the_data_as_a_table()
    {
        var page = File.ReadAllText(Path.Combine(Figures, "guangzhou-fiscal-bridge-2024.en.html"));
        Assert.Contains("<div id=\"figure\" role=\"img\" aria-label=\"Waterfall chart. Guangzhou remitted ", page);
        Assert.Contains("<figcaption class=\"nr-caption\">Waterfall chart. Guangzhou remitted ", page);
        Assert.Contains("<th scope=\"col\">Value</th>", page);
        Assert.Contains("<td>Own revenue</td><td class=\"n\">", page);
        // The page names sources by publisher and vintages in words; the CSV keeps the ids.
        Assert.Contains("<td>2024</td><td>first published</td><td>Budget Committee of the Guangzhou Municipal People", page);
        Assert.Contains("<td>2024</td><td>computed</td>", page);
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("<html lang=\"zh-Hant\">", File.ReadAllText(Path.Combine(Figures, "guangzhou-fiscal-bridge-2024.zh-Hant.html")));
    }

    [BrowserFact]
    public void Every_svg_carries_the_figures_title_and_description()
    {
        foreach (var stem in Stems())
        {
            var svg = File.ReadAllText(Path.Combine(Figures, stem + ".svg"));
            var match = SvgTitle().Match(svg);
            Assert.True(match.Success, $"{stem}.svg has no <title> and <desc> right inside its root");
            Assert.True(match.Groups[2].Value.Length > match.Groups[1].Value.Length, $"{stem}.svg: the description says no more than the title");
        }
    }

    [BrowserFact]
    public void Every_figure_has_a_one_page_vector_pdf_at_its_size_with_its_fonts_embedded()
    {
        var gallery = File.ReadAllText(Path.Combine(Figures, "index.html"));
        foreach (var stem in Stems())
        {
            var pdf = Path.Combine(Figures, stem + ".pdf");
            Assert.Contains($"href=\"{stem}.pdf\"", gallery);
            var info = Poppler("pdfinfo", pdf);
            Assert.Contains("Pages:           1", info);
            // CSS pixels at 96 per inch: the house width, 1200 px, is 900 pt.
            Assert.Matches(@"Page size:\s+900 x \d+(\.\d+)? pts", info);
            var fonts = Poppler("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToArray();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, f => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", f));
        }

        // Text stays text (not a picture of it): the title comes back out of the PDF.
        Assert.Contains("重慶", Poppler("pdftotext", Path.Combine(Figures, "gdp-race.zh-Hant.pdf"), "-"));
    }

    [Fact]
    public void Rendered_notebook_images_carry_their_alt_text_where_nbconvert_reads_it()
    {
        var ipynb = Path.Combine(run.Artifacts, "notebooks", "03-fiscal-tiers.ipynb");
        using var json = JsonDocument.Parse(File.ReadAllText(ipynb));
        var images = json.RootElement.GetProperty("cells").EnumerateArray()
            .SelectMany(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(o => o.TryGetProperty("data", out var d) && d.TryGetProperty("image/png", out _))
            .ToArray();
        Assert.Equal(2, images.Length);
        var alts = images.Select(o => o.GetProperty("metadata").GetProperty("image/png").GetProperty("alt").GetString()!).ToArray();
        Assert.StartsWith("由大至小排列的橫條圖。", alts[0]);
        Assert.StartsWith("瀑布圖。", alts[1]);

        // nbconvert's classic HTML template (Debian's 6.5 lab template does not read alt yet), asked to prefer the PNG, writes that alt text on the image.
        var script = "import nbformat, sys\nfrom nbconvert import HTMLExporter\n"
                     + "nb = nbformat.read(sys.argv[1], as_version=4)\n"
                     + "e = HTMLExporter(template_name='classic'); e.exclude_input = True\n"
                     + "e.display_data_priority = ['image/png', 'text/plain']\n"
                     + "print(e.from_notebook_node(nb)[0])\n";
        var html = Run("/usr/bin/python3", "-c", script, ipynb);
        Assert.Contains("alt=\"" + alts[1][..12], html);
    }

    private static string Poppler(string tool, params string[] args)
    {
        var path = "/usr/bin/" + tool;
        Assert.True(File.Exists(path), $"{tool} is missing: sudo apt-get install poppler-utils (.ci/run installs it)");
        return Run(path, args);
    }

    private static string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} exited {p.ExitCode}: {stderr}");
        return stdout.Result;
    }

    [GeneratedRegex(@"var fig = (\{.*?\});\n", RegexOptions.Singleline)]
    private static partial Regex FigureJson();

    [GeneratedRegex(@"^<svg[^>]*><title>([^<]+)</title><desc>([^<]+)</desc>")]
    private static partial Regex SvgTitle();
}
