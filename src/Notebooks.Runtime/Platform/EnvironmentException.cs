namespace Notebooks.Runtime.Platform;

/// <summary>The machine or repository is not set up for the run (exit code 3).</summary>
internal class EnvironmentException(string message, Exception? inner = null) : Exception(message, inner);
