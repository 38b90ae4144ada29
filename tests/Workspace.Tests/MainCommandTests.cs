using System.Text.Json;
using Guangzhou.Analysis.Data;
using nietras.SeparatedValues;
using Workspace.Testing;

namespace Workspace.Tests;

/// <summary>The README's main command executes every notebook, exports every figure and writes a verdict per claim.</summary>
[Collection(MainCommandCollection.Name)]
public sealed class MainCommandTests(MainCommandFixture run)
{
    private static readonly string[] Notebooks = ["01-gdp-race", "02-auto-industry", "03-fiscal-tiers", "04-cluster-targets", "05-fact-check"];

    [Fact]
    public void Every_notebook_executes_without_error()
    {
        Assert.True(run.ExitCode == 0, run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Artifacts, "run.json")));
        var statuses = json.RootElement.GetProperty("notebooks").EnumerateArray()
            .ToDictionary(n => Path.GetFileNameWithoutExtension(n.GetProperty("path").GetString()!), n => n.GetProperty("status").GetString());
        Assert.All(Notebooks, n => Assert.Equal("succeeded", statuses[n]));
    }

    [Fact]
    public void Claims_csv_has_a_verdict_for_every_claim()
    {
        var data = DataSetLoader.Load(RepositoryPaths.Data);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(Path.Combine(run.Artifacts, "claims.csv"));
        var verdicts = new Dictionary<string, string>();
        var grades = new Dictionary<string, string>();
        foreach (var row in reader)
        {
            verdicts[row["claim_id"].ToString()] = row["verdict"].ToString();
            grades[row["claim_id"].ToString()] = row["grade"].ToString();
        }
        // Every verdict that rests on evidence names the grade of that evidence.
        Assert.All(verdicts.Where(v => v.Value is not ("unconfirmed" or "internally inconsistent")),
            v => Assert.Contains(grades[v.Key], new[] { "official", "official-reprint", "media", "weak" }));
        Assert.Equal(data.Claims.Select(c => c.Id).Order(), verdicts.Keys.Order());
        var allowed = new[] { "confirmed", "close", "disputed", "contradicted", "unconfirmed", "internally inconsistent" };
        Assert.All(verdicts.Values, v => Assert.Contains(v, allowed));
    }

    [Theory]
    [InlineData("01-gdp-race", "2022: Chongqing passed Guangzhou by 29.003 bn yuan (first published figures)")]
    [InlineData("01-gdp-race", "2024: Chongqing passed Guangzhou by 116.065 bn yuan (first published figures)")]
    [InlineData("01-gdp-race", "2022: on first published figures Chongqing led by 29.003 bn yuan; sanlihe_2025_cq_gz (a self-media post, aggregator or spam mirror) reports that on final verified figures Guangzhou led by about 26.3 bn yuan — unconfirmed.")]
    [InlineData("05-fact-check", ProvenanceTests.LedeSummaryLine)]
    [InlineData("02-auto-industry", "margin 300 vehicles")]
    [InlineData("03-fiscal-tiers", "Remittances to higher levels: 19.19 bn yuan (gz_npc_budget_review_2024)")]
    [InlineData("04-cluster-targets", "Named: 9 clusters, 4.2 trillion yuan; total tested 6 trillion yuan; remainder 1.8 trillion yuan for 6 unnamed clusters, 300 bn yuan each.")]
    [InlineData("05-fact-check", "confirmed")]
    public void Key_numbers_in_the_executed_notebooks_match_the_data(string notebook, string expected)
    {
        var ipynb = File.ReadAllText(Path.Combine(run.Artifacts, "notebooks", notebook + ".ipynb"));
        using var json = JsonDocument.Parse(ipynb);
        var text = string.Join("\n", json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Where(o => o.TryGetProperty("text", out _))
            .Select(o => string.Concat(o.GetProperty("text").EnumerateArray().Select(t => t.GetString()))));
        Assert.Contains(expected, text);
    }

    [BrowserFact]
    public void Every_catalog_figure_is_exported_in_both_languages()
    {
        var figures = Path.Combine(run.Artifacts, "figures");
        foreach (var d in Guangzhou.Analysis.Figures.FigureCatalog.Definitions)
            foreach (var lang in new[] { "zh-Hant", "en" })
                foreach (var ext in new[] { "svg", "png", "html" })
                    Assert.True(File.Exists(Path.Combine(figures, $"{d.Id}.{lang}.{ext}")), $"{d.Id}.{lang}.{ext} missing");
        Assert.True(File.Exists(Path.Combine(figures, "index.html")));
    }

    [BrowserFact]
    public void The_svg_carries_its_title_as_chinese_text()
    {
        var svg = File.ReadAllText(Path.Combine(run.Artifacts, "figures", "gdp-race.zh-Hant.svg"));
        Assert.Contains("重慶", svg);
        Assert.Contains("Noto Sans CJK TC", svg);
    }

    [BrowserFact]
    public void The_png_is_at_least_1200_pixels_wide_at_scale_2()
    {
        var bytes = File.ReadAllBytes(Path.Combine(run.Artifacts, "figures", "gdp-race.zh-Hant.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        var width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
        var height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
        Assert.Equal(2400, width);
        Assert.True(height >= 1440, $"height {height}");
    }

    [Fact]
    public void Figure_html_is_offline()
    {
        var html = File.ReadAllText(Path.Combine(run.Artifacts, "figures", "gdp-race.en.html"));
        // plotly.js itself mentions CDN addresses in strings it never loads; what matters is that the page loads nothing.
        Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.Contains("Plotly.newPlot", html);
    }
}
