using System.Runtime.InteropServices;
using Notebooks.Runtime.Reproduce;

namespace Notebooks.Runtime.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM for a command: the first one cancels <see cref="Token"/> so the command stops cleanly
/// (running cell cancelled, browser closed, run.json written); a second one exits at once. The exit code a cancelled
/// command should return is 130 for SIGINT and 143 for SIGTERM.
/// </summary>
internal sealed class RunSignals : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly TextWriter _error;
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public RunSignals(TextWriter error)
    {
        _error = error;
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _cts.Token;

    /// <summary>The first signal received, if any.</summary>
    public PosixSignal? Signal { get; private set; }

    public int ExitCode => Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    private void OnSignal(PosixSignalContext context)
    {
        // Never let the runtime's default handling kill the process mid-write: the command ends itself.
        context.Cancel = true;
        if (Interlocked.Increment(ref _received) == 1)
        {
            Signal = context.Signal;
            _error.WriteLine($"{Name(context.Signal)}: stopping — the running cell is cancelled and the browser closed. Press Ctrl-C again to exit at once.");
            _ = Task.Run(_cts.Cancel);
            return;
        }

        _error.WriteLine($"{Name(context.Signal)} again: exiting now.");
        _error.Flush();
        // The browser needs no clean-up here: it exits when this process's end of its pipe closes.
        Environment.Exit(Signal == PosixSignal.SIGTERM && context.Signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted);
    }

    private static string Name(PosixSignal signal) => signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl-C";

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cts.Dispose();
    }
}
