using System.Collections.Concurrent;
using System.Globalization;

namespace Notebooks.Runtime.Kernel;

/// <summary>
/// Static chart images drawn in the background. The kernel's PNG formatter leaves a placeholder and starts the
/// drawing; the output pipeline (Outputs/CellOutputs) puts each image in its place — at the notebook's end in the
/// headless runner, before the cell's reply in the Jupyter and stdio kernels, which show the chart from its figure
/// meanwhile. Drawing a chart's PNG took a quarter of a notebook's run, on a core the kernel leaves idle.
/// </summary>
internal sealed class DeferredImages : IDisposable
{
    private const string Prefix = "nr-deferred-image:";
    private readonly ConcurrentDictionary<string, Task<DeferredImage>> _pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private int _count;

    /// <summary>Starts drawing and returns the placeholder that stands for the base64 image until it is resolved.</summary>
    public string Add(Func<CancellationToken, Task<DeferredImage>> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        var placeholder = Prefix + Interlocked.Increment(ref _count).ToString(CultureInfo.InvariantCulture);
        var token = _stop.Token;
        _pending[placeholder] = Task.Run(() => draw(token), CancellationToken.None);
        return placeholder;
    }

    public static bool IsPlaceholder(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The base64 image a placeholder stands for, once drawn; throws what drawing it threw. Each placeholder resolves
    /// once (a long editor session would otherwise keep every image it drew).
    /// </summary>
    public async Task<DeferredImage> ResolveAsync(string placeholder, CancellationToken ct)
    {
        if (!_pending.TryRemove(placeholder, out var drawing))
        {
            throw new KeyNotFoundException($"No image is being drawn for {placeholder}.");
        }

        return await drawing.WaitAsync(ct);
    }

    /// <summary>Stops drawings nobody will collect (a cancelled or abandoned notebook).</summary>
    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}

/// <summary>A drawn chart image in base64, and the font warning its cell should show (the session's first image only).</summary>
internal sealed record DeferredImage(string Base64Png, string? Warning);
