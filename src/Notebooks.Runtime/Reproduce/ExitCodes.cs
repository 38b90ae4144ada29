namespace Notebooks.Runtime.Reproduce;

/// <summary>The workspace command's exit codes (README: "Exit codes and cancellation").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A notebook, a step or a pre-flight check (bad data) failed.</summary>
    public const int Failed = 1;

    /// <summary>A command-line mistake.</summary>
    public const int Usage = 2;

    /// <summary>The machine or repository is not ready: no repository, artifacts not writable, another run holds the lock.</summary>
    public const int Environment = 3;

    /// <summary>Ctrl-C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
