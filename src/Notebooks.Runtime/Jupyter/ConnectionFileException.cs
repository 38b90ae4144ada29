namespace Notebooks.Runtime.Jupyter;

/// <summary>A connection file that cannot be used; the message names the file.</summary>
internal sealed class ConnectionFileException(string path, string problem)
    : Exception($"Jupyter connection file {path}: {problem}")
{
    public string Path { get; } = path;
}
