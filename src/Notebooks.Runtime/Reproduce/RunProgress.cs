using System.Diagnostics;
using System.Globalization;

namespace Notebooks.Runtime.Reproduce;

/// <summary>
/// Progress of a run. Permanent lines (a notebook finished, a step finished) always print. Per-cell and per-figure
/// progress prints as plain lines when output is redirected or in CI, and as one live status line (notebook, cell,
/// figure counts, elapsed time) redrawn in place when a terminal is attached.
/// </summary>
public abstract class RunProgress : IDisposable
{
    /// <summary>Reports nothing (for steps run outside a reproduce run).</summary>
    public static RunProgress Silent { get; } = new SilentProgress();

    /// <summary>Live when <paramref name="log"/> is the console's output, stdout is a terminal and CI is not set.</summary>
    public static RunProgress For(TextWriter log)
    {
        var live = ReferenceEquals(log, Console.Out) && !Console.IsOutputRedirected
                   && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
                   && Environment.GetEnvironmentVariable("TERM") is not ("dumb" or null or "");
        return live ? new LiveProgress(log) : new PlainProgress(log);
    }

    public abstract void Line(string text);

    public abstract void NotebookStarted(int number, int count, string name);

    public abstract void CellFinished(string prefix, int codeCell, int codeCells, int cellNumber, bool failed, TimeSpan elapsed);

    public abstract void FigureStarted(int number, int count, string stem);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    protected static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private sealed class SilentProgress : RunProgress
    {
        public override void Line(string text) { }

        public override void NotebookStarted(int number, int count, string name) { }

        public override void CellFinished(string prefix, int codeCell, int codeCells, int cellNumber, bool failed, TimeSpan elapsed) { }

        public override void FigureStarted(int number, int count, string stem) { }
    }

    /// <summary>Every event a line: stable, greppable, the format tests and CI logs rely on.</summary>
    private sealed class PlainProgress(TextWriter log) : RunProgress
    {
        public override void Line(string text) => log.WriteLine(text);

        public override void NotebookStarted(int number, int count, string name) => log.WriteLine($"[{number}/{count}] {name}: running");

        public override void CellFinished(string prefix, int codeCell, int codeCells, int cellNumber, bool failed, TimeSpan elapsed) =>
            log.WriteLine($"{prefix} cell {codeCell}/{codeCells} (#{cellNumber}) {(failed ? "FAILED" : "ok")} {Seconds(elapsed)} s");

        public override void FigureStarted(int number, int count, string stem) => log.WriteLine($"  figure {number}/{count}: {stem}");
    }

    /// <summary>One status line, redrawn four times a second and whenever something changes; permanent lines print above it.</summary>
    private sealed class LiveProgress : RunProgress
    {
        private readonly TextWriter _log;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly Timer _timer;
        private readonly object _gate = new();
        private string _notebook = "";
        private string _cell = "";
        private string _figures = "";
        private bool _disposed;

        public LiveProgress(TextWriter log)
        {
            _log = log;
            _timer = new Timer(_ => Redraw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }

        public override void Line(string text)
        {
            lock (_gate)
            {
                _log.Write("\r\u001b[2K");
                _log.WriteLine(text);
                DrawStatus();
            }
        }

        public override void NotebookStarted(int number, int count, string name)
        {
            lock (_gate)
            {
                _notebook = $"notebook {number}/{count} {name}";
                _cell = "";
                DrawStatus();
            }
        }

        public override void CellFinished(string prefix, int codeCell, int codeCells, int cellNumber, bool failed, TimeSpan elapsed)
        {
            lock (_gate)
            {
                _cell = $"cell {codeCell}/{codeCells}{(failed ? " FAILED" : "")}";
                DrawStatus();
            }
        }

        public override void FigureStarted(int number, int count, string stem)
        {
            lock (_gate)
            {
                _notebook = "";
                _cell = "";
                _figures = $"figure {number}/{count} {stem}";
                DrawStatus();
            }
        }

        private void Redraw()
        {
            lock (_gate)
            {
                DrawStatus();
            }
        }

        private void DrawStatus()
        {
            if (_disposed)
            {
                return;
            }

            var parts = new[] { _notebook, _cell, _figures, $"{_watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s" }
                .Where(p => p.Length > 0);
            var status = string.Join(" · ", parts);
            var width = Console.WindowWidth > 10 ? Console.WindowWidth - 1 : 100;
            _log.Write("\r\u001b[2K" + (status.Length > width ? status[..width] : status));
            _log.Flush();
        }

        public override void Dispose()
        {
            _timer.Dispose();
            lock (_gate)
            {
                if (!_disposed)
                {
                    _disposed = true;
                    _log.Write("\r\u001b[2K");
                    _log.Flush();
                }
            }

            base.Dispose();
        }
    }
}
