using Notebooks.Runtime.Charts;

namespace Notebooks.Runtime.Reproduce;

/// <summary>A step of the reproduction run after the notebooks (figure export, claims, ...).</summary>
public interface IReproduceStep
{
    string Name { get; }

    Task<StepOutcome> RunAsync(ReproduceContext context, CancellationToken ct);
}

/// <param name="Succeeded">Whether the step did its work.</param>
/// <param name="Summary">One line for the run's report.</param>
/// <param name="MachineNotReady">The step failed because the machine lacks something (a font, a tool): the run exits 3, not 1.</param>
public sealed record StepOutcome(bool Succeeded, string Summary, bool MachineNotReady = false);

/// <summary>What a step can use: the repository, the artifacts folder, --force, the run's shared browser, a log.</summary>
public sealed record ReproduceContext
{
    public required string RepositoryRoot { get; init; }

    public required string ArtifactsDirectory { get; init; }

    /// <summary>The data folder of the run, as the composition root set it (WorkspaceSetup.DataFolder); "" when none.</summary>
    public string DataDirectory { get; init; } = "";

    /// <summary>Text in the workspace's script that font checks draw besides the figures' own (ReproduceOptions.FontSample).</summary>
    public string FontSample { get; init; } = "";

    public bool Force { get; init; }

    /// <summary>The run's single chart image renderer (launched lazily), or null when no browser is installed.</summary>
    public IChartImageRenderer? Images { get; init; }

    public required TextWriter Log { get; init; }

    /// <summary>Export figure images even when the browser lacks a font for some of their text (--allow-font-fallback).</summary>
    public bool AllowFontFallback { get; init; }

    /// <summary>Where a step reports per-item progress (a live display on a terminal, plain lines otherwise).</summary>
    public RunProgress Progress { get; init; } = RunProgress.Silent;

    /// <summary>Also write each figure as one self-contained HTML file, plotly.js inlined (--standalone-figures).</summary>
    public bool StandaloneFigures { get; init; }

    /// <summary>The --param overrides of the run.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
}
