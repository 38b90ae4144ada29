using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Notebooks.Runtime.Kernel;

namespace Notebooks.Runtime.Execution;

/// <summary>The first failing cell of a notebook. CellNumber is 1-based over all cells of the source notebook.</summary>
public sealed record CellFailure(int CellNumber, int? Line, string ErrorName, string Message, bool TimedOut)
{
    public override string ToString() =>
        $"cell {CellNumber}{(Line is { } line ? $", line {line}" : "")}: {(TimedOut ? "timed out: " : "")}{Message}";
}

public sealed record NotebookExecutionResult(
    NotebookDocument Document,
    NotebookStatus Status,
    int CodeCells,
    int ExecutedCells,
    CellFailure? Failure,
    TimeSpan Duration);

public sealed class NotebookExecutionOptions
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

public sealed record CellProgress(int CodeCellNumber, int CodeCellCount, int CellNumber, string Phase, TimeSpan? Elapsed, bool Failed);

/// <summary>Executes a notebook, cell by cell, in a fresh workspace kernel with the notebook's folder as working directory.</summary>
public static partial class NotebookExecutor
{
    private static readonly SemaphoreSlim ProcessWide = new(1, 1);

    public static async Task<NotebookExecutionResult> ExecuteAsync(
        NotebookDocument document,
        string workingDirectory,
        NotebookExecutionOptions options,
        CancellationToken ct = default)
    {
        // Working directory and formatters are process-wide: one notebook at a time per process.
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

            var state = new OutputState(options.PathRoot);
            using var subscription = kernel.KernelEvents.Subscribe(state.OnEvent);

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
                state.Begin(cell, executionCount);

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
                    state.End();
                    cell.Outputs.Add(new ErrorOutput("TimeoutException", message, [$"TimeoutException: {message}"]));
                    failure = new CellFailure(cellNumber, null, "TimeoutException", message, TimedOut: true);
                    status = NotebookStatus.TimedOut;
                    options.Progress?.Invoke(new CellProgress(i + 1, codeCells.Count, cellNumber, "done", cellWatch.Elapsed, true));
                    break;
                }

                var result = await send;
                state.End();
                var failed = result.Events.OfType<CommandFailed>().FirstOrDefault();
                options.Progress?.Invoke(new CellProgress(i + 1, codeCells.Count, cellNumber, "done", cellWatch.Elapsed, failed is not null));
                if (failed is not null)
                {
                    var (error, line) = state.Describe(failed, result.Events.OfType<DiagnosticsProduced>());
                    cell.Outputs.Add(error);
                    failure = new CellFailure(cellNumber, line, error.Name, error.Value, TimedOut: false);
                    status = NotebookStatus.Failed;
                    break;
                }
            }

            // Charts of the cells that ran get their images even when a later cell failed.
            if (await FillDeferredImagesAsync(codeCells, sourceNumbers, deferred, ct) is { } imageFailure && failure is null)
            {
                failure = imageFailure;
                status = NotebookStatus.Failed;
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

    /// <summary>Turns kernel events into the outputs of the current cell.</summary>
    private sealed partial class OutputState(string? pathRoot)
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, DisplayDataOutput> _byValueId = new(StringComparer.Ordinal);
        private NotebookCell? _cell;
        private int _executionCount;

        public void Begin(NotebookCell cell, int executionCount)
        {
            lock (_gate)
            {
                _cell = cell;
                _executionCount = executionCount;
            }
        }

        public void End()
        {
            lock (_gate)
            {
                _cell = null;
            }
        }

        public void OnEvent(KernelEvent e)
        {
            lock (_gate)
            {
                if (_cell is not { } cell)
                {
                    return;
                }

                switch (e)
                {
                    case StandardOutputValueProduced stdout:
                        AppendStream(cell, "stdout", PlainText(stdout.FormattedValues));
                        break;
                    case StandardErrorValueProduced stderr:
                        AppendStream(cell, "stderr", PlainText(stderr.FormattedValues));
                        break;
                    case ErrorProduced error:
                        AppendStream(cell, "stderr", error.Message + "\n");
                        break;
                    case DisplayedValueUpdated updated:
                        if (updated.ValueId is { } updatedId && _byValueId.TryGetValue(updatedId, out var earlier))
                        {
                            earlier.Data = Data(updated.FormattedValues);
                        }
                        else
                        {
                            AddDisplay(cell, updated);
                        }

                        break;
                    case DisplayedValueProduced displayed:
                        AddDisplay(cell, displayed);
                        break;
                    case ReturnValueProduced { Value: DisplayedValue }:
                        break;
                    case ReturnValueProduced returned:
                        var data = Data(returned.FormattedValues);
                        if (data.Count > 0)
                        {
                            cell.Outputs.Add(new ExecuteResultOutput(data, _executionCount));
                        }

                        break;
                }
            }
        }

        private void AddDisplay(NotebookCell cell, DisplayEvent e)
        {
            var output = new DisplayDataOutput(Data(e.FormattedValues), e.ValueId);
            if (output.Data.Count == 0)
            {
                return;
            }

            cell.Outputs.Add(output);
            if (e.ValueId is { } id)
            {
                _byValueId[id] = output;
            }
        }

        private void AppendStream(NotebookCell cell, string name, string text)
        {
            text = Relativize(text);
            if (cell.Outputs.Count > 0 && cell.Outputs[^1] is StreamOutput last && last.Name == name)
            {
                last.Text += text;
            }
            else
            {
                cell.Outputs.Add(new StreamOutput(name, text));
            }
        }

        private static string PlainText(IReadOnlyCollection<FormattedValue> values) =>
            values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? "";

        private static SortedDictionary<string, string> Data(IReadOnlyCollection<FormattedValue> values)
        {
            var data = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var value in values)
            {
                if (value.MimeType is { Length: > 0 } mime && value.Value is not null)
                {
                    data[mime] = value.Value;
                }
            }

            return data;
        }

        public (ErrorOutput Error, int? Line) Describe(CommandFailed failed, IEnumerable<DiagnosticsProduced> diagnostics)
        {
            var error = CellError.From(failed, diagnostics, Relativize);
            return (new ErrorOutput(error.Name, error.Message, error.Traceback.ToArray()), error.Line);
        }

        private string Relativize(string text)
        {
            if (string.IsNullOrEmpty(pathRoot))
            {
                return text;
            }

            // On Windows and macOS a path may come back in other letter case than it was given (c:\ against C:\).
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(pathRoot));
            var comparison = Platform.HostSystem.Current.PathComparison;
            return text.Replace(root + Path.DirectorySeparatorChar, "", comparison).Replace(root, ".", comparison);
        }


    }
}
