using System.Runtime.InteropServices;

namespace Notebooks.Runtime.Platform;

/// <summary>Gives back to the system the memory a finished notebook's kernel no longer uses.</summary>
internal static class ProcessMemory
{
    /// <summary>
    /// A blocking full collection, its finalizers, and on Linux glibc's <c>malloc_trim</c>. Measured here: each notebook's
    /// compiler reads the metadata of every referenced assembly into native memory (about 100 MB); finalizers free it,
    /// but glibc keeps freed blocks in per-thread arenas, so the process grew by that much per notebook (0.45 GB after
    /// one notebook, 0.8 GB after five). Trimmed, it stays at the first notebook's size. Costs tens of milliseconds.
    /// </summary>
    /// <returns>Whether the C library released anything (always false where there is no <c>malloc_trim</c>).</returns>
    public static bool ReleaseUnused()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return MallocTrim(0) != 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // musl (Alpine) has no malloc_trim and returns freed memory on its own.
            return false;
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would need unsafe code on.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
