using Microsoft.DotNet.Interactive.Commands;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// Knows whether a cell's code is still running. Cancelling a submission makes the kernel report it as done at
/// once, while code that ignores cancellation keeps running on its thread; this tracker sees the code itself end,
/// so an interrupt can tell a cell that stopped from one that did not.
/// </summary>
internal sealed class CellRunTracker
{
    private int _running;
    private TaskCompletionSource _idle = CompletedSource();

    public bool IsRunning => Volatile.Read(ref _running) > 0;

    internal async Task RunAsync(KernelCommand command, Func<Task> next)
    {
        if (command is not SubmitCode)
        {
            await next();
            return;
        }

        lock (this)
        {
            if (_running++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        try
        {
            await next();
        }
        finally
        {
            lock (this)
            {
                if (--_running == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    /// <summary>True when no cell code runs within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitIdleAsync(TimeSpan timeout)
    {
        Task idle;
        lock (this)
        {
            idle = _idle.Task;
        }

        return await Task.WhenAny(idle, Task.Delay(timeout)) == idle;
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }
}
