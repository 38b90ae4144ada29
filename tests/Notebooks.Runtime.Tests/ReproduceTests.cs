using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Runtime.Cli;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Reproduce;
using Workspace.Testing;

namespace Notebooks.Runtime.Tests;

[Collection(ReproduceCollection.Name)]
public sealed class ReproduceTests(ReproduceFixture fixture)
{
    private JsonObject Notebook => JsonNode.Parse(fixture.FirstIpynb)!.AsObject();

    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };

    [BrowserFact]
    public void Real_notebook_runs_end_to_end()
    {
        Assert.True(fixture.First.ExitCode == 0, fixture.FirstLog);
        var record = Assert.Single(fixture.First.Notebooks);
        Assert.Equal(NotebookStatus.Succeeded, record.Status);
        Assert.Contains("[1/1] basic.ipynb cell 1/6", fixture.FirstLog);
        Assert.Contains("total", fixture.FirstLog);

        var cells = Notebook["cells"]!.AsArray();
        var outputs = cells.Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"]!.AsArray()).Select(o => o!.AsObject()).ToList();

        // C# stdout
        Assert.Contains(outputs, o => o["output_type"]!.GetValue<string>() == "stream" && Text(o["text"]).Contains("廣州 2024 2.1"));
        // DataFrame: HTML table with right-aligned numbers, plus CJK-aligned text
        var frame = outputs.Single(o => Text(o["data"]?["text/html"]).Contains("GDP (億元)"));
        Assert.Contains("align=\"right\"", Text(frame["data"]!["text/html"]));
        Assert.Contains("34606.4", Text(frame["data"]!["text/html"]));
        var plain = Text(frame["data"]!["text/plain"]).Split('\n');
        Assert.Equal(TestWidth(plain[1]), TestWidth(plain[2]));
        // Plotly chart: the figure under Plotly's own MIME type (VS Code, JupyterLab), one PNG (GitHub), text/plain; no
        // plotly.js and no second copy of the image in the .ipynb.
        var chart = outputs.Single(o => o["data"]?["image/png"] is not null);
        var data = chart["data"]!.AsObject();
        Assert.Equal(["application/vnd.plotly.v1+json", "image/png", "text/plain"], data.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("bar", (string?)data["application/vnd.plotly.v1+json"]!["data"]![0]!["type"]);
        Assert.StartsWith("iVBORw0KGgo", data["image/png"]!.GetValue<string>());
        Assert.StartsWith("Plotly chart: 1 trace(s)", Text(data["text/plain"]));
        // Records: a table with right-aligned numeric-looking cells
        var records = outputs.Single(o => Text(o["data"]?["text/html"]).Contains("+5.8%"));
        Assert.Contains("<th style=\"text-align:left;border-bottom:1px solid #999;padding:2px 8px\">City</th>", Text(records["data"]!["text/html"]));
        Assert.Contains("align=\"right\" style=\"text-align:right;padding:2px 8px;border-bottom:1px solid #eee\">+5.8%", Text(records["data"]!["text/html"]));

        // Rendered HTML: standalone, markdown rendered, code collapsible, plotly.js once, no external references
        var page = Encoding.UTF8.GetString(fixture.FirstHtml);
        Assert.Contains("<h1>Basic notebook</h1>", page);
        Assert.Contains("<details class=\"nr-code\">", page);
        Assert.Equal(1, CountOf(page, "data-notebooks-plotlyjs="));
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", Execution.HtmlRenderer.StripPlotlyJs(page));
        Assert.DoesNotContain("<link", page);
        Assert.DoesNotContain(fixture.Repo.Root, page);

        // index.html and run.json
        var index = File.ReadAllText(Path.Combine(fixture.Repo.Artifacts, "index.html"));
        Assert.Contains("href=\"notebooks/basic.html\"", index);
        var run = JsonNode.Parse(File.ReadAllText(Path.Combine(fixture.Repo.Artifacts, "run.json")))!;
        var entry = run["notebooks"]![0]!;
        Assert.Equal("succeeded", entry["status"]!.GetValue<string>());
        Assert.Equal(8, entry["cells"]!.GetValue<int>());
        Assert.Equal(64, entry["inputHash"]!.GetValue<string>().Length);
        Assert.True(entry["durationSeconds"]!.GetValue<double>() > 0);
    }

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);

    private static int TestWidth(string line) => Kernel.TextWidth.Of(line.TrimEnd());

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void Ipynb_has_nbformat_4_structure()
    {
        NbformatChecker.AssertValid(Notebook);
    }

    [Fact]
    public async Task Two_runs_give_byte_identical_ipynb_and_html_then_an_unchanged_rerun_is_cached()
    {
        var log = new StringWriter();
        var second = await ReproduceRunner.RunAsync(fixture.Options(force: true, log));
        Assert.Equal(0, second.ExitCode);
        Assert.False(second.Notebooks[0].Cached);
        Assert.True(Same(fixture.FirstIpynb, await File.ReadAllBytesAsync(fixture.IpynbPath)), "ipynb differs between runs");
        Assert.True(Same(fixture.FirstHtml, await File.ReadAllBytesAsync(fixture.HtmlPath)), "html differs between runs");

        var watch = Stopwatch.StartNew();
        var cachedLog = new StringWriter();
        var third = await ReproduceRunner.RunAsync(fixture.Options(force: false, cachedLog));
        watch.Stop();
        Assert.Equal(0, third.ExitCode);
        Assert.True(third.Notebooks[0].Cached, cachedLog.ToString());
        Assert.Contains("unchanged, skipped (cached)", cachedLog.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"cached re-run took {watch.Elapsed}");
        Assert.True(Same(fixture.FirstIpynb, await File.ReadAllBytesAsync(fixture.IpynbPath)));

        // Changing data/ invalidates the cache.
        await File.AppendAllTextAsync(Path.Combine(fixture.Repo.Root, "data", "values.csv"), "2025,1\n");
        var changed = await ReproduceRunner.RunAsync(fixture.Options(force: false, new StringWriter()));
        Assert.False(changed.Notebooks[0].Cached);
    }

    [Fact]
    public async Task Parameters_override_the_parameters_cell()
    {
        var artifacts = Path.Combine(fixture.Repo.Root, "artifacts-params");
        var log = new StringWriter();
        var result = await ReproduceRunner.RunAsync(fixture.Options(force: true, log,
            new Dictionary<string, string> { ["year"] = "2030", ["city"] = "深圳 \"SZ\"", ["growth"] = "3" }, artifacts));
        Assert.True(result.ExitCode == 0, log.ToString());
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(artifacts, "notebooks", "basic.ipynb")))!;
        var cells = notebook["cells"]!.AsArray();
        var injected = cells[2]!;
        Assert.Equal("injected-parameters", injected["metadata"]!["tags"]![0]!.GetValue<string>());
        var source = Text(injected["source"]);
        Assert.Contains("var year = 2030;", source);
        Assert.Contains("var city = \"深圳 \\\"SZ\\\"\";", source);
        Assert.Contains("var growth = 3.0;", source);
        var stdout = cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).First(o => o!["output_type"]!.GetValue<string>() == "stream");
        Assert.Contains("深圳 \"SZ\" 2030 3", Text(stdout!["text"]));
    }

    [Fact]
    public async Task Unknown_parameter_is_a_usage_error_naming_notebook_and_parameter()
    {
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = fixture.Repo.Root;
        try
        {
            var exit = await WorkspaceCli.RunAsync(["reproduce", "--param", "nosuch=1", "--artifacts", Path.Combine(fixture.Repo.Root, "artifacts-bad")], [], new StringWriter(), error);
            Assert.Equal(2, exit);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        Assert.Contains("nosuch", error.ToString());
        Assert.Contains("basic.ipynb", error.ToString());
    }
}
