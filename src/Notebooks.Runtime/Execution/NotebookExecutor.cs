using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Notebooks.Runtime.Kernel;
using Notebooks.Runtime.Outputs;

namespace Notebooks.Runtime.Execution;

/// <summary>The first failing cell of a notebook. CellNumber is 1-based over all cells of the source notebook.</summary>
internal sealed record CellFailure(int CellNumber, int? Line, string ErrorName, string Message, bool TimedOut)
{
    public override string ToString() =>
        $"cell {CellNumber}{(Line is { } line ? $", line {line}" : "")}: {(TimedOut ? "timed out: " : "")}{Message}";
}

internal sealed record NotebookExecutionResult(
    NotebookDocument Document,
    NotebookStatus Status,
    int CodeCells,
    int ExecutedCells,
    CellFailure? Failure,
    TimeSpan Duration);

internal sealed class NotebookExecutionOptions
{
    public WorkspaceKernelOptions Kernel { get; init; } = new();

    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>After a timeout, how long to wait for the kernel to honour cancellation before abandoning it.</summary>
    public TimeSpan CancelGracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// After Ctrl-C or SIGTERM, how long to wait for the running cell to stop before giving up on it. Short: the user is
    /// waiting, and a cell that ignores cancellation ends with the process.
    /// </summary>
    public TimeSpan InterruptGracePeriod { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Parameter overrides (papermill style), injected after the cell tagged "parameters".</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Absolute paths under this directory are written relative to it in text outputs and errors.</summary>
    public string? PathRoot { get; init; }

    /// <summary>Receives progress: (cell number among code cells, code cell count, cell, phase "start"/"done").</summary>
    public Action<CellProgress>? Progress { get; init; }
}

internal sealed record CellProgress(int CodeCellNumber, int CodeCellCount, int CellNumber, string Phase, TimeSpan? Elapsed, bool Failed);

/// <summary>Executes a notebook, cell by cell, in a fresh workspace kernel with the notebook's folder as working directory.</summary>
internal static class NotebookExecutor
{
    private static readonly SemaphoreSlim ProcessWide = new(1, 1);

    public static async Task<NotebookExecutionResult> ExecuteAsync(
        NotebookDocument document,
        string workingDirectory,
        NotebookExecutionOptions options,
        CancellationToken ct = default)
    {
        // The working directory is process-wide (so are the formatters' preferred chart MIME types, see
        // WorkspaceFormatters): one notebook at a time per process.
        await ProcessWide.WaitAsync(ct);
        var previousDirectory = Environment.CurrentDirectory;
        var stopwatch = Stopwatch.StartNew();
        CompositeKernel? kernel = null;
        var abandoned = false;
        try
        {
            var sourceNumbers = Parameters.Inject(document, options.Parameters);
            Environment.CurrentDirectory = workingDirectory;
            using var deferred = new DeferredImages();
            kernel = await WorkspaceKernel.CreateAsync(options.Kernel with { DeferredImages = deferred }, ct: ct);

            var relativize = Relativizer(options.PathRoot);
            var outputOptions = new CellOutputOptions { Deferred = deferred, Relativize = relativize };
            var ran = new List<(NotebookCell Cell, int Number, CellOutputs Outputs)>();
            CellOutputs? current = null;
            using var subscription = kernel.KernelEvents.Subscribe(e => Volatile.Read(ref current)?.OnEvent(e));

            var codeCells = document.Cells.Where(c => c.CellType == NotebookCell.Code).ToList();
            var executionCount = 0;
            var executed = 0;
            CellFailure? failure = null;
            var status = NotebookStatus.Succeeded;
            for (var i = 0; i < codeCells.Count; i++)
            {
                var cell = codeCells[i];
                cell.Outputs.Clear();
                cell.ExecutionCount = null;
                if (string.IsNullOrWhiteSpace(cell.Source))
                {
                    continue;
                }

                var cellNumber = sourceNumbers[cell];
                options.Progress?.Invoke(new CellProgress(i + 1, codeCells.Count, cellNumber, "start", null, false));
                var cellWatch = Stopwatch.StartNew();
                cell.ExecutionCount = ++executionCount;
                var outputs = new CellOutputs(executionCount, outputOptions);
                ran.Add((cell, cellNumber, outputs));
                Volatile.Write(ref current, outputs);

                var command = new SubmitCode(cell.Source, cell.KernelName ?? document.DefaultKernelName);
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var send = Task.Run(() => kernel.SendAsync(command, cts.Token), CancellationToken.None);
                var finished = await Task.WhenAny(send, Task.Delay(options.CellTimeout, ct)) == send;
                if (ct.IsCancellationRequested)
                {
                    // Interrupted: the linked token already asked the kernel to stop; give it a moment, then leave it.
                    abandoned = await Task.WhenAny(send, Task.Delay(options.InterruptGracePeriod, CancellationToken.None)) != send;
                    throw new OperationCanceledException(ct);
                }

                executed++;

                if (!finished)
                {
                    await cts.CancelAsync();
                    var stopped = await Task.WhenAny(send, Task.Delay(options.CancelGracePeriod, CancellationToken.None)) == send;
                    abandoned = !stopped;
                    var message = $"Cell timed out after {options.CellTimeout.TotalSeconds:0.###} s" +
                                  (stopped ? " and was cancelled." : "; the kernel did not stop and was abandoned.");
                    Volatile.Write(ref current, null);
                    outputs.Fail(new CellError("TimeoutException", message, [$"TimeoutException: {message}"], null));
                    outputs.Close();
                    failure = new CellFailure(cellNumber, null, "TimeoutException", message, TimedOut: true);
                    status = NotebookStatus.TimedOut;
                    options.Progress?.Invoke(new CellProgress(i + 1, codeCells.Count, cellNumber, "done", cellWatch.Elapsed, true));
                    break;
                }

                var result = await send;
                Volatile.Write(ref current, null);
                var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
                options.Progress?.Invoke(new CellProgress(i + 1, codeCells.Count, cellNumber, "done", cellWatch.Elapsed, failed is not null));
                if (failed is not null)
                {
                    var error = outputs.Fail(CellError.From(failed, result.Events.OfType<DiagnosticsProduced>(), relativize));
                    failure = new CellFailure(cellNumber, error.Line, error.Name, error.Message, TimedOut: false);
                    status = NotebookStatus.Failed;
                    break;
                }
            }

            // Charts of the cells that ran get their images even when a later cell failed.
            foreach (var (cell, number, outputs) in ran)
            {
                if (await outputs.CompleteImagesAsync(ct) is { } imageError && failure is null)
                {
                    failure = new CellFailure(number, null, imageError.Name, imageError.Message, TimedOut: false);
                    status = NotebookStatus.Failed;
                }

                outputs.Close();
                cell.Outputs.AddRange(outputs.Outputs);
            }

            return new NotebookExecutionResult(document, status, codeCells.Count, executed, failure, stopwatch.Elapsed);
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            if (kernel is not null)
            {
                try
                {
                    if (abandoned)
                    {
                        // A hung submission still runs on its thread; do not wait for it.
                        _ = Task.Run(kernel.Dispose, CancellationToken.None);
                    }
                    else
                    {
                        kernel.Dispose();
                    }
                }
                catch (Exception)
                {
                    // Disposing a kernel whose submission hung can throw; the kernel is gone either way.
                }
            }

            ProcessWide.Release();
        }
    }

    /// <summary>Absolute paths under <paramref name="pathRoot"/> written relative to it (the notebooks' text and errors).</summary>
    private static Func<string, string> Relativizer(string? pathRoot)
    {
        if (string.IsNullOrEmpty(pathRoot))
        {
            return text => text;
        }

        // On Windows and macOS a path may come back in other letter case than it was given (c:\ against C:\).
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(pathRoot));
        var comparison = Platform.HostSystem.Current.PathComparison;
        return text => text.Replace(root + Path.DirectorySeparatorChar, "", comparison).Replace(root, ".", comparison);
    }
}
