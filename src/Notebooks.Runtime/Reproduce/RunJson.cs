using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// artifacts/run.json: the record of the last run, and the input-hash cache of the next one. A notebook is skipped when
/// its previous record succeeded with the same input hash and its .ipynb and .html still exist.
/// </summary>
internal sealed class RunJson
{
    public const string FileName = "run.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private readonly IReadOnlyDictionary<string, NotebookRunRecord> _previous;

    private RunJson(IReadOnlyDictionary<string, NotebookRunRecord> previous) => _previous = previous;

    /// <summary>Reads the previous run; a missing or damaged run.json only disables the cache.</summary>
    public static RunJson Load(string artifactsDirectory)
    {
        var path = Path.Combine(artifactsDirectory, FileName);
        try
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path))?["notebooks"] is JsonArray notebooks)
            {
                return new RunJson(notebooks.Select(n => n.Deserialize<NotebookRunRecord>(Options))
                    .OfType<NotebookRunRecord>()
                    .ToDictionary(r => r.Path, r => r, StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            // Fall through: no cache.
        }

        return new RunJson(new Dictionary<string, NotebookRunRecord>(StringComparer.Ordinal));
    }

    /// <summary>The run whose rendering of the notebook is in notebooks/ now, if any run wrote one.</summary>
    public NotebookRunRecord? Rendered(string notebookPath) => _previous.GetValueOrDefault(notebookPath) switch
    {
        null => null,
        { Kept: { } kept } => kept,
        { Status: Execution.NotebookStatus.NotRun or Execution.NotebookStatus.Cancelled } => null,
        var written => written,
    };

    /// <summary>The rendering's record, marked cached, when the notebook's inputs and outputs are unchanged.</summary>
    public NotebookRunRecord? Cached(PlannedNotebook notebook, string inputHash, NotebookArtifactPaths paths) =>
        Rendered(notebook.Relative) is { Status: Execution.NotebookStatus.Succeeded } before && before.InputHash == inputHash
        && File.Exists(paths.Ipynb) && File.Exists(paths.Html)
            ? before with { Cached = true, DurationSeconds = 0 }
            : null;

    public static Task WriteAsync(string artifactsDirectory, RunOutcome outcome, IReadOnlyList<NotebookRunRecord> records,
        IReadOnlyList<(string Name, StepOutcome Outcome)> steps, TimeSpan total, bool images)
    {
        var json = new JsonObject
        {
            ["format"] = InputHasher.FormatVersion,
            ["outcome"] = JsonSerializer.SerializeToNode(outcome, Options),
            ["succeeded"] = outcome == RunOutcome.Succeeded,
            ["staticImages"] = images,
            ["durationSeconds"] = Math.Round(total.TotalSeconds, 3),
            ["notebooks"] = JsonSerializer.SerializeToNode(records, Options),
            ["steps"] = new JsonArray(steps.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["succeeded"] = s.Outcome.Succeeded,
                ["summary"] = s.Outcome.Summary,
            }).ToArray()),
        };
        // Written even when the run was cancelled, so not with the run's token.
        return ArtifactFiles.WriteTextAsync(Path.Combine(artifactsDirectory, FileName), json.ToJsonString(Options) + "\n", CancellationToken.None);
    }
}
