namespace Notebooks.Runtime.Reproduce;

/// <summary>A command-line mistake: unknown notebook, unknown parameter, missing folder (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
