using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Workspace.Tests;

/// <summary>
/// One headless run of one notebook with --param overrides, read back as a reader sees it: the Plotly figures of its
/// charts in cell order, and the text its cells printed.
/// </summary>
internal sealed partial record NotebookRun(int ExitCode, string Output, IReadOnlyList<JsonNode> Charts, string Printed)
{
    public static async Task<NotebookRun> ReproduceAsync(string notebook, params string[] parameters)
    {
        var artifacts = Directory.CreateTempSubdirectory("gz-params-").FullName;
        try
        {
            var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "workspace.dll"), "reproduce", "--force", "--notebooks-only", "--only", notebook, "--artifacts", artifacts })
                psi.ArgumentList.Add(a);
            foreach (var p in parameters)
            {
                psi.ArgumentList.Add("--param");
                psi.ArgumentList.Add(p);
            }
            using var process = Process.Start(psi)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            var path = Path.Combine(artifacts, "notebooks", notebook + ".ipynb");
            var ipynb = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path))! : new JsonObject { ["cells"] = new JsonArray() };
            var outputs = ipynb["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code")
                .SelectMany(c => c!["outputs"]?.AsArray() ?? []).ToArray();
            // A chart output carries its figure under Plotly's own MIME type, as JSON.
            var charts = outputs.Select(o => o!["data"]?["application/vnd.plotly.v1+json"]?.DeepClone()).OfType<JsonNode>().ToArray();
            var printed = string.Concat(outputs.Where(o => (string?)o!["output_type"] == "stream").Select(o => Text(o!["text"])));
            return new NotebookRun(process.ExitCode, await output + await error, charts, printed);
        }
        finally
        {
            Directory.Delete(artifacts, recursive: true);
        }
    }

    /// <summary>The chart's title block as plain text (title, then subtitle).</summary>
    public static string Title(JsonNode chart) => Tags().Replace((string)chart["layout"]!["title"]!["text"]!, " ").Trim();

    public static string[] Names(JsonNode chart) => chart["data"]!.AsArray().Select(t => (string?)t!["name"] ?? "").ToArray();

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
