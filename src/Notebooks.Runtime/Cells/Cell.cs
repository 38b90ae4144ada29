using Microsoft.DotNet.Interactive;

namespace Notebooks.Runtime.Cells;

/// <summary>What a running cell can ask of the kernel that runs it.</summary>
public static class Cell
{
    /// <summary>
    /// Cancelled when the cell is interrupted (Jupyter's interrupt, a reproduce timeout, Ctrl-C). .NET cannot stop a
    /// thread from outside, so a long loop stays interruptible only if it checks this token.
    /// </summary>
    public static CancellationToken CancellationToken =>
        KernelInvocationContext.Current?.CancellationToken ?? CancellationToken.None;
}
