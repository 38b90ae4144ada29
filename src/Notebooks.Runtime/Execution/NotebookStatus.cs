namespace Notebooks.Runtime.Execution;

/// <summary>How a notebook's execution ended. Written to run.json in kebab case ("timed-out").</summary>
internal enum NotebookStatus
{
    Succeeded,
    Failed,
    TimedOut,

    /// <summary>Stopped by Ctrl-C or SIGTERM while it ran; its previous artifacts were kept.</summary>
    Cancelled,

    /// <summary>Not reached because the run was cancelled before it, and no earlier run had produced it.</summary>
    NotRun,
}

internal static class NotebookStatusText
{
    /// <summary>The name used in run.json, logs and the rendered pages.</summary>
    public static string Id(this NotebookStatus status) => status switch
    {
        NotebookStatus.Succeeded => "succeeded",
        NotebookStatus.Failed => "failed",
        NotebookStatus.TimedOut => "timed-out",
        NotebookStatus.Cancelled => "cancelled",
        NotebookStatus.NotRun => "not-run",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
