using System.Text.RegularExpressions;
using Notebooks.Runtime.Execution;

namespace Notebooks.Runtime.Reproduce;

/// <summary>A notebook the run will consider: where it is, its artifact name, its parsed document and its parameters.</summary>
internal sealed record PlannedNotebook(
    string FullPath,
    string Relative,
    string Name,
    NotebookDocument Document,
    byte[] Bytes,
    IReadOnlyDictionary<string, string> Parameters)
{
    public string Directory => Path.GetDirectoryName(FullPath)!;
}

/// <summary>Where a notebook's rendered copies go.</summary>
/// <summary>
/// Where a notebook's renderings go: the last good run at <c>name.ipynb</c>/<c>.html</c>, a failed run beside it at
/// <c>name.failed.ipynb</c>/<c>.html</c>, so a failure never replaces what last worked.
/// </summary>
internal sealed record NotebookArtifactPaths(string Ipynb, string Html, string FailedIpynb, string FailedHtml)
{
    public const string FailedSuffix = ".failed";

    public static NotebookArtifactPaths For(string artifactsDirectory, string name) => new(
        Path.Combine(artifactsDirectory, "notebooks", name + ".ipynb"),
        Path.Combine(artifactsDirectory, "notebooks", name + ".html"),
        Path.Combine(artifactsDirectory, "notebooks", name + FailedSuffix + ".ipynb"),
        Path.Combine(artifactsDirectory, "notebooks", name + FailedSuffix + ".html"));
}

/// <summary>
/// Discovers the notebooks under the notebook folder, applies --only, reads each one and matches the --param overrides
/// to their parameters cells — all before anything runs, so a mistake is reported at once.
/// </summary>
internal static partial class NotebookPlanner
{
    public static async Task<IReadOnlyList<PlannedNotebook>> PlanAsync(ReproduceOptions options, CancellationToken ct)
    {
        var notebooksDir = options.NotebooksPath;
        if (!System.IO.Directory.Exists(notebooksDir))
        {
            throw new UsageException($"Notebook folder not found: {notebooksDir}");
        }

        var all = Discover(notebooksDir);
        if (options.Only.FirstOrDefault(name => !all.Any(p => MatchesName(p.Relative, name))) is { } unknown)
        {
            throw new UsageException(
                $"--only {unknown}: no such notebook under {ReproduceRunner.Display(options.RepositoryRoot, notebooksDir)} (have: {string.Join(", ", all.Select(a => a.Relative))}).");
        }

        // Always in the folder's order, whatever the order of the names.
        var selected = options.Only.Count == 0 ? all : all.Where(p => options.Only.Any(name => MatchesName(p.Relative, name))).ToList();

        var planned = new List<PlannedNotebook>();
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

            var declared = Execution.Parameters.FindParametersCell(document) is { } cell
                ? Execution.Parameters.Declarations(cell.Source).Select(d => d.Name).ToHashSet(StringComparer.Ordinal)
                : [];
            var applied = options.Parameters.Where(p => declared.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            planned.Add(new PlannedNotebook(full, relative, NameOf(relative), document, bytes, applied));
        }

        foreach (var (name, _) in options.Parameters)
        {
            if (!planned.Any(l => l.Parameters.ContainsKey(name)))
            {
                var notebookNames = string.Join(", ", planned.Select(l => l.Relative));
                throw new UsageException(
                    $"Unknown parameter '{name}': not declared in the \"parameters\" cell of {(planned.Count == 1 ? "notebook " : "any of ")}{notebookNames}.");
            }
        }

        return planned;
    }

    /// <summary>Notebook files under <paramref name="notebooksDir"/>, by relative path (for --only completions too).</summary>
    public static List<(string Full, string Relative)> Discover(string notebooksDir) =>
        System.IO.Directory.EnumerateFiles(notebooksDir, "*", SearchOption.AllDirectories)
            .Where(NotebookReader.IsNotebookPath)
            .Where(p => !p.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
            .Select(p => (Full: p, Relative: Path.GetRelativePath(notebooksDir, p).Replace('\\', '/')))
            .OrderBy(p => p.Relative, StringComparer.Ordinal)
            .ToList();

    /// <summary>Artifact name: the path under notebooks/ without its extension.</summary>
    public static string NameOf(string relative) => relative[..^Path.GetExtension(relative).Length];

    /// <summary>The DLLs a notebook #r's by path: part of its input hash.</summary>
    public static IEnumerable<string> ReferencedAssemblies(PlannedNotebook notebook) =>
        notebook.Document.Cells.Where(c => c.CellType == NotebookCell.Code)
            .SelectMany(c => AssemblyReference().Matches(c.Source))
            .Select(m => m.Groups[1].Value)
            .Where(p => !p.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(notebook.Directory, p)))
            .Distinct(StringComparer.Ordinal);

    // Names compare as the file system does: on Windows and macOS "--only 01-GDP-Race" is the file 01-gdp-race.ipynb.
    private static bool MatchesName(string relative, string only)
    {
        only = only.Replace('\\', '/');
        var comparison = Platform.HostSystem.Current.PathComparison;
        return string.Equals(relative, only, comparison)
               || string.Equals(NameOf(relative), only, comparison)
               || string.Equals(Path.GetFileName(relative), only, comparison)
               || string.Equals(Path.GetFileNameWithoutExtension(relative), only, comparison);
    }

    [GeneratedRegex(@"^\s*#r\s+""([^""]+)""", RegexOptions.Multiline)]
    private static partial Regex AssemblyReference();
}
