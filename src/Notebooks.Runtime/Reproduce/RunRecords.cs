using Notebooks.Runtime.Execution;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// One notebook's line in run.json: what this run did with it. When this run wrote no good rendering of it (not
/// reached, cancelled, failed), <see cref="Kept"/> is the earlier run whose .ipynb and .html are still in notebooks/,
/// and <see cref="FailedRendering"/> names this run's failed rendering (relative to the artifacts folder), if it wrote one.
/// </summary>
internal sealed record NotebookRunRecord(
    string Name,
    string Path,
    NotebookStatus Status,
    bool Cached,
    int Cells,
    int CodeCells,
    int ExecutedCells,
    CellFailure? Failure,
    double DurationSeconds,
    string InputHash,
    NotebookRunRecord? Kept = null,
    string? FailedRendering = null);

/// <summary>How a whole run ended.</summary>
internal enum RunOutcome
{
    Succeeded,
    Failed,

    /// <summary>Only steps failed, and only for want of something on the machine (a font): exit 3, not 1.</summary>
    MachineNotReady,

    /// <summary>Stopped by Ctrl-C or SIGTERM; finished notebooks were written, the rest kept their previous artifacts.</summary>
    Cancelled,
}

internal sealed record ReproduceResult(
    RunOutcome Outcome,
    IReadOnlyList<NotebookRunRecord> Notebooks,
    IReadOnlyList<(string Name, StepOutcome Outcome)> Steps,
    TimeSpan Duration)
{
    /// <summary>0 succeeded, 1 failed, 130 cancelled (the command line reports 143 when SIGTERM cancelled it).</summary>
    public int ExitCode => Outcome switch
    {
        RunOutcome.Succeeded => ExitCodes.Ok,
        RunOutcome.Failed => ExitCodes.Failed,
        RunOutcome.MachineNotReady => ExitCodes.Environment,
        _ => ExitCodes.Interrupted,
    };
}
