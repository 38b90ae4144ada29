namespace Notebooks.Runtime.Jupyter;

/// <summary>A message that is dropped unread: badly signed or malformed.</summary>
internal sealed class InvalidMessageException(string problem) : Exception(problem);
