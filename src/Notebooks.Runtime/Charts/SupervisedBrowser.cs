using System.Runtime.ExceptionServices;

namespace Notebooks.Runtime.Charts;

/// <summary>
/// The one browser of a process (headless runner, Jupyter or stdio kernel), supervised: launched on first use or by
/// <see cref="WarmUpAsync"/>, watched for its exit (a crash, a kill, the out-of-memory killer), restarted once with
/// the draws that were pending on it redrawn, and, if it dies again, failing every later draw with a
/// <see cref="BrowserUnavailableException"/> that names it and both exits. Every exit is logged as it happens.
/// </summary>
internal sealed class SupervisedBrowser : IChartImageRenderer
{
    /// <summary>How many times a browser that exited is started again in one process.</summary>
    public const int Restarts = 1;

    // A draw whose browser died usually fails before the process is reaped; this long the draw waits for the exit to
    // tell a dead browser from a draw that failed on its own.
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(3);

    private readonly Func<CancellationToken, Task<ChromiumChartRenderer>> _launch;
    private readonly Action<string> _log;
    private readonly SemaphoreSlim _launchGate = new(1, 1);
    private readonly object _gate = new();
    private readonly List<string> _exits = [];
    private ChromiumChartRenderer? _current;
    private Exception? _failure;
    private int _launches;
    private bool _disposed;

    public SupervisedBrowser(string executablePath, Action<string> log)
        : this(executablePath, log, ct => ChromiumChartRenderer.LaunchAsync(executablePath, ct))
    {
    }

    internal SupervisedBrowser(string executablePath, Action<string> log, Func<CancellationToken, Task<ChromiumChartRenderer>> launch)
    {
        ExecutablePath = executablePath;
        _log = log;
        _launch = launch;
    }

    /// <summary>What every mode says when there is no browser: what still works, what is missing, how to install it.</summary>
    public static string NoBrowserMessage =>
        "No Chromium browser found: notebooks, pages and interactive charts work, but charts carry no static image (SVG/PNG). Install it: " +
        BrowserNotFoundException.InstallHint;

    /// <summary>
    /// The factory every mode uses: the browser <see cref="ChromiumLocator"/> finds, supervised and not yet started,
    /// or null after logging <see cref="NoBrowserMessage"/>.
    /// </summary>
    public static SupervisedBrowser? TryCreate(Action<string> log)
    {
        if (ChromiumLocator.TryFind() is { } chromium)
        {
            return new SupervisedBrowser(chromium, log);
        }

        log(NoBrowserMessage);
        return null;
    }

    public string ExecutablePath { get; }

    /// <summary>True once a browser has been launched.</summary>
    public bool IsLaunched => Volatile.Read(ref _launches) > 0;

    /// <summary>The browser process now running, if any (tests look at it).</summary>
    public ChromiumProcess? Process => Volatile.Read(ref _current)?.Process;

    /// <summary>Launches the browser ahead of the first chart; a failure is kept for the first draw to report.</summary>
    public async Task WarmUpAsync(CancellationToken ct = default)
    {
        try
        {
            await CurrentAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Reported by the first draw, where a cell can show it.
        }
    }

    public Task<string> RenderSvgAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
        SuperviseAsync(b => b.RenderSvgAsync(figureJson, width, height, ct), ct);

    public Task<byte[]> RenderPngAsync(string figureJson, int width, int height, double scale, CancellationToken ct = default) =>
        SuperviseAsync(b => b.RenderPngAsync(figureJson, width, height, scale, ct), ct);

    public Task<byte[]> RenderPdfAsync(string figureJson, int width, int height, CancellationToken ct = default) =>
        SuperviseAsync(b => b.RenderPdfAsync(figureJson, width, height, ct), ct);

    public Task<string> EvaluateAsync(string script, object[] args, CancellationToken ct = default) =>
        SuperviseAsync(b => b.EvaluateAsync(script, args, ct), ct);

    private async Task<T> SuperviseAsync<T>(Func<ChromiumChartRenderer, Task<T>> draw, CancellationToken ct)
    {
        while (true)
        {
            var browser = await CurrentAsync(ct);
            var work = draw(browser);
            var exited = browser.Process.Exited;
            Exception? error = null;
            try
            {
                if (await Task.WhenAny(work, exited) == work)
                {
                    return await work;
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                error = e;
            }

            if (error is not null && !await HasExitedAsync(exited))
            {
                ExceptionDispatchInfo.Throw(error);
            }

            // The browser died under this draw: drawn again on its successor, or failed with the browser's own error.
            OnExited(browser, await exited);
            ObserveQuietly(work);
        }
    }

    private static async Task<bool> HasExitedAsync(Task<int> exited) =>
        await Task.WhenAny(exited, Task.Delay(ExitGrace)) == exited;

    private static void ObserveQuietly(Task work) => work.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);

    private async Task<ChromiumChartRenderer> CurrentAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _current) is { } ready)
        {
            return ready;
        }

        await _launchGate.WaitAsync(ct);
        try
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_failure is not null)
                {
                    throw new BrowserUnavailableException(_failure.Message, _failure.InnerException);
                }

                if (_current is { } launched)
                {
                    return launched;
                }
            }

            ChromiumChartRenderer browser;
            try
            {
                browser = await _launch(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lock (_gate)
                {
                    _failure = new BrowserUnavailableException($"The chart browser {ExecutablePath} failed to start: {e.Message}", e);
                }

                throw new BrowserUnavailableException(_failure.Message, e);
            }

            lock (_gate)
            {
                if (_disposed)
                {
                    _ = browser.DisposeAsync().AsTask();
                    throw new ObjectDisposedException(nameof(SupervisedBrowser));
                }

                _launches++;
                _current = browser;
            }

            if (_launches > 1)
            {
                _log($"browser: {ExecutablePath} restarted; the pending charts are drawn again.");
            }

            // Noticed and logged when it happens, not only when the next chart needs it.
            _ = browser.Process.Exited.ContinueWith(t => OnExited(browser, t.Result), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return browser;
        }
        finally
        {
            _launchGate.Release();
        }
    }

    /// <summary>Once per browser that exited while in service: log it, and restart it or give up.</summary>
    private void OnExited(ChromiumChartRenderer browser, int status)
    {
        lock (_gate)
        {
            if (_disposed || !ReferenceEquals(_current, browser))
            {
                return;
            }

            _current = null;
            _exits.Add(ChromiumProcess.DescribeExit(status));
            if (_launches > Restarts)
            {
                _failure = new BrowserUnavailableException(
                    $"The chart browser {ExecutablePath} exited ({string.Join("; restarted once, it exited again: ", _exits)}), " +
                    "so static chart images cannot be drawn in this run.");
                _log($"browser: {ExecutablePath} exited unexpectedly again ({_exits[^1]}); it is not restarted: charts that need a static image fail.");
            }
            else
            {
                _log($"browser: {ExecutablePath} exited unexpectedly ({_exits[^1]}); restarting it once.");
                // At once, not at the next chart: the draws that were pending on it are waiting for its successor.
                _ = WarmUpAsync();
            }
        }

        // Its transport and profile still need closing; the process itself is gone.
        _ = browser.DisposeAsync().AsTask();
    }

    public async ValueTask DisposeAsync()
    {
        ChromiumChartRenderer? browser;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            browser = _current;
            _current = null;
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
    }
}

/// <summary>The chart browser could not be started, or kept exiting; the message names it and how it ended.</summary>
internal sealed class BrowserUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
