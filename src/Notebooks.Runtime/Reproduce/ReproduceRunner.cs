using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Reproduce;

/// <summary>Thrown for command-line mistakes (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

public sealed class ReproduceOptions
{
    public required string RepositoryRoot { get; init; }

    public string? NotebooksDirectory { get; init; }

    public string? ArtifactsDirectory { get; init; }

    public string? DataDirectory { get; init; }

    public bool Force { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Run only the notebook with this name (file name with or without extension, or path under notebooks/).</summary>
    public string? Only { get; init; }

    public IReadOnlyList<IReproduceStep> ExtraSteps { get; init; } = [];

    /// <summary>Libraries every notebook's kernel references before its first cell.</summary>
    public KernelPreload Preload { get; init; } = KernelPreload.None;

    /// <summary>Let figure steps export images whose text the browser has no font for (--allow-font-fallback).</summary>
    public bool AllowFontFallback { get; init; }

    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>Directories whose assemblies are part of every notebook's input hash (default: the host's base directory).</summary>
    public IReadOnlyList<string>? AssemblyDirectories { get; init; }

    /// <summary>Creates the run's chart image renderer; default: Chromium from <see cref="ChromiumLocator"/>, launched lazily.</summary>
    public Func<IChartImageRenderer?>? ImagesFactory { get; init; }

    public string NotebooksPath => Path.GetFullPath(NotebooksDirectory ?? Path.Combine(RepositoryRoot, "notebooks"));

    public string ArtifactsPath => Path.GetFullPath(ArtifactsDirectory ?? Path.Combine(RepositoryRoot, "artifacts"));

    public string DataPath => Path.GetFullPath(DataDirectory ?? Path.Combine(RepositoryRoot, "data"));
}

public sealed record NotebookRunRecord(
    string Name,
    string Path,
    string Status,
    bool Cached,
    int Cells,
    int CodeCells,
    int ExecutedCells,
    CellFailure? Failure,
    double DurationSeconds,
    string InputHash);

public sealed record ReproduceResult(int ExitCode, IReadOnlyList<NotebookRunRecord> Notebooks, IReadOnlyList<(string Name, StepOutcome Outcome)> Steps, TimeSpan Duration);

/// <summary>Executes every notebook, renders .ipynb/.html, writes index.html and run.json, then runs the extra steps.</summary>
public static partial class ReproduceRunner
{
    public static string ImagesOmittedMessage =>
        "No Chromium browser found: notebooks and HTML are rendered, but static chart images are omitted. Install it: " +
        BrowserNotFoundException.InstallHint;

    public static async Task<ReproduceResult> RunAsync(ReproduceOptions options, CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        var log = options.Log;
        var notebooksDir = options.NotebooksPath;
        var artifactsDir = options.ArtifactsPath;
        if (!Directory.Exists(notebooksDir))
        {
            throw new UsageException($"Notebook folder not found: {notebooksDir}");
        }

        var all = Directory.EnumerateFiles(notebooksDir, "*", SearchOption.AllDirectories)
            .Where(NotebookReader.IsNotebookPath)
            .Where(p => !p.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(notebooksDir, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();
        var selected = options.Only is null
            ? all
            : all.Where(p => MatchesName(p.Relative, options.Only)).ToList();
        if (options.Only is not null && selected.Count == 0)
        {
            throw new UsageException($"--only {options.Only}: no such notebook under {Rel(options.RepositoryRoot, notebooksDir)} (have: {string.Join(", ", all.Select(a => a.Relative))}).");
        }

        // Load every notebook first, so parameter mistakes are reported before anything runs.
        var loaded = new List<(string Full, string Relative, string Name, NotebookDocument Document, byte[] Bytes, Dictionary<string, string> Parameters)>();
        foreach (var (full, relative) in selected)
        {
            var bytes = await File.ReadAllBytesAsync(full, ct);
            NotebookDocument document;
            try
            {
                document = NotebookReader.Load(full);
            }
            catch (InvalidDataException e)
            {
                throw new UsageException($"{relative}: cannot read notebook: {e.Message}");
            }

            var declared = Parameters.FindParametersCell(document) is { } cell
                ? Parameters.Declarations(cell.Source).Select(d => d.Name).ToHashSet(StringComparer.Ordinal)
                : [];
            var applied = options.Parameters.Where(p => declared.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            loaded.Add((full, relative, NameOf(relative), document, bytes, applied));
        }

        foreach (var (name, _) in options.Parameters)
        {
            if (!loaded.Any(l => l.Parameters.ContainsKey(name)))
            {
                var notebookNames = string.Join(", ", loaded.Select(l => l.Relative));
                throw new UsageException(
                    $"Unknown parameter '{name}': not declared in the \"parameters\" cell of {(loaded.Count == 1 ? "notebook " : "any of ")}{notebookNames}.");
            }
        }

        var images = options.ImagesFactory is not null
            ? options.ImagesFactory()
            : ChromiumLocator.TryFind() is { } chromium ? new LazyChartImageRenderer(chromium) : null;
        try
        {
            if (images is null)
            {
                await log.WriteLineAsync(ImagesOmittedMessage);
            }

            var assemblyDirs = options.AssemblyDirectories ?? [AppContext.BaseDirectory];
            var environmentHash = InputHasher.EnvironmentHash(options.DataPath, assemblyDirs);
            var settings = $"images={(images is null ? "no" : "yes")}";
            var previous = ReadPreviousRun(Path.Combine(artifactsDir, "run.json"));
            var outputDir = Path.Combine(artifactsDir, "notebooks");
            Directory.CreateDirectory(outputDir);

            await log.WriteLineAsync($"reproduce: {loaded.Count} notebook(s) from {Rel(options.RepositoryRoot, notebooksDir)} -> {Rel(options.RepositoryRoot, artifactsDir)}{(options.Force ? " (--force)" : "")}");
            var records = new List<NotebookRunRecord>();
            for (var n = 0; n < loaded.Count; n++)
            {
                var item = loaded[n];
                var prefix = $"[{n + 1}/{loaded.Count}] {item.Relative}";
                var ipynbPath = Path.Combine(outputDir, item.Name + ".ipynb");
                var htmlPath = Path.Combine(outputDir, item.Name + ".html");
                var hash = InputHasher.NotebookHash(environmentHash, item.Relative, item.Bytes,
                    ReferencedAssemblies(item.Document, Path.GetDirectoryName(item.Full)!), item.Parameters, settings);

                if (!options.Force && previous.TryGetValue(item.Relative, out var before) && before.InputHash == hash
                    && before.Status == "succeeded" && File.Exists(ipynbPath) && File.Exists(htmlPath))
                {
                    await log.WriteLineAsync($"{prefix}: unchanged, skipped (cached)");
                    records.Add(before with { Cached = true, DurationSeconds = 0 });
                    continue;
                }

                await log.WriteLineAsync($"{prefix}: running");
                var codeCount = 0;
                var result = await NotebookExecutor.ExecuteAsync(item.Document, Path.GetDirectoryName(item.Full)!, new NotebookExecutionOptions
                {
                    Kernel = new WorkspaceKernelOptions
                    {
                        Images = images,
                        Preload = options.Preload,
                        // A rendered .ipynb carries the figure (drawn by VS Code's and JupyterLab's Plotly renderers)
                        // and one PNG (GitHub); the standalone HTML draws from the figure. No plotly.js, no second image.
                        ChartOutputs = ChartOutputs.PlotlyJson | ChartOutputs.Png,
                        // 1.5× keeps the PNG sharp at GitHub's column width and a chart-heavy notebook under 1 MB;
                        // print-ready images are the figure exports (scale 2).
                        PngScale = 1.5,
                    },
                    CellTimeout = options.CellTimeout,
                    Parameters = item.Parameters,
                    PathRoot = options.RepositoryRoot,
                    Progress = p =>
                    {
                        codeCount = p.CodeCellCount;
                        if (p.Phase == "done")
                        {
                            log.WriteLine($"{prefix} cell {p.CodeCellNumber}/{p.CodeCellCount} (#{p.CellNumber}) {(p.Failed ? "FAILED" : "ok")} {p.Elapsed?.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
                        }
                    },
                }, ct);

                var status = result.Status switch
                {
                    NotebookStatus.Succeeded => "succeeded",
                    NotebookStatus.TimedOut => "timed-out",
                    _ => "failed",
                };
                await WriteAtomicAsync(ipynbPath, IpynbWriter.Write(result.Document), ct);
                await WriteAtomicAsync(htmlPath, HtmlRenderer.Render(result.Document, item.Relative, status == "succeeded" ? null : status), ct);
                var record = new NotebookRunRecord(item.Name, item.Relative, status, false, result.Document.Cells.Count, result.CodeCells,
                    result.ExecutedCells, result.Failure, Math.Round(result.Duration.TotalSeconds, 3), hash);
                records.Add(record);
                await log.WriteLineAsync($"{prefix}: {status} in {result.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s" +
                                         (result.Failure is { } f ? $" — {f}" : ""));
            }

            var index = HtmlRenderer.RenderIndex("Notebooks", records.Select(r => (
                r.Path,
                "notebooks/" + Uri.EscapeDataString(r.Name + ".html").Replace("%2F", "/", StringComparison.Ordinal),
                "notebooks/" + Uri.EscapeDataString(r.Name + ".ipynb").Replace("%2F", "/", StringComparison.Ordinal),
                r.Status,
                r.Failure?.ToString())));
            await WriteAtomicAsync(Path.Combine(artifactsDir, "index.html"), index, ct);

            var steps = new List<(string, StepOutcome)>();
            var context = new ReproduceContext
            {
                RepositoryRoot = options.RepositoryRoot,
                ArtifactsDirectory = artifactsDir,
                Force = options.Force,
                Images = images,
                Log = log,
                Parameters = options.Parameters,
                AllowFontFallback = options.AllowFontFallback,
            };
            foreach (var step in options.ExtraSteps)
            {
                var watch = Stopwatch.StartNew();
                await log.WriteLineAsync($"[step] {step.Name}: running");
                StepOutcome outcome;
                try
                {
                    outcome = await step.RunAsync(context, ct);
                }
                catch (MissingFontException e)
                {
                    outcome = new StepOutcome(false, e.Message, MachineNotReady: true);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    outcome = new StepOutcome(false, $"{e.GetType().Name}: {e.Message}");
                }

                steps.Add((step.Name, outcome));
                await log.WriteLineAsync($"[step] {step.Name}: {(outcome.Succeeded ? "ok" : "FAILED")} in {watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s — {outcome.Summary}");
            }

            await WriteAtomicAsync(Path.Combine(artifactsDir, "run.json"), RunJson(records, steps, total.Elapsed, images is not null), ct);

            var failures = records.Where(r => r.Status != "succeeded").ToList();
            await log.WriteLineAsync();
            await log.WriteLineAsync("Durations:");
            foreach (var r in records)
            {
                await log.WriteLineAsync($"  {r.Path,-40} {r.Status,-10} {(r.Cached ? "cached" : r.DurationSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s")}");
            }

            await log.WriteLineAsync($"  total {total.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
            if (images is null)
            {
                await log.WriteLineAsync("Static chart images were omitted (no browser).");
            }

            foreach (var failure in failures)
            {
                await log.WriteLineAsync($"FAILED {failure.Path} {failure.Failure}");
            }

            foreach (var (name, outcome) in steps.Where(s => !s.Item2.Succeeded))
            {
                await log.WriteLineAsync($"FAILED step {name}: {outcome.Summary}");
            }

            // A notebook or step that failed on its own counts first (1); failing only for want of a font or tool is 3.
            var exit = failures.Count > 0 || steps.Any(s => !s.Item2.Succeeded && !s.Item2.MachineNotReady) ? 1
                : steps.Any(s => !s.Item2.Succeeded) ? WorkspaceCli.ExitEnvironment : 0;
            await log.WriteLineAsync(exit == 0 ? "reproduce: ok" : "reproduce: failed");
            return new ReproduceResult(exit, records, steps, total.Elapsed);
        }
        finally
        {
            if (images is not null)
            {
                await images.DisposeAsync();
            }
        }
    }

    // Names compare as the file system does: on Windows and macOS "--only 01-GDP-Race" is the file 01-gdp-race.ipynb.
    private static bool MatchesName(string relative, string only)
    {
        only = only.Replace('\\', '/');
        var comparison = HostSystem.Current.PathComparison;
        return string.Equals(relative, only, comparison)
               || string.Equals(NameOf(relative), only, comparison)
               || string.Equals(Path.GetFileName(relative), only, comparison)
               || string.Equals(Path.GetFileNameWithoutExtension(relative), only, comparison);
    }

    /// <summary>Artifact name: the path under notebooks/ without its extension.</summary>
    public static string NameOf(string relative) =>
        relative[..^Path.GetExtension(relative).Length];

    private static string Rel(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative + "/";
    }

    private static IEnumerable<string> ReferencedAssemblies(NotebookDocument document, string notebookDirectory) =>
        document.Cells.Where(c => c.CellType == NotebookCell.Code)
            .SelectMany(c => AssemblyReference().Matches(c.Source))
            .Select(m => m.Groups[1].Value)
            .Where(p => !p.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(notebookDirectory, p)))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*#r\s+""([^""]+)""", RegexOptions.Multiline)]
    private static partial Regex AssemblyReference();

    public static async Task WriteAtomicAsync(string path, string content, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await File.WriteAllTextAsync(temp, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
        File.Move(temp, path, overwrite: true);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static string RunJson(IReadOnlyList<NotebookRunRecord> records, IReadOnlyList<(string Name, StepOutcome Outcome)> steps, TimeSpan total, bool images)
    {
        var json = new JsonObject
        {
            ["format"] = InputHasher.FormatVersion,
            ["succeeded"] = records.All(r => r.Status == "succeeded") && steps.All(s => s.Outcome.Succeeded),
            ["staticImages"] = images,
            ["durationSeconds"] = Math.Round(total.TotalSeconds, 3),
            ["notebooks"] = JsonSerializer.SerializeToNode(records, JsonOptions),
            ["steps"] = new JsonArray(steps.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["succeeded"] = s.Outcome.Succeeded,
                ["summary"] = s.Outcome.Summary,
            }).ToArray()),
        };
        return json.ToJsonString(JsonOptions) + "\n";
    }

    private static Dictionary<string, NotebookRunRecord> ReadPreviousRun(string path)
    {
        try
        {
            if (File.Exists(path) && JsonNode.Parse(File.ReadAllText(path))?["notebooks"] is JsonArray notebooks)
            {
                return notebooks.Select(n => n.Deserialize<NotebookRunRecord>(JsonOptions))
                    .Where(r => r is not null)
                    .ToDictionary(r => r!.Path, r => r!, StringComparer.Ordinal);
            }
        }
        catch (JsonException)
        {
            // A damaged run.json only disables the cache.
        }

        return new Dictionary<string, NotebookRunRecord>(StringComparer.Ordinal);
    }
}
