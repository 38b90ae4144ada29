namespace Notebooks.Runtime.Jupyter;

/// <summary>The five sockets of a Jupyter kernel.</summary>
internal enum KernelChannel
{
    Shell,
    Control,
    Stdin,
    Iopub,
    Heartbeat,
}
