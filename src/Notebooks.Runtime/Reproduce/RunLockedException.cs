using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Reproduce;

/// <summary>Another run holds the artifacts folder's lock (exit code 3).</summary>
internal sealed class RunLockedException(string artifactsDirectory, string owner)
    : EnvironmentException($"Another reproduce run ({owner}) is writing to {artifactsDirectory}. Wait for it to finish, or run with --wait to queue behind it.")
{
    public string Owner { get; } = owner;
}
