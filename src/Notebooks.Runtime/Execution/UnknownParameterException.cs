namespace Notebooks.Runtime.Execution;

/// <summary>Thrown when a --param names a variable the notebook's parameters cell does not declare.</summary>
public sealed class UnknownParameterException(string message) : Exception(message);
