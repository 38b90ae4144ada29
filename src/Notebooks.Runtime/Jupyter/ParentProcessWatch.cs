using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Notebooks.Runtime.Jupyter;

/// <summary>
/// Notices that the process that started the kernel is gone (its client crashed or was killed), so the kernel
/// and its browser do not live on as orphans. Watches JPY_PARENT_PID where given and, on Unix, the parent pid.
/// </summary>
internal static class ParentProcessWatch
{
    public static async Task WaitForExitAsync(int? parentProcessId, CancellationToken ct)
    {
        var originalParent = OperatingSystem.IsWindows() ? 0 : GetParentProcessId();
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            if (parentProcessId is { } pid && !IsAlive(pid))
            {
                return;
            }

            // Orphans are re-parented (to init or a subreaper): a changed parent means the original one died.
            if (originalParent > 1 && GetParentProcessId() != originalParent)
            {
                return;
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static int GetParentProcessId() => OperatingSystem.IsWindows() ? 0 : getppid();

    // DllImport, not LibraryImport: the generated marshalling would need unsafe code for a call that marshals nothing.
#pragma warning disable SYSLIB1054
    [DllImport("libc")]
    private static extern int getppid();
#pragma warning restore SYSLIB1054
}
