using Notebooks.Runtime.Platform;

namespace Notebooks.Runtime.Files;

/// <summary>
/// An artifact could not be written (read-only folder, disk full, ...). Every artifact is written to a temporary file
/// and moved into place, so the previous version of <see cref="Path"/> is still intact (exit code 3).
/// </summary>
internal sealed class OutputException(string path, string reason, Exception inner)
    : EnvironmentException($"Cannot write {path}: {reason}. The previous artifacts are unchanged.", inner)
{
    public string Path { get; } = path;
}
