using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Reproduce;

internal sealed class ReproduceOptions
{
    public required string RepositoryRoot { get; init; }

    public string? NotebooksDirectory { get; init; }

    public string? ArtifactsDirectory { get; init; }

    /// <summary>The data folder (absolute, or relative to <see cref="RepositoryRoot"/>); null: none.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Text the kernels' font check draws besides each chart's text (the composition root's choice).</summary>
    public string FontSample { get; init; } = "";

    public bool Force { get; init; }

    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Run only the notebooks with these names (file name with or without extension, or path under notebooks/);
    /// empty runs them all.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Checks that run once before any notebook (for example: validate the data folder).</summary>
    public IReadOnlyList<IReproducePreflight> Preflights { get; init; } = [];

    public IReadOnlyList<IReproduceStep> ExtraSteps { get; init; } = [];

    /// <summary>Libraries every notebook's kernel references before its first cell.</summary>
    public Kernel.KernelPreload Preload { get; init; } = Kernel.KernelPreload.None;

    /// <summary>Let figure steps export images whose text the browser has no font for (--allow-font-fallback).</summary>
    public bool AllowFontFallback { get; init; }

    /// <summary>Also write each figure as one self-contained HTML file, plotly.js inlined (--standalone-figures).</summary>
    public bool StandaloneFigures { get; init; }

    /// <summary>When another run holds the artifacts folder: wait for it (true) or fail at once naming it (false).</summary>
    public bool WaitForLock { get; init; }

    public TextWriter Log { get; init; } = Console.Out;

    /// <summary>Where the single message of a failed pre-flight check goes.</summary>
    public TextWriter Error { get; init; } = Console.Error;

    /// <summary>Directories whose assemblies are part of every notebook's input hash (default: the host's base directory).</summary>
    public IReadOnlyList<string>? AssemblyDirectories { get; init; }

    /// <summary>Creates the run's chart image renderer; default: Chromium from <see cref="ChromiumLocator"/>, launched lazily.</summary>
    public Func<IChartImageRenderer?>? ImagesFactory { get; init; }

    public string NotebooksPath => Path.GetFullPath(NotebooksDirectory ?? Path.Combine(RepositoryRoot, "notebooks"));

    public string ArtifactsPath => Path.GetFullPath(ArtifactsDirectory ?? Path.Combine(RepositoryRoot, "artifacts"));

    public string? DataPath => DataDirectory is null ? null : Path.GetFullPath(Path.Combine(RepositoryRoot, DataDirectory));
}
