using System.Diagnostics;
using System.Globalization;
using Notebooks.Runtime.Charts;
using Notebooks.Runtime.Execution;
using Notebooks.Runtime.Files;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// A reproduction run, in the order it happens: plan the notebooks (<see cref="NotebookPlanner"/>), take the artifacts
/// folder's lock (<see cref="ArtifactsLock"/>), run the pre-flight checks, then per notebook consult the input-hash cache
/// (<see cref="RunJson"/>), execute (<see cref="NotebookExecutor"/>) and write its artifacts (<see cref="NotebookArtifacts"/>),
/// then the index, the extra steps and run.json. Ctrl-C/SIGTERM (the token) stop it between or inside notebooks:
/// finished artifacts stay, the interrupted notebook keeps its previous ones, run.json records a cancelled run.
/// </summary>
internal static class ReproduceRunner
{
    public static async Task<ReproduceResult> RunAsync(ReproduceOptions options, CancellationToken ct = default)
    {
        var total = Stopwatch.StartNew();
        var plan = await NotebookPlanner.PlanAsync(options, ct);
        var artifactsDir = options.ArtifactsPath;
        using var progress = RunProgress.For(options.Log);
        var context = new ReproduceContext
        {
            RepositoryRoot = options.RepositoryRoot,
            ArtifactsDirectory = artifactsDir,
            DataDirectory = options.DataPath ?? "",
            FontSample = options.FontSample,
            Force = options.Force,
            Log = options.Log,
            Progress = progress,
            Parameters = options.Parameters,
            AllowFontFallback = options.AllowFontFallback,
            StandaloneFigures = options.StandaloneFigures,
        };

        foreach (var preflight in options.Preflights)
        {
            var outcome = await preflight.CheckAsync(context, ct);
            if (!outcome.Passed)
            {
                await options.Error.WriteLineAsync($"error: {outcome.Message}");
                return new ReproduceResult(RunOutcome.Failed, [], [], total.Elapsed);
            }

            progress.Line($"[check] {preflight.Name}: {outcome.Message}");
        }

        // After the checks, so a run stopped by bad data touches nothing in the artifacts folder.
        using var runLock = await ArtifactsLock.AcquireAsync(artifactsDir, options.WaitForLock, progress.Line, ct);

        var images = options.ImagesFactory is not null ? options.ImagesFactory() : SupervisedBrowser.TryCreate(progress.Line);
        try
        {
            context = context with { Images = images };
            progress.Line($"reproduce: {plan.Count} notebook(s) from {Display(options.RepositoryRoot, options.NotebooksPath)} -> {Display(options.RepositoryRoot, artifactsDir)}{(options.Force ? " (--force)" : "")}");
            var (records, cancelled) = await RunNotebooksAsync(plan, options, images, progress, ct);
            await NotebookArtifacts.WriteIndexAsync(artifactsDir, records);

            var steps = new List<(string, StepOutcome)>();
            if (!cancelled)
            {
                cancelled = await RunStepsAsync(options.ExtraSteps, context, steps, progress, ct);
            }

            // A notebook or step that failed on its own counts first (1); failing only for want of a font is 3.
            var outcome = cancelled ? RunOutcome.Cancelled
                : records.All(r => r.Status == NotebookStatus.Succeeded) && steps.All(s => s.Item2.Succeeded) ? RunOutcome.Succeeded
                : records.All(r => r.Status == NotebookStatus.Succeeded) && steps.All(s => s.Item2.Succeeded || s.Item2.MachineNotReady) ? RunOutcome.MachineNotReady
                : RunOutcome.Failed;
            await RunJson.WriteAsync(artifactsDir, outcome, records, steps, total.Elapsed, images is not null);
            Summarize(progress, records, steps, outcome, images is null, total.Elapsed);
            return new ReproduceResult(outcome, records, steps, total.Elapsed);
        }
        finally
        {
            if (images is not null)
            {
                await images.DisposeAsync();
            }
        }
    }

    private static async Task<(List<NotebookRunRecord> Records, bool Cancelled)> RunNotebooksAsync(
        IReadOnlyList<PlannedNotebook> plan, ReproduceOptions options, IChartImageRenderer? images, RunProgress progress, CancellationToken ct)
    {
        var environmentHash = InputHasher.EnvironmentHash(options.DataPath, options.AssemblyDirectories ?? [AppContext.BaseDirectory]);
        var settings = $"images={(images is null ? "no" : "yes")}";
        var cache = RunJson.Load(options.ArtifactsPath);
        var records = new List<NotebookRunRecord>();
        for (var n = 0; n < plan.Count; n++)
        {
            var notebook = plan[n];
            var paths = NotebookArtifactPaths.For(options.ArtifactsPath, notebook.Name);
            var hash = InputHasher.NotebookHash(environmentHash, notebook.Relative, notebook.Bytes,
                NotebookPlanner.ReferencedAssemblies(notebook), notebook.Parameters, settings);
            var prefix = $"[{n + 1}/{plan.Count}] {notebook.Relative}";
            if (ct.IsCancellationRequested)
            {
                records.AddRange(plan.Skip(n).Select(p => NotReached(p, cache)));
                return (records, true);
            }

            if (!options.Force && cache.Cached(notebook, hash, paths) is { } cached)
            {
                progress.Line($"{prefix}: unchanged, skipped (cached)");
                // A failed run after the cached one is no longer this notebook's latest: its rendering goes.
                NotebookArtifacts.RemoveFailed(paths);
                records.Add(cached);
                continue;
            }

            progress.NotebookStarted(n + 1, plan.Count, notebook.Relative);
            // The browser starts alongside the first notebook's kernel and compiler instead of at its first chart.
            if (images is SupervisedBrowser { IsLaunched: false } browser) _ = browser.WarmUpAsync(ct);
            NotebookExecutionResult result;
            try
            {
                result = await NotebookExecutor.ExecuteAsync(notebook.Document, notebook.Directory, new NotebookExecutionOptions
                {
                    Kernel = new Kernel.WorkspaceKernelOptions
                    {
                        Images = images,
                        Preload = options.Preload,
                        FontSample = options.FontSample,
                        // A rendered .ipynb carries the figure (drawn by VS Code's and JupyterLab's Plotly renderers)
                        // and one PNG (GitHub); the standalone HTML draws from the figure. No plotly.js, no second image.
                        ChartOutputs = Kernel.ChartOutputs.PlotlyJson | Kernel.ChartOutputs.Png,
                        // 1.5× keeps the PNG sharp at GitHub's column width and a chart-heavy notebook under 1 MB;
                        // print-ready images are the figure exports (scale 2).
                        PngScale = 1.5,
                    },
                    CellTimeout = options.CellTimeout,
                    Parameters = notebook.Parameters,
                    PathRoot = options.RepositoryRoot,
                    Progress = p =>
                    {
                        if (p.Phase == "done")
                        {
                            progress.CellFinished(prefix, p.CodeCellNumber, p.CodeCellCount, p.CellNumber, p.Failed, p.Elapsed ?? TimeSpan.Zero);
                        }
                    },
                }, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Its previous artifacts are left as they were; nothing of this execution is written.
                progress.Line($"{prefix}: cancelled");
                records.Add(new NotebookRunRecord(notebook.Name, notebook.Relative, NotebookStatus.Cancelled, false,
                    notebook.Document.Cells.Count, 0, 0, null, 0, hash, cache.Rendered(notebook.Relative)));
                records.AddRange(plan.Skip(n + 1).Select(p => NotReached(p, cache)));
                return (records, true);
            }

            var failedRendering = await NotebookArtifacts.WriteAsync(paths, result, notebook.Relative);
            // The next notebook starts from this one's memory footprint, not on top of it.
            Platform.ProcessMemory.ReleaseUnused();
            var record = new NotebookRunRecord(notebook.Name, notebook.Relative, result.Status, false, result.Document.Cells.Count,
                result.CodeCells, result.ExecutedCells, result.Failure, Math.Round(result.Duration.TotalSeconds, 3), hash,
                failedRendering is null ? null : cache.Rendered(notebook.Relative),
                failedRendering is null ? null : Path.GetRelativePath(options.ArtifactsPath, failedRendering).Replace('\\', '/'));
            records.Add(record);
            progress.Line($"{prefix}: {result.Status.Id()} in {Seconds(result.Duration)} s" + (result.Failure is { } f ? $" — {f}" : ""));
        }

        return (records, false);
    }

    /// <summary>
    /// A notebook the cancelled run did not reach is "not run" in this run's summary, whatever an earlier run made of it;
    /// the earlier record is kept with it, since its artifacts are still the ones in notebooks/.
    /// </summary>
    private static NotebookRunRecord NotReached(PlannedNotebook notebook, RunJson cache) =>
        new(notebook.Name, notebook.Relative, NotebookStatus.NotRun, false, notebook.Document.Cells.Count, 0, 0, null, 0, "",
            cache.Rendered(notebook.Relative));

    private static async Task<bool> RunStepsAsync(IReadOnlyList<IReproduceStep> steps, ReproduceContext context,
        List<(string, StepOutcome)> outcomes, RunProgress progress, CancellationToken ct)
    {
        foreach (var step in steps)
        {
            var watch = Stopwatch.StartNew();
            progress.Line($"[step] {step.Name}: running");
            StepOutcome outcome;
            try
            {
                outcome = await step.RunAsync(context, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                progress.Line($"[step] {step.Name}: cancelled");
                return true;
            }
            catch (MissingFontException e)
            {
                outcome = new StepOutcome(false, e.Message, MachineNotReady: true);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutputException))
            {
                outcome = new StepOutcome(false, $"{e.GetType().Name}: {e.Message}");
            }

            outcomes.Add((step.Name, outcome));
            progress.Line($"[step] {step.Name}: {(outcome.Succeeded ? "ok" : "FAILED")} in {Seconds(watch.Elapsed)} s — {outcome.Summary}");
        }

        return ct.IsCancellationRequested;
    }

    private static void Summarize(RunProgress progress, IReadOnlyList<NotebookRunRecord> records,
        IReadOnlyList<(string Name, StepOutcome Outcome)> steps, RunOutcome outcome, bool noImages, TimeSpan total)
    {
        progress.Line("");
        progress.Line("Durations:");
        foreach (var r in records)
        {
            var time = r.Status == NotebookStatus.NotRun ? "-" : r.Cached ? "cached" : Seconds(TimeSpan.FromSeconds(r.DurationSeconds)) + " s";
            var status = r.Status == NotebookStatus.NotRun ? "not run" : r.Status.Id();
            progress.Line($"  {r.Path,-40} {status,-10} {time}");
        }

        progress.Line($"  total {Seconds(total)} s");
        if (noImages)
        {
            progress.Line("Static chart images were omitted (no browser).");
        }

        foreach (var failure in records.Where(r => r.Status is NotebookStatus.Failed or NotebookStatus.TimedOut))
        {
            var where = failure.FailedRendering is { } file
                ? $" (rendered as {file}{(failure.Kept is null ? "" : "; the last good rendering is kept")})"
                : "";
            progress.Line($"FAILED {failure.Path} {failure.Failure}{where}");
        }

        foreach (var (name, step) in steps.Where(s => !s.Outcome.Succeeded))
        {
            progress.Line($"FAILED step {name}: {step.Summary}");
        }

        progress.Line(outcome switch
        {
            RunOutcome.Succeeded => "reproduce: ok",
            RunOutcome.Cancelled => "reproduce: cancelled (finished notebooks were written; the rest keep their previous artifacts)",
            _ => "reproduce: failed",
        });
    }

    internal static string Display(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative + "/";
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
}
